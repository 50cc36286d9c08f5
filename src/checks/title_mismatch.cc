#include "checks/title_mismatch.h"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "analysis/type_memo.h"
#include "checks/title_finder.h"
#include "text/unicode.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// Longest name looked up: "Luiz Inácio Lula da Silva".
constexpr uint32_t kMaxNameTokens = 5;

bool IsLowercase(std::string_view s) { return FoldCase(s) == s; }

// A title whose rank differs from the dictionary's for that person.
void ReportAgainstDictionary(const NameData& names, const Person& person,
                             const Title& title, const Document& doc,
                             DiagnosticSink& sink) {
  std::vector<TitleRole> roles = DictionaryTitleRoles(names, person.title);
  if (roles.empty()) return;
  for (const TitleRole& role : roles) {
    if (role.rank == title.rank) return;
  }
  const std::string& dictionary_title = roles.front().phrase;
  std::string_view written = doc.Text(title.range);
  std::string replacement =
      IsLowercase(written) ? FoldCase(dictionary_title) : dictionary_title;
  Diagnostic& d =
      sink.Report(Severity::kWarning, title.range,
                  fmt::format("{} is {}, not '{}'", person.canonical,
                              person.title, written));
  d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", replacement),
                               title.range, replacement, false));
  d.notes.push_back(fmt::format("name dictionary: {}, {}{}{} (checked {})",
                                person.canonical, person.title,
                                person.organization.empty() ? "" : ", ",
                                person.organization, person.checked));
}

}  // namespace

TitleMismatchCheck::TitleMismatchCheck(const CheckContext& context)
    : names_(context.dictionaries.names()) {
  reference_ = ReferenceFactsFor(context, "reference-title");
}

void TitleMismatchCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  const std::vector<Token>& tokens = doc.tokens();
  std::string_view text = doc.text();
  TitleFinder finder(doc, names_);
  // The first title each unknown person got, for consistency.
  std::map<std::string, Title, std::less<>> first_title;
  auto capitalised = [&](uint32_t k) {
    return tokens[k].is_word() && StartsUpper(doc.Text(tokens[k]));
  };
  TypeMemo<bool> starts_person(doc);
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!capitalised(i)) continue;
      // The run of capitalised words joined by single spaces from i, and the
      // longest prefix of it that the dictionary knows as a person.
      uint32_t run = 1;
      while (run < kMaxNameTokens && i + run < s.end_token &&
             capitalised(i + run) &&
             text.substr(tokens[i + run - 1].end,
                         tokens[i + run].begin - tokens[i + run - 1].end) ==
                 " ") {
        ++run;
      }
      const Person* person = nullptr;
      uint32_t length = 0;
      bool may_start = starts_person(
          i, [&] { return names_.MayStartPerson(doc.Text(tokens[i])); });
      for (uint32_t n = run; may_start && n >= 1 && !person; --n) {
        person = names_.FindPerson(
            doc.Text(ByteRange{tokens[i].begin, tokens[i + n - 1].end}));
        if (person) length = n;
      }
      if (person) {
        // A person the reference gives a title is reference-title's.
        bool referenced =
            reference_ && reference_->FindPerson(person->canonical);
        std::optional<Title> title = finder.Before(s, i, true);
        if (title && !referenced) {
          ReportAgainstDictionary(names_, *person, *title, doc, sink);
        }
        i += length - 1;
        continue;
      }
      // Someone the dictionary does not know: two or three capitalised
      // words with a title right before them, which may itself be
      // capitalised ("Deputy Minister Li Wen"), compared within the
      // article.
      if (run < 2 || run > 3) continue;
      std::optional<Title> title = finder.Before(s, i, false);
      if (!title) continue;
      std::string key(
          doc.Text(ByteRange{tokens[i].begin, tokens[i + run - 1].end}));
      auto [it, inserted] = first_title.try_emplace(key, *title);
      if (!inserted && it->second.rank != title->rank) {
        LineColumn at = doc.lines().Locate(it->second.range.begin);
        sink.Report(Severity::kWarning, title->range,
                    fmt::format("{} is called '{}' here but '{}' on line {}",
                                key, doc.Text(title->range),
                                doc.Text(it->second.range), at.line));
      }
      i += run - 1;
    }
  }
}

}  // namespace mtlint
