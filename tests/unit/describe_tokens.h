#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/token.h"

// Tokens as "[text]kind" runs (w word, n number, p punctuation): one string
// to compare and to read in a failed assertion.
inline std::string DescribeTokens(std::string_view text,
                                  const std::vector<mtlint::Token>& tokens) {
  std::string out;
  for (const mtlint::Token& t : tokens) {
    out += "[" + std::string(text.substr(t.begin, t.end - t.begin)) + "]";
    out += t.kind == mtlint::TokenKind::kWord     ? "w"
           : t.kind == mtlint::TokenKind::kNumber ? "n"
                                                  : "p";
  }
  return out;
}
