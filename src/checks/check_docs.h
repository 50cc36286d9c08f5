#pragma once

#include <string_view>

namespace mtlint {

// The text of docs/checks/<id>.md, compiled into the binary so that
// `mtlint explain` works wherever mtlint is installed. Empty if none.
std::string_view CheckDocumentation(std::string_view id);

}  // namespace mtlint
