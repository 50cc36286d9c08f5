#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// Writes one JSON value straight into a string, keys in call order, the
// same bytes as DumpJson of the equivalent object on one line. The JSON
// Lines formatter writes thousands of diagnostics per megabyte, and
// building an nlohmann object for each was a tenth of a lint.
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  // The key of the next value in the innermost object: one of the
  // formatter's own names, which JSON writes as they are (no escapes).
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Number(uint64_t value);
  JsonWriter& Bool(bool value);

 private:
  JsonWriter& Open(char bracket);
  JsonWriter& Close(char bracket);
  void BeforeValue();
  void Quoted(std::string_view s);

  std::string* out_;
  std::vector<char> first_;  // per open object or array: nothing in it yet
  bool after_key_ = false;
};

}  // namespace mtlint
