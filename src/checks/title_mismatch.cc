#include "checks/title_mismatch.h"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "text/unicode.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// Qualifiers between a title and the name: "of Foreign Affairs of China".
constexpr uint32_t kMaxQualifierTokens = 8;
// Longest name looked up: "Luiz Inácio Lula da Silva".
constexpr uint32_t kMaxNameTokens = 5;

struct Title {
  ByteRange range;
  std::string rank;
};

// Lowercase, with white space folded to single spaces.
std::string Phrase(std::string_view s) {
  std::string folded = FoldCase(s);
  std::string out;
  for (char c : folded) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

bool IsLowercase(std::string_view s) { return FoldCase(s) == s; }

// The rank of the longest title phrase that begins a dictionary title
// ("Executive Vice Minister of Foreign Affairs" → vice-minister), and the
// phrase in the dictionary's own casing.
std::pair<std::string, std::string> DictionaryRank(const NameData& names,
                                                   std::string_view title) {
  std::vector<size_t> word_ends;
  for (size_t i = title.find(' '); i != std::string_view::npos;
       i = title.find(' ', i + 1)) {
    word_ends.push_back(i);
  }
  word_ends.push_back(title.size());
  for (size_t k = word_ends.size(); k-- > 0;) {
    std::string_view prefix = title.substr(0, word_ends[k]);
    std::string_view rank = names.TitleRank(Phrase(prefix));
    if (!rank.empty()) return {std::string(rank), std::string(prefix)};
  }
  return {};
}

class TitleFinder {
 public:
  TitleFinder(const Document& doc, const NameData& names)
      : doc_(doc), tokens_(doc.tokens()), names_(names) {}

  // The title right before the name starting at token `name` of sentence
  // `s`: "the Chinese vice president, He Lifeng", "the Undersecretary of
  // State of the United States, Christopher Landau".
  // With `qualified`, qualifiers starting with "of" may stand between
  // the title and the name.
  std::optional<Title> Before(const Sentence& s, uint32_t name,
                              bool qualified) const {
    uint32_t end = name;
    if (end > s.first_token && doc_.Text(tokens_[end - 1]) == ",") --end;
    // At each candidate end, the longest title phrase ending there wins.
    uint32_t max_tail = qualified ? kMaxQualifierTokens : 0;
    for (uint32_t tail = 0; tail <= max_tail && end >= s.first_token + tail;
         ++tail) {
      uint32_t phrase_end = end - tail;
      if (tail > 0 && !ValidQualifier(phrase_end, end)) continue;
      uint32_t longest = static_cast<uint32_t>(names_.longest_title() * 2);
      for (uint32_t n = std::min(longest, phrase_end - s.first_token); n >= 1; --n) {
        const Token& first = tokens_[phrase_end - n];
        if (!first.is_word()) continue;
        ByteRange range{first.begin, tokens_[phrase_end - 1].end};
        std::string_view rank = names_.TitleRank(Phrase(doc_.Text(range)));
        if (!rank.empty()) return Title{range, std::string(rank)};
      }
    }
    return std::nullopt;
  }

 private:
  // Tokens [begin, end) read "of (the) Foreign Affairs (of China)".
  bool ValidQualifier(uint32_t begin, uint32_t end) const {
    if (FoldCase(doc_.Text(tokens_[begin])) != "of") return false;
    for (uint32_t k = begin + 1; k < end; ++k) {
      std::string_view w = doc_.Text(tokens_[k]);
      if (w != "of" && w != "the" && w != "." && !StartsUpper(w)) return false;
    }
    return true;
  }

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const NameData& names_;
};

// A title whose rank differs from the dictionary's for that person.
void ReportAgainstDictionary(const NameData& names, const Person& person,
                             const Title& title, const Document& doc,
                             DiagnosticSink& sink) {
  auto [rank, dictionary_title] = DictionaryRank(names, person.title);
  if (rank.empty() || rank == title.rank) return;
  std::string_view written = doc.Text(title.range);
  std::string replacement =
      IsLowercase(written) ? FoldCase(dictionary_title) : dictionary_title;
  Diagnostic& d = sink.Report(
      Severity::kWarning, title.range,
      fmt::format("{} is {}, not '{}'", person.canonical, person.title, written));
  d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", replacement),
                               title.range, replacement, false));
  d.notes.push_back(fmt::format("name dictionary: {}, {}{}{} (checked {})",
                                person.canonical, person.title,
                                person.organization.empty() ? "" : ", ",
                                person.organization, person.checked));
}

}  // namespace

TitleMismatchCheck::TitleMismatchCheck(const CheckContext& context)
    : names_(context.dictionaries.names()) {}

void TitleMismatchCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  const std::vector<Token>& tokens = doc.tokens();
  std::string_view text = doc.text();
  TitleFinder finder(doc, names_);
  // The first title each unknown person got, for consistency.
  std::map<std::string, Title, std::less<>> first_title;
  auto capitalised = [&](uint32_t k) {
    return tokens[k].is_word() && StartsUpper(doc.Text(tokens[k]));
  };
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!capitalised(i)) continue;
      // The run of capitalised words joined by single spaces from i, and the
      // longest prefix of it that the dictionary knows as a person.
      uint32_t run = 1;
      while (run < kMaxNameTokens && i + run < s.end_token && capitalised(i + run) &&
             text.substr(tokens[i + run - 1].end,
                         tokens[i + run].begin - tokens[i + run - 1].end) == " ") {
        ++run;
      }
      const Person* person = nullptr;
      uint32_t length = 0;
      for (uint32_t n = run; n >= 1 && !person; --n) {
        person = names_.FindPerson(
            doc.Text(ByteRange{tokens[i].begin, tokens[i + n - 1].end}));
        if (person) length = n;
      }
      if (person) {
        if (std::optional<Title> title = finder.Before(s, i, true)) {
          ReportAgainstDictionary(names_, *person, *title, doc, sink);
        }
        i += length - 1;
        continue;
      }
      // Someone the dictionary does not know: a whole run of two or three
      // words with the title right before it, compared within the article.
      bool starts_run = i == s.first_token || !capitalised(i - 1);
      if (!starts_run || run < 2 || run > 3) continue;
      ByteRange name{tokens[i].begin, tokens[i + run - 1].end};
      if (std::optional<Title> title = finder.Before(s, i, false)) {
        std::string key(doc.Text(name));
        auto [it, inserted] = first_title.try_emplace(key, *title);
        if (!inserted && it->second.rank != title->rank) {
          LineColumn at = doc.lines().Locate(it->second.range.begin);
          sink.Report(Severity::kWarning, title->range,
                      fmt::format("{} is called '{}' here but '{}' on line {}",
                                  key, doc.Text(title->range),
                                  doc.Text(it->second.range), at.line));
        }
      }
      i += run - 1;
    }
  }
}


}  // namespace mtlint
