#include "checks/dropped_role.h"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/type_memo.h"
#include "checks/title_finder.h"
#include "text/split.h"

namespace mtlint {
namespace {

// Longest person name looked up after an organisation.
constexpr uint32_t kMaxNameWords = 4;

}  // namespace

DroppedRoleCheck::DroppedRoleCheck(const CheckContext& context)
    : names_(context.dictionaries.names()) {
  for (const KnownName& n : names_.names()) {
    if (n.kind != NameKind::kOrganization) continue;
    orgs_by_first_word_[std::string(FirstWord(n.text))].push_back(n.text);
  }
  for (auto& [word, list] : orgs_by_first_word_) {
    std::sort(list.begin(), list.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() > b.size();
              });
  }
}

void DroppedRoleCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  TypeMemo<const std::vector<std::string>*> orgs_starting(doc);
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const std::vector<std::string>* orgs = orgs_starting(i, [&] {
        std::string_view word = doc.Text(tokens[i]);
        auto it = orgs_by_first_word_.find(word);
        return it == orgs_by_first_word_.end() ? nullptr : &it->second;
      });
      if (!orgs) continue;
      // The longest organisation name written from token i. Names that
      // share the first word mostly differ by their last byte: it is
      // compared first.
      size_t org_end = 0;
      for (const std::string& org : *orgs) {
        size_t last = tokens[i].begin + org.size() - 1;
        if (last < text.size() && text[last] == org.back() &&
            text.compare(tokens[i].begin, org.size(), org) == 0) {
          org_end = tokens[i].begin + org.size();
          break;
        }
      }
      uint32_t next = i;
      while (next < s.end_token && tokens[next].begin < org_end) ++next;
      if (org_end == 0 || next >= s.end_token ||
          tokens[next - 1].end != org_end ||
          text.substr(org_end, tokens[next].begin - org_end) != " ") {
        continue;
      }
      // A person the dictionary knows, right after it: "JPMorgan Chase Jamie
      // Dimon" lost the role between them.
      for (uint32_t n = kMaxNameWords; n >= 2; --n) {
        if (next + n > s.end_token) continue;
        ByteRange name{tokens[next].begin, tokens[next + n - 1].end};
        const Person* person = names_.FindPerson(doc.Text(name));
        if (!person) continue;
        std::vector<TitleRole> roles =
            DictionaryTitleRoles(names_, person->title);
        auto shortest =
            std::min_element(roles.begin(), roles.end(),
                             [](const TitleRole& a, const TitleRole& b) {
                               return a.phrase.size() < b.phrase.size();
                             });
        ByteRange range{tokens[i].begin, name.end};
        Diagnostic& d = sink.Report(
            Severity::kWarning, range,
            fmt::format(
                "'{}': the role between the organisation and the person is "
                "missing{}",
                doc.Text(range),
                shortest == roles.end()
                    ? std::string()
                    : fmt::format(", probably '{}'", shortest->phrase)));
        if (shortest != roles.end()) {
          d.fixes.push_back(ReplaceFix(
              fmt::format("insert '{}'", shortest->phrase),
              {name.begin, name.begin}, shortest->phrase + " ", false));
        }
        i = next + n - 1;
        break;
      }
    }
  }
}

}  // namespace mtlint
