#include "checks/name_variant.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <set>

#include "analysis/type_memo.h"
#include "checks/title_finder.h"
#include "text/edit_distance.h"
#include "text/split.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Shorter names are too close to each other to guess between.
constexpr size_t kMinLength = 4;

// A guess from the dictionary alone needs a longer word: short names sit
// one edit from many others ("Chinh", "China").
constexpr size_t kMinDictionaryLength = 6;

struct Form {
  std::string_view word;
  size_t count = 0;
  std::vector<ByteRange> ranges;
  uint64_t classes = 0;  // ByteClasses of the word
};

// What a form looks like a misspelling of: another form of the article,
// and a name of the dictionary, with the note that says why.
struct Verdict {
  int32_t form = -1;      // index of the article's form, or -1
  std::string_view name;  // the dictionary's token; empty: none
  std::string note;       // about `name`
};

std::string WrittenSo(const Form& form) {
  return fmt::format("'{}' is written so {} times in this article", form.word,
                     form.count);
}

// What form k is to be written as: the article's form it points at,
// followed while that one points at another, so that fixing never writes a
// form flagged in turn; where that ends (in a ring of forms written as
// often as each other, the first in byte order), the dictionary's name for
// that form if it has one, else that form. Returns false when k is to be
// left as it is.
bool Resolve(size_t k, const std::vector<Form>& forms,
             const std::vector<Verdict>& verdicts, std::string_view* best,
             std::string* note) {
  std::vector<size_t> path{k};
  size_t end = k;
  while (verdicts[end].form >= 0) {
    auto next = static_cast<size_t>(verdicts[end].form);
    auto seen = std::find(path.begin(), path.end(), next);
    if (seen != path.end()) {
      end = *std::min_element(seen, path.end());
      break;
    }
    path.push_back(next);
    end = next;
  }
  if (!verdicts[end].name.empty()) {
    *best = verdicts[end].name;
    *note = verdicts[end].note;
    return true;
  }
  if (end == k) return false;
  *best = forms[end].word;
  *note = WrittenSo(forms[end]);
  return true;
}

// Longest full name compared: four words.
constexpr size_t kMaxNameWords = 4;

}  // namespace

NameVariantCheck::NameVariantCheck(const CheckContext& context)
    : names_(context.dictionaries.names()),
      words_(context.dictionaries.names(), context.dictionaries.speller()) {
  const std::vector<Person>& people = names_.people();
  person_words_.resize(people.size());
  for (size_t i = 0; i < people.size(); ++i) {
    std::vector<std::string_view> words = SplitOnSpaces(people[i].canonical);
    if (words.size() < 2 || words.size() > kMaxNameWords) continue;
    for (std::string_view w : words)
      people_by_word_[std::string(w)].push_back(i);
    person_words_[i] = std::move(words);
  }
  reference_ = ReferenceFactsFor(context, "reference-name");
  std::set<std::string> seen;
  for (const KnownName& name : context.dictionaries.names().names()) {
    for (std::string_view token : SplitOnSpaces(name.text)) {
      if (token.size() >= kMinLength && HasNameShape(token) &&
          seen.emplace(token).second) {
        dictionary_.push_back(
            {std::string(token), name.canonical, ByteClasses(token)});
      }
    }
  }
}

const NameVariantCheck::DictionaryToken* NameVariantCheck::NearestInDictionary(
    std::string_view word, uint64_t classes) const {
  if (CountCodePoints(word) < kMinDictionaryLength) return nullptr;
  int32_t nearest = nearest_.Get(word, [&] {
    size_t limit = NameEditLimit(word);
    size_t best_distance = limit + 1;
    int32_t best = -1;
    for (size_t i = 0; i < dictionary_.size(); ++i) {
      const DictionaryToken& d = dictionary_[i];
      if (!MayBeWithin(classes, d.classes, limit)) continue;
      size_t distance = EditDistance(word, d.token, limit);
      if (distance < best_distance) {
        best = static_cast<int32_t>(i);
        best_distance = distance;
      }
    }
    return best;
  });
  return nearest < 0 ? nullptr : &dictionary_[nearest];
}

std::vector<ByteRange> NameVariantCheck::FullNames(
    const Document& doc, const std::vector<Respelling>& respelled,
    DiagnosticSink& sink) const {
  std::vector<ByteRange> reported;
  const std::vector<Token>& tokens = doc.tokens();
  std::string_view text = doc.text();
  TitleFinder titles(doc, names_);
  std::vector<std::string_view> window_words;
  std::vector<size_t> window_candidates;
  TypeMemo<bool> name_shaped(doc);  // HasNameShape, once per token type
  // The people whose canonical name holds the token as a word.
  TypeMemo<const std::vector<size_t>*> people_with_word(doc);
  auto shaped = [&](uint32_t k) {
    return tokens[k].is_word() &&
           name_shaped(k, [&] { return HasNameShape(doc.Text(tokens[k])); });
  };
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!shaped(i)) continue;
      // Windows of 2 to 4 capitalised words joined by single spaces.
      for (uint32_t n = 2; n <= kMaxNameWords && i + n <= s.end_token; ++n) {
        const Token& last = tokens[i + n - 1];
        if (!shaped(i + n - 1) ||
            text.substr(tokens[i + n - 2].end,
                        last.begin - tokens[i + n - 2].end) != " ") {
          break;
        }
        ByteRange window{tokens[i].begin, last.end};
        if (names_.FindPerson(doc.Text(window))) break;
        // The window is its n words joined by single spaces.
        std::vector<std::string_view>& written = window_words;
        written.clear();
        for (uint32_t k = i; k < i + n; ++k) {
          written.push_back(doc.Text(tokens[k]));
        }
        std::vector<size_t>& candidates = window_candidates;
        candidates.clear();
        for (uint32_t k = i; k < i + n; ++k) {
          if (const std::vector<size_t>* people = people_with_word(k, [&] {
                auto it = people_by_word_.find(doc.Text(tokens[k]));
                return it == people_by_word_.end() ? nullptr : &it->second;
              })) {
            candidates.insert(candidates.end(), people->begin(), people->end());
          }
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()),
                         candidates.end());
        for (size_t index : candidates) {
          const Person& p = names_.people()[index];
          const std::vector<std::string_view>& known = person_words_[index];
          if (known.size() != written.size()) continue;
          size_t differing = written.size();
          size_t differences = 0;
          for (size_t k = 0; k < written.size(); ++k) {
            if (written[k] != known[k]) {
              differing = k;
              ++differences;
            }
          }
          if (differences != 1) continue;
          // Close in spelling, or named with the person's title: "Prime
          // Minister Pham Minh Trung" is the prime minister garbled.
          // A differing word that is itself a plausible name ("Yunjie"
          // beside "Yunze") may be another person: closeness is evidence
          // only for words that are no name.
          std::string_view word = written[differing];
          bool close = word.size() >= kMinLength && !words_.IsKnown(word) &&
                       EditDistance(word, known[differing],
                                    NameEditLimit(word)) <= NameEditLimit(word);
          bool titled = false;
          if (!close && written.size() >= 3) {
            std::optional<Title> title = titles.Before(s, i, true);
            if (title) {
              for (const TitleRole& role :
                   DictionaryTitleRoles(names_, p.title)) {
                titled = titled || role.rank == title->rank;
              }
            }
          }
          if ((!close && !titled) || Respelled(respelled, window)) continue;
          const Token& t = tokens[i + 2 * differing];
          Diagnostic& d =
              sink.Report(Severity::kWarning, window,
                          fmt::format("'{}' looks like a garbled '{}'",
                                      doc.Text(window), p.canonical));
          d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", p.canonical),
                                       window, p.canonical, false));
          d.notes.push_back(fmt::format(
              "name dictionary: {}, {}{}{} (checked {})", p.canonical, p.title,
              p.organization.empty() ? "" : ", ", p.organization, p.checked));
          reported.push_back(t.range());
          reported.push_back(window);
          i += n - 1;
          n = kMaxNameWords;  // done with this start
          break;
        }
      }
    }
  }
  return reported;
}

void NameVariantCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::vector<Respelling> respelled;
  if (reference_) respelled = reference_->FindRespellings(doc);
  std::vector<ByteRange> full_names = FullNames(doc, respelled, sink);
  // The name-shaped words, each with its occurrences, in byte order: one
  // look at the shape per distinct token (Document::TypeOf).
  constexpr int32_t kUnseen = -1, kNotAName = -2;
  std::vector<int32_t> form_of_type(doc.type_count(), kUnseen);
  std::vector<Form> forms;
  for (uint32_t i = 0; i < doc.tokens().size(); ++i) {
    const Token& t = doc.tokens()[i];
    if (!t.is_word()) continue;
    int32_t& f = form_of_type[doc.TypeOf(i)];
    if (f == kUnseen) {
      std::string_view w = doc.Text(t);
      if (w.size() < kMinLength || !HasNameShape(w)) {
        f = kNotAName;
        continue;
      }
      f = static_cast<int32_t>(forms.size());
      forms.push_back({w, 0, {}, ByteClasses(w)});
    }
    if (f == kNotAName) continue;
    ++forms[f].count;
    forms[f].ranges.push_back(t.range());
  }
  std::sort(forms.begin(), forms.end(),
            [](const Form& a, const Form& b) { return a.word < b.word; });
  // What each form looks like a misspelling of: another form the article
  // writes more often, and a name of the dictionary (Resolve picks).
  std::vector<Verdict> verdicts(forms.size());
  std::vector<size_t> repeated;  // the forms written twice or more
  for (size_t j = 0; j < forms.size(); ++j) {
    if (forms[j].count >= 2) repeated.push_back(j);
  }
  for (size_t k = 0; k < forms.size(); ++k) {
    const Form& form = forms[k];
    std::string_view word = form.word;
    if (words_.IsKnown(word)) continue;
    size_t limit = NameEditLimit(word);
    // The article's own spelling first: the form it uses more often.
    Verdict& v = verdicts[k];
    size_t best_count = 0;
    for (size_t j : repeated) {
      const Form& other = forms[j];
      if (j == k || other.count < form.count ||
          !MayBeWithin(form.classes, other.classes, limit) ||
          EditDistance(word, other.word, limit) > limit) {
        continue;
      }
      if (other.count > best_count) {
        v.form = static_cast<int32_t>(j);
        best_count = other.count;
      }
    }
    // The dictionary's name too: the article's spelling may lead back here
    // (two spellings written as often as each other).
    if (const DictionaryToken* d = NearestInDictionary(word, form.classes)) {
      v.name = d->token;
      v.note = fmt::format("'{}' is in the name dictionary ({})", d->token,
                           d->canonical);
    }
  }
  for (size_t k = 0; k < forms.size(); ++k) {
    const Form& form = forms[k];
    std::string_view word = form.word;
    std::string_view best;
    std::string note;
    if (!Resolve(k, forms, verdicts, &best, &note)) continue;
    for (ByteRange r : form.ranges) {
      bool inside_full_name = std::any_of(
          full_names.begin(), full_names.end(),
          [&](ByteRange f) { return f.begin <= r.begin && r.end <= f.end; });
      if (inside_full_name || Respelled(respelled, r)) continue;
      Diagnostic& d = sink.Report(
          Severity::kWarning, r,
          fmt::format("'{}' looks like a misspelling of the name '{}'", word,
                      best));
      d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", best), r,
                                   std::string(best), false));
      d.notes.push_back(note);
    }
  }
}

}  // namespace mtlint
