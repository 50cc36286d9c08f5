#include "checks/name_duplicated.h"

#include <fmt/format.h>

#include "text/word_shape.h"

namespace mtlint {
namespace {

// Longest name repeated: "Luiz Inácio Lula da Silva" has five tokens.
constexpr uint32_t kMaxNameTokens = 5;

}  // namespace

NameDuplicatedCheck::NameDuplicatedCheck(const CheckContext& context)
    : names_(context.dictionaries.names()) {}

void NameDuplicatedCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  auto gap = [&](uint32_t a) {  // the text between tokens a and a + 1
    return text.substr(tokens[a].end, tokens[a + 1].begin - tokens[a].end);
  };
  // Tokens [first, first + n) form one name: capitalised words joined by
  // single spaces.
  auto is_name = [&](uint32_t first, uint32_t n) {
    for (uint32_t k = first; k < first + n; ++k) {
      if (!tokens[k].is_word() || !StartsUpper(doc.Text(tokens[k])))
        return false;
      if (k + 1 < first + n && gap(k) != " ") return false;
    }
    return true;
  };
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      // Every name starts with a capitalised word.
      if (!tokens[i].is_word() || !StartsUpper(doc.Text(tokens[i]))) continue;
      for (uint32_t n = kMaxNameTokens; n >= 1; --n) {
        uint32_t second = i + n;
        // A comma between the copies is a token of its own.
        if (second < s.end_token && doc.Text(tokens[second]) == ",") ++second;
        // The copies start with the same token, or they differ: the
        // cheapest test first.
        if (second + n > s.end_token || doc.TypeOf(second) != doc.TypeOf(i) ||
            !is_name(i, n) || !is_name(second, n)) {
          continue;
        }
        std::string_view separator =
            text.substr(tokens[i + n - 1].end,
                        tokens[second].begin - tokens[i + n - 1].end);
        // "Li, Li and Wang" may list two people of one surname; a full
        // name said twice over a comma is the translation stuttering.
        if (separator != " " && (separator != ", " || n == 1)) continue;
        std::string_view first_copy = text.substr(
            tokens[i].begin, tokens[i + n - 1].end - tokens[i].begin);
        std::string_view second_copy =
            text.substr(tokens[second].begin,
                        tokens[second + n - 1].end - tokens[second].begin);
        if (first_copy != second_copy) continue;
        if (separator == " " && names_.IsDoubledName(fmt::format(
                                    "{} {}", first_copy, second_copy))) {
          continue;
        }
        ByteRange removed{tokens[i + n - 1].end, tokens[second + n - 1].end};
        sink.Report(Severity::kWarning,
                    {tokens[i].begin, tokens[second + n - 1].end},
                    fmt::format("name '{}' is repeated", first_copy))
            .fixes.push_back(
                ReplaceFix("remove the repeated name", removed, "", true));
        i = second + n - 1;
        break;
      }
    }
  }
}

}  // namespace mtlint
