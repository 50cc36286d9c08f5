#include "checks/spelling.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "analysis/type_memo.h"
#include "core/string_hash.h"
#include "dict/names.h"
#include "text/address.h"
#include "text/edit_distance.h"
#include "text/split.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Prefixes that translation doubles or misplaces ("unincapable"): when the
// word without one is a word, that is the likeliest correction.
constexpr std::array<std::string_view, 5> kPrefixes = {"un", "non", "dis", "in",
                                                       "re"};

// Only plain lowercase words are spell-checked. A capital anywhere marks a
// name, an acronym or a sentence start, and Hunspell's suggestions for
// names are harmful ("Bessent" → "Bes sent"); the name checks judge those.
bool IsOrdinaryWord(std::string_view word) {
  bool letters = false;
  for (size_t i = 0; i < word.size();) {
    if (word[i] >= 'a' && word[i] <= 'z') {  // lowercase Latin letters
      letters = true;
      ++i;
      continue;
    }
    DecodedCodePoint d = DecodeUtf8(word, i);
    i += d.length;
    if (d.code_point == U'\'' || d.code_point == U'\u2019') continue;
    if (!IsLetter(d.code_point) || !IsLower(d.code_point) ||
        !IsLatinScript(ScriptOf(d.code_point))) {
      return false;
    }
    letters = true;
  }
  return letters;
}

// "pre-sale", "co-chair": a short first part of a hyphenated compound is a
// bound prefix that no dictionary lists on its own.
bool IsCompoundPrefix(std::string_view text, const Token& t) {
  return t.end - t.begin <= 4 && t.end + 1 < text.size() &&
         text[t.end] == '-' && IsLetter(DecodeUtf8(text, t.end + 1).code_point);
}

// "Gene\u200Bva": an invisible character split the word; char-invisible
// reports that, and the halves are no misspellings.
bool SplitByInvisible(std::string_view text, const Token& t) {
  return (t.begin > 0 &&
          IsInvisible(DecodeUtf8Before(text, t.begin).code_point)) ||
         (t.end < text.size() &&
          IsInvisible(DecodeUtf8(text, t.end).code_point));
}

// Offers the first `max` suggestions as fixes, none of them safe: more is
// noise for a reviewer.
void AddSuggestions(const std::vector<std::string>& suggestions, size_t max,
                    const Token& t, Diagnostic& d) {
  for (size_t i = 0; i < suggestions.size() && i < max; ++i) {
    d.fixes.push_back(
        ReplaceFix(fmt::format("replace with '{}'", suggestions[i]), t.range(),
                   suggestions[i], false));
  }
  if (suggestions.empty())
    d.notes.push_back("no suggestion from the dictionary");
}

}  // namespace

SpellingCheck::SpellingCheck(const CheckContext& context)
    : dictionaries_(context.dictionaries),
      max_suggestions_(context.Option("max-suggestions")),
      speller_(context.dictionaries.speller()) {}

SpellingCheck::Verdict SpellingCheck::Judge(std::string_view word,
                                            std::string_view folded) const {
  // House rejections come first and cover names too: the house spells
  // "Zelensky" and rejects "Zelenskiy", which the dictionary accepts.
  if (dictionaries_.IsRejected(word, folded)) return Verdict::kRejected;
  if (!IsOrdinaryWord(word) ||
      correct_.Get(word, [&] { return speller_.IsCorrect(word); })) {
    return Verdict::kFine;
  }
  return Verdict::kUnknown;
}

void SpellingCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  // An article repeats its words, and an archive its articles' words: each
  // is judged once per article, the speller asked once per run.
  TypeMemo<Verdict> verdicts(doc);
  for (const Paragraph& p : doc.paragraphs()) {
    if (p.first_sentence == p.end_sentence) continue;
    AddressScanner addresses(doc.text(), p.range);
    const uint32_t end = doc.sentences()[p.end_sentence - 1].end_token;
    for (uint32_t i = doc.sentences()[p.first_sentence].first_token; i < end;
         ++i) {
      const Token& t = doc.tokens()[i];
      if (!t.is_word()) continue;
      Verdict v =
          verdicts(i, [&] { return Judge(doc.Text(t), doc.Folded(i)); });
      if (v != Verdict::kFine) CheckToken(doc, addresses, i, v, sink);
    }
  }
}

void SpellingCheck::CheckToken(const Document& doc, AddressScanner& addresses,
                               uint32_t i, Verdict verdict,
                               DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const Token& t = doc.tokens()[i];
  std::string_view word = doc.Text(t);
  if (addresses.IsInside(t.begin)) return;
  if (verdict == Verdict::kRejected) {
    ReportRejected(word, t, sink);
    return;
  }
  if (IsCompoundPrefix(text, t) || SplitByInvisible(text, t)) return;
  std::vector<std::string> suggestions;
  for (std::string_view prefix : kPrefixes) {
    if (word.size() > prefix.size() + 3 &&
        word.substr(0, prefix.size()) == prefix &&
        speller_.IsCorrect(word.substr(prefix.size()))) {
      suggestions.emplace_back(word.substr(prefix.size()));
    }
  }
  for (std::string& s : speller_.Suggest(word)) {
    if (std::find(suggestions.begin(), suggestions.end(), s) ==
        suggestions.end()) {
      suggestions.push_back(std::move(s));
    }
  }
  AddSuggestions(suggestions, max_suggestions_, t,
                 sink.Report(Severity::kWarning, t.range(),
                             fmt::format("unknown word '{}'", word)));
}

void SpellingCheck::ReportRejected(std::string_view word, const Token& t,
                                   DiagnosticSink& sink) const {
  // The house spelling is usually one or two edits away ("Zelenskiy",
  // "Zelenskyy"), and often a name only the name dictionaries know;
  // anything farther is a guess, not the house's word.
  constexpr size_t kMaxEdits = 2;
  std::vector<std::pair<size_t, std::string>> near;
  auto consider = [&](std::string_view candidate) {
    size_t d = EditDistance(word, candidate, kMaxEdits);
    if (d == 0 || d > kMaxEdits || dictionaries_.IsRejected(candidate)) return;
    for (const auto& [_, s] : near) {
      if (s == candidate) return;
    }
    near.emplace_back(d, candidate);
  };
  for (const KnownName& name : dictionaries_.names().names()) {
    for (std::string_view token : SplitOnSpaces(name.text)) consider(token);
  }
  for (const std::string& s : speller_.Suggest(word)) consider(s);
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) {
    return a.first < b.first;
  });
  std::vector<std::string> suggestions;
  for (auto& [_, s] : near) suggestions.push_back(std::move(s));
  AddSuggestions(suggestions, max_suggestions_, t,
                 sink.Report(Severity::kWarning, t.range(),
                             fmt::format("'{}' is not house style", word)));
}

}  // namespace mtlint
