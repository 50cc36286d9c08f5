#include "checks/number_separator.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Words after which a bare number is a year, a label or a code, not a
// quantity: "in 1850", "No. 12345", "page 1024", "flight 3456".
constexpr std::array<std::string_view, 23> kBareAfter = {
    "in",    "since",  "from",   "until", "till",    "by",     "of",   "before",
    "after", "during", "around", "circa", "no",      "number", "page", "pages",
    "room",  "flight", "code",   "route", "article", "model",  "box"};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
}

bool IsYear(std::string_view digits) {
  return digits.size() == 4 && digits >= "1900" && digits <= "2099";
}

std::string WithSeparators(std::string_view digits) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace

void NumberSeparatorCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = tokens[i];
      std::string_view digits = doc.Text(t);
      if (t.kind != TokenKind::kNumber || digits.size() < min_digits_ ||
          digits[0] == '0' || !AllDigits(digits)) {
        continue;
      }
      // Codes sit against letters, dots or dashes: "600884.SH", "A-1234".
      char32_t before = t.begin > s.range.begin
                            ? DecodeUtf8Before(text, t.begin).code_point
                            : U' ';
      char32_t after =
          t.end < s.range.end ? DecodeUtf8(text, t.end).code_point : U' ';
      bool closes_sentence =
          after == U'.' &&
          (t.end + 1 == text.size() ||
           IsWhiteSpace(DecodeUtf8(text, t.end + 1).code_point));
      if (!(IsWhiteSpace(before) || before == U'(' || before == U'$' ||
            before == U'\u20AC' || before == U'\u00A3' ||
            before == U'\u00A5') ||
          !(IsWhiteSpace(after) || after == U',' || after == U';' ||
            after == U')' || closes_sentence)) {
        continue;
      }
      // The word before, through an abbreviation's dot: "No. 54321".
      uint32_t before_index = i;
      if (before_index > s.first_token &&
          doc.Text(tokens[before_index - 1]) == ".") {
        --before_index;
      }
      if (before_index > s.first_token && tokens[before_index - 1].is_word()) {
        std::string_view word = doc.Text(tokens[before_index - 1]);
        std::string previous = FoldCase(word);
        bool all_caps = std::none_of(word.begin(), word.end(), [](char c) {
          return c >= 'a' && c <= 'z';
        });
        // "ISBN 9780", "NY 10001" and the words above keep bare numbers.
        if (all_caps || std::find(kBareAfter.begin(), kBareAfter.end(),
                                  previous) != kBareAfter.end()) {
          continue;
        }
      }
      // Four digits are a quantity only when a lowercase word follows
      // ("1080 days"), and never when they read as a year.
      if (digits.size() == 4) {
        bool counted =
            i + 1 < s.end_token && tokens[i + 1].is_word() &&
            IsLower(DecodeUtf8(text, tokens[i + 1].begin).code_point);
        if (!counted || IsYear(digits)) continue;
      }
      std::string grouped = WithSeparators(digits);
      sink.Report(Severity::kWarning, t.range(),
                  fmt::format("'{}' has no thousands separator", digits))
          .fixes.push_back(ReplaceFix(fmt::format("write '{}'", grouped),
                                      t.range(), grouped, false));
    }
  }
}

}  // namespace mtlint
