#include "checks/abbreviation_style.h"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/type_memo.h"
#include "text/address.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// "US's": ICU keeps the possessive in the word.
std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view s : {"'s", "\u2019s"}) {
    if (word.size() > s.size() && word.substr(word.size() - s.size()) == s) {
      return word.substr(0, word.size() - s.size());
    }
  }
  return word;
}

}  // namespace

void AbbreviationStyleCheck::Run(const Document& doc,
                                 DiagnosticSink& sink) const {
  if (preferred_.empty()) return;
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  // The house form of each token type, looked up once.
  using Entry = std::pair<const std::string, std::string>;
  TypeMemo<const Entry*> entries(doc);
  for (const Paragraph& p : doc.paragraphs()) {
    // A headline or a shouted line ("LET US KNOW") has capitals
    // everywhere, and there "US" may be the pronoun.
    if (p.first_sentence == p.end_sentence ||
        !AnyCodePoint(doc.Text(p.range), IsLower)) {
      continue;
    }
    const uint32_t end = doc.sentences()[p.end_sentence - 1].end_token;
    for (uint32_t i = doc.sentences()[p.first_sentence].first_token; i < end;
         ++i) {
      const Token& t = tokens[i];
      if (!t.is_word()) continue;
      const Entry* entry = entries(i, [&]() -> const Entry* {
        auto it = preferred_.find(WithoutPossessive(doc.Text(t)));
        return it == preferred_.end() ? nullptr : &*it;
      });
      if (!entry) continue;
      std::string_view form = entry->first;
      ByteRange range{t.begin, static_cast<uint32_t>(t.begin + form.size())};
      // "US$": a currency code; "USB-US": part of a code or an address.
      char32_t after =
          range.end < text.size() ? DecodeUtf8(text, range.end).code_point : 0;
      char32_t before =
          range.begin > 0 ? DecodeUtf8Before(text, range.begin).code_point : 0;
      if (after == U'$' || IsLetter(before) || IsDigit(before) ||
          IsDigit(after) || IsInsideAddress(text, p.range, range.begin)) {
        continue;
      }
      const std::string& house = entry->second;
      // At the end of a sentence the full stop is already there: "the US."
      // becomes "the U.S.", not "the U.S..".
      std::string replacement = house;
      if (after == U'.' && !replacement.empty() && replacement.back() == '.') {
        replacement.pop_back();
      }
      sink.Report(
              Severity::kWarning, range,
              fmt::format("'{}' is written '{}' in news style", form, house))
          .fixes.push_back(ReplaceFix(fmt::format("write '{}'", house), range,
                                      replacement, true));
    }
  }
}

}  // namespace mtlint
