#include "checks/name_order.h"

#include <fmt/format.h>

#include "analysis/type_memo.h"
#include "text/word_shape.h"

namespace mtlint {

NameOrderCheck::NameOrderCheck(const CheckContext& context)
    : names_(context.dictionaries.names()) {}

void NameOrderCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  // Whether a token may be the given name of someone the dictionary knows
  // written given name first: most words are none, and this is asked first.
  TypeMemo<bool> may_start(doc);
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i + 1 < s.end_token; ++i) {
      const Token& given = tokens[i];
      const Token& family = tokens[i + 1];
      if (!given.is_word() || !may_start(i, [&] {
            return names_.MayStartReversed(doc.Text(given));
          })) {
        continue;
      }
      if (!family.is_word() ||
          text.substr(given.end, family.begin - given.end) != " " ||
          !StartsUpper(doc.Text(given)) || !StartsUpper(doc.Text(family))) {
        continue;
      }
      ByteRange range{given.begin, family.end};
      std::string_view written = doc.Text(range);
      // Only people the dictionary knows to put their family name first:
      // many Chinese people abroad write their names the Western way.
      const Person* p = names_.FindReversed(written);
      if (!p || names_.FindPerson(written)) continue;
      Diagnostic& d = sink.Report(
          Severity::kWarning, range,
          fmt::format("'{}' puts the given name first; {} writes the family "
                      "name first",
                      written, p->canonical));
      d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", p->canonical),
                                   range, p->canonical, false));
      d.notes.push_back(fmt::format(
          "{}: {}{}{} (checked {})", p->canonical, p->title,
          p->organization.empty() ? "" : ", ", p->organization, p->checked));
      ++i;
    }
  }
}

}  // namespace mtlint
