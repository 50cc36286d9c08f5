#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mtlint {

// One case of a fixture file: input, expected diagnostics and fixed text
// side by side (see docs/architecture.md, Adding a check), and the
// reference and source texts the cross-checks read.
struct FixtureCase {
  std::string title;
  size_t line = 0;  // where "=== title" stands, for messages
  std::string input;
  std::vector<std::string> diagnostics;  // "line:col: severity: message [id]"
  bool has_fixed = false;
  std::string fixed;
  // Companion texts (--- reference, repeatable; --- source), for the
  // cross-checks.
  std::vector<std::string> references;
  bool has_source = false;
  std::string source;
};

// Throws std::runtime_error on a malformed file.
std::vector<FixtureCase> ParseCaseFile(std::string_view text);

// Expands \u{XXXX} to the code point's UTF-8 and \x{XX} to a raw byte, so
// invisible characters and invalid bytes can be written legibly.
std::string Unescape(std::string_view text);

}  // namespace mtlint
