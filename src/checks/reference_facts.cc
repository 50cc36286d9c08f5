#include "checks/reference_facts.h"

#include <algorithm>

#include "text/edit_distance.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Names are two to four words; a title may stand before a one-word name
// ("Secretary Landau").
constexpr uint32_t kMaxNameWords = 4;
// The shortest word compared by spelling: shorter names are too close to
// each other to guess between.
constexpr size_t kMinSpellingLetters = 4;

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Runs of name-shaped tokens joined by single spaces: [first, end).
std::vector<std::pair<uint32_t, uint32_t>> CapitalisedRuns(const Document& doc,
                                                           const Sentence& s) {
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  const std::vector<Token>& tokens = doc.tokens();
  std::string_view text = doc.text();
  for (uint32_t i = s.first_token; i < s.end_token;) {
    if (!tokens[i].is_word() || !HasNameShape(doc.Text(tokens[i]))) {
      ++i;
      continue;
    }
    uint32_t e = i + 1;
    while (e < s.end_token && tokens[e].is_word() &&
           HasNameShape(doc.Text(tokens[e])) &&
           text.substr(tokens[e - 1].end,
                       tokens[e].begin - tokens[e - 1].end) == " ") {
      ++e;
    }
    runs.emplace_back(i, e);
    i = e;
  }
  return runs;
}

std::vector<std::string> WordsOf(const Document& doc, uint32_t first,
                                 uint32_t end) {
  std::vector<std::string> out;
  for (uint32_t k = first; k < end; ++k) {
    out.emplace_back(doc.Text(doc.tokens()[k]));
  }
  return out;
}

// The text a title and its name span, for quoting: "U.S. Deputy Secretary
// of State Christopher Landau".
std::string Quote(const Document& doc, const NameMention& m) {
  const std::vector<Token>& tokens = doc.tokens();
  size_t begin = tokens[m.first].begin;
  size_t end = tokens[m.end - 1].end;
  if (m.title) {
    begin = std::min<size_t>(begin, m.title->range.begin);
    end = std::max<size_t>(end, m.title->range.end);
  }
  return std::string(doc.Text(ByteRange{begin, end}));
}

}  // namespace

std::vector<NameMention> FindNames(const Document& doc, const NameData& names) {
  std::vector<NameMention> out;
  TitleFinder finder(doc, names);
  for (const Sentence& s : doc.sentences()) {
    for (auto [first, end] : CapitalisedRuns(doc, s)) {
      // The name is the end of the run, two or three words (or one after
      // a title), with a title before it, which may be inside the run
      // ("Vice Foreign Minister Ma Zhaoxu").
      bool found = false;
      for (uint32_t words : {2u, 3u, 1u}) {
        if (end - first < words) continue;
        uint32_t k = end - words;
        std::optional<Title> title = finder.Before(s, k, true);
        if (!title && words > 1 && k == first) title = finder.After(s, end);
        if (!title) continue;
        out.push_back({&s, k, end, title});
        found = true;
        break;
      }
      if (!found && end - first >= 2 && end - first <= kMaxNameWords) {
        out.push_back({&s, first, end, std::nullopt});
      }
    }
  }
  return out;
}

ReferenceFacts::ReferenceFacts(const Companions& companions,
                               const NameData& names, const Speller& speller)
    : names_(names), speller_(speller), words_(names, speller) {
  for (const auto& reference : companions.references()) {
    const Document& doc = reference->doc();
    for (const NameMention& m : FindNames(doc, names_)) {
      std::vector<std::string> words = WordsOf(doc, m.first, m.end);
      std::string where = reference->Where(doc.tokens()[m.first].begin);
      if (words.size() >= 2) full_names_.push_back({words, where});
      if (m.title) AddPerson(m, *reference);
      for (const std::string& w : words) {
        if (m.title || !speller_.IsCorrect(FoldCase(w))) {
          spellings_.try_emplace(w, Spelling{Join(words), where});
        }
      }
    }
    // Single words the speller does not know: "Bessent said".
    for (const Token& t : doc.tokens()) {
      std::string_view w = doc.Text(t);
      if (t.is_word() && HasNameShape(w) && !speller_.IsCorrect(FoldCase(w))) {
        spellings_.try_emplace(
            std::string(w),
            Spelling{std::string(w), reference->Where(t.begin)});
      }
    }
    for (const Sentence& s : doc.sentences()) {
      for (const NumberMention& n : EnglishNumbers(doc.text(), s.range)) {
        if (n.attached) continue;
        numbers_.push_back({n,
                            std::string(doc.Text(n.range)),
                            ContextOf(doc, s, n.range),
                            {reference->Where(n.range.begin),
                             std::string(doc.Text(s.range))}});
      }
    }
  }
}

void ReferenceFacts::AddPerson(const NameMention& m,
                               const CompanionText& text) {
  const Document& doc = text.doc();
  std::vector<std::string> words = WordsOf(doc, m.first, m.end);
  std::string name = Join(words);
  ReferencePerson* person = nullptr;
  for (ReferencePerson& p : people_) {
    if (p.name == name) person = &p;
  }
  if (!person) {
    person = &people_.emplace_back();
    person->name = name;
    person->words = words;
  }
  person->titles.push_back({std::string(doc.Text(m.title->range)),
                            m.title->rank,
                            {text.Where(m.title->range.begin), Quote(doc, m)}});
}

const ReferencePerson* ReferenceFacts::FindPerson(std::string_view name) const {
  const ReferencePerson* by_family = nullptr;
  size_t family_matches = 0;
  for (const ReferencePerson& p : people_) {
    if (p.name == name) return &p;
    if (p.words.size() < 2) continue;
    // Chinese names put the family first ("Ma Zhaoxu").
    const std::string& family =
        names_.IsChineseSurname(p.words.front()) && p.words.size() <= 3
            ? p.words.front()
            : p.words.back();
    if (family == name) {
      by_family = &p;
      ++family_matches;
    }
  }
  return family_matches == 1 ? by_family : nullptr;
}

std::vector<Respelling> ReferenceFacts::FindRespellings(
    const Document& doc) const {
  std::vector<Respelling> out;
  if (spellings_.empty()) return out;
  const std::vector<Token>& tokens = doc.tokens();
  std::vector<bool> done(tokens.size(), false);
  // Full names whose other words agree: "Ma Zhaoxiu" for "Ma Zhaoxu", even
  // when the word is itself pinyin or a name.
  for (const Sentence& s : doc.sentences()) {
    for (auto [first, end] : CapitalisedRuns(doc, s)) {
      for (const FullName& name : full_names_) {
        uint32_t n = static_cast<uint32_t>(name.words.size());
        for (uint32_t i = first; i + n <= end; ++i) {
          uint32_t differing = 0;
          uint32_t differences = 0;
          for (uint32_t k = 0; k < n; ++k) {
            if (doc.Text(tokens[i + k]) != name.words[k]) {
              differing = i + k;
              ++differences;
            }
          }
          if (differences != 1 || done[differing]) continue;
          std::string_view word = doc.Text(tokens[differing]);
          const std::string& spelling = name.words[differing - i];
          if (word.size() < kMinSpellingLetters || IsSpelling(word) ||
              speller_.IsCorrect(FoldCase(word)) ||
              StripDiacritics(word) == StripDiacritics(spelling) ||
              EditDistance(word, spelling, NameEditLimit(spelling)) >
                  NameEditLimit(spelling)) {
            continue;
          }
          done[differing] = true;
          out.push_back({tokens[differing].range(), spelling, Join(name.words),
                         name.where});
        }
      }
    }
  }
  // Single words no dictionary knows, near one reference spelling.
  for (uint32_t k = 0; k < tokens.size(); ++k) {
    std::string_view word = doc.Text(tokens[k]);
    if (done[k] || !tokens[k].is_word() || word.size() < kMinSpellingLetters ||
        !HasNameShape(word) || IsSpelling(word) || words_.IsKnown(word)) {
      continue;
    }
    size_t limit = NameEditLimit(word);
    size_t best_distance = limit + 1;
    const std::pair<const std::string, Spelling>* best = nullptr;
    bool tie = false;
    for (const auto& entry : spellings_) {
      if (entry.first.size() < kMinSpellingLetters) continue;
      size_t distance = EditDistance(word, entry.first, limit);
      if (distance < best_distance) {
        best_distance = distance;
        best = &entry;
        tie = false;
      } else if (distance == best_distance && best) {
        tie = true;
      }
    }
    if (!best || tie || StripDiacritics(word) == StripDiacritics(best->first)) {
      continue;
    }
    out.push_back({tokens[k].range(), best->first, best->second.name,
                   best->second.where});
  }
  std::sort(out.begin(), out.end(),
            [](const Respelling& a, const Respelling& b) {
              return a.range.begin < b.range.begin;
            });
  return out;
}

std::vector<TitleConflict> ReferenceFacts::FindTitleConflicts(
    const Document& doc) const {
  std::vector<TitleConflict> out;
  if (people_.empty()) return out;
  for (const NameMention& m : FindNames(doc, names_)) {
    if (!m.title) continue;
    std::string name = Join(WordsOf(doc, m.first, m.end));
    const ReferencePerson* person = FindPerson(name);
    if (!person) continue;
    bool agrees = std::any_of(person->titles.begin(), person->titles.end(),
                              [&](const ReferencePerson::Titled& t) {
                                return t.rank == m.title->rank;
                              });
    if (!agrees) out.push_back({m.title->range, m.title->rank, person});
  }
  return out;
}

bool Respelled(const std::vector<Respelling>& respellings, ByteRange range) {
  return std::any_of(
      respellings.begin(), respellings.end(), [&](const Respelling& r) {
        return r.range.begin < range.end && range.begin < r.range.end;
      });
}

std::unique_ptr<ReferenceFacts> ReferenceFactsFor(const CheckContext& context,
                                                  std::string_view id) {
  if (!context.companions || context.companions->references().empty() ||
      !context.Runs(id)) {
    return nullptr;
  }
  return std::make_unique<ReferenceFacts>(*context.companions,
                                          context.dictionaries.names(),
                                          context.dictionaries.speller());
}

}  // namespace mtlint
