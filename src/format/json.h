#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace mtlint {

// Keys stay in the order they are written, which the documented formats
// promise.
using Json = nlohmann::ordered_json;

// Serializes `j`; `indent` < 0 writes one line. Invalid UTF-8 from a path,
// a message or a replacement becomes U+FFFD so the output is always JSON.
inline std::string DumpJson(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace mtlint
