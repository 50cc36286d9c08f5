#include "checks/source_name.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "cross/align.h"
#include "cross/chinese_names.h"
#include "text/edit_distance.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// A word of the translation: letters, with inner hyphens and apostrophes
// ("Yong-gang"), and its letters in lowercase ("yonggang").
struct Word {
  ByteRange range;
  std::string key;
  bool upper;
  bool joined;  // follows the previous word after a single space
};

std::vector<Word> WordsOf(std::string_view text, ByteRange range) {
  std::vector<Word> out;
  size_t previous_end = std::string_view::npos;
  for (size_t i = range.begin; i < range.end;) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    if (d.code_point == kInvalidCodePoint || !IsLetter(d.code_point)) {
      i += d.length;
      continue;
    }
    Word w{{i, i}, "", IsUpper(d.code_point), false};
    w.joined = previous_end != std::string_view::npos &&
               i == previous_end + 1 && text[previous_end] == ' ';
    size_t j = i;
    while (j < range.end) {
      DecodedCodePoint e = DecodeUtf8(text, j);
      bool letter = e.code_point != kInvalidCodePoint && IsLetter(e.code_point);
      bool inner = (e.code_point == '-' || e.code_point == '\'' ||
                    e.code_point == U'\u2019') &&
                   j + e.length < range.end &&
                   IsLetter(DecodeUtf8(text, j + e.length).code_point);
      if (!letter && !inner) break;
      if (letter) w.key += FoldCase(text.substr(j, e.length));
      j += e.length;
    }
    w.range.end = j;
    previous_end = j;
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

// Lowercase letters only: "Pham Minh-Chinh" → "phamminhchinh".
std::string Key(std::string_view name) {
  std::string out;
  for (const Word& w : WordsOf(name, {0, name.size()})) out += w.key;
  return out;
}

// Windows of `n` capitalised words joined by single spaces, from word `i`.
bool Window(const std::vector<Word>& words, size_t i, size_t n) {
  if (i + n > words.size()) return false;
  for (size_t k = i; k < i + n; ++k) {
    if (!words[k].upper || (k > i && !words[k].joined)) return false;
  }
  return true;
}

std::string Joined(const std::vector<Word>& words, size_t i, size_t n) {
  std::string key;
  for (size_t k = i; k < i + n; ++k) key += words[k].key;
  return key;
}

enum class Verdict { kAbsent, kTrace, kFound, kReversed, kGarbled };

struct Judgement {
  Verdict verdict = Verdict::kAbsent;
  ByteRange range;  // the words, when reversed or garbled
  bool pinyin_of_foreign = false;
};

// How a person the dictionary knows fares: one of its forms, its pinyin
// (a foreign name read as Chinese), something near a form, or a word of
// it.
Judgement JudgePerson(const SourceName& n, const std::vector<Word>& words,
                      const std::string& pinyin_key) {
  std::vector<std::string> forms = {Key(n.person->canonical)};
  for (const std::string& a : n.person->aliases) forms.push_back(Key(a));
  Judgement best;
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t len = 1; len <= 4; ++len) {
      if (!Window(words, i, len)) break;
      std::string key = Joined(words, i, len);
      ByteRange range{words[i].range.begin, words[i + len - 1].range.end};
      if (std::find(forms.begin(), forms.end(), key) != forms.end()) {
        return {Verdict::kFound, range, false};
      }
      if (len >= 2 && key == pinyin_key && pinyin_key != forms.front()) {
        best = {Verdict::kGarbled, range, true};
        continue;
      }
      size_t limit = forms.front().size() / 4;
      if (len >= 2 && best.verdict != Verdict::kGarbled &&
          EditDistance(key, forms.front(), limit) <= limit) {
        best = {Verdict::kGarbled, range, false};
      }
    }
  }
  if (best.verdict != Verdict::kAbsent) return best;
  std::set<std::string> canonical_words;
  for (const Word& w :
       WordsOf(n.person->canonical, {0, n.person->canonical.size()})) {
    canonical_words.insert(w.key);
  }
  for (const Word& w : words) {
    if (w.upper && canonical_words.count(w.key))
      return {Verdict::kTrace, {}, false};
  }
  return {};
}

// How a pinyin name fares: family name first, given name first, one of
// them garbled, one of them alone, or nothing.
Judgement JudgePinyin(const SourceName& n, const NameData& names,
                      std::string_view text, const std::vector<Word>& words,
                      const std::set<std::string>& others) {
  std::set<std::string> family;
  for (const std::string& f : n.surname->forms) family.insert(Key(f));
  std::string family_key = Key(n.family);
  std::string given_key = Key(n.given);
  size_t limit = std::max<size_t>(1, given_key.size() / 4);
  Judgement best;
  bool trace = false;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (!w.upper) continue;
    if (w.key == family_key + given_key) return {Verdict::kFound, {}, false};
    trace = trace || family.count(w.key) || w.key == given_key;
    // The given name in one word or two: "Yonggang", "Yong Gang".
    for (size_t g = 1; g <= 2; ++g) {
      if (!Window(words, i, 1 + g)) break;
      ByteRange range{w.range.begin, words[i + g].range.end};
      std::string after = Joined(words, i + 1, g);
      std::string before = Joined(words, i, g);
      if (family.count(w.key) && after == given_key)
        return {Verdict::kFound, {}, false};
      if (family.count(words[i + g].key) && before == given_key) {
        best = {Verdict::kReversed, range, false};
        continue;
      }
      if (given_key.size() < 4 || best.verdict != Verdict::kAbsent) continue;
      // "Yang Yonggang" for Zheng Yonggang: another surname before the
      // given name; "Zheng Yongang": the given name garbled; "Yang
      // Yongkang": both. Not the right form of another name of the source.
      if (others.count(Joined(words, i, 1 + g))) continue;
      bool surname = family.count(w.key) != 0;
      bool other_surname =
          !surname && (names.IsChineseSurname(w.range.In(text)) ||
                       EditDistance(w.key, family_key, 2) <= 2);
      bool given_near = EditDistance(after, given_key, limit) <= limit;
      if ((surname || other_surname) && given_near && after.size() >= 4) {
        best = {Verdict::kGarbled, range, false};
      }
    }
  }
  if (best.verdict != Verdict::kAbsent) return best;
  return {trace ? Verdict::kTrace : Verdict::kAbsent, {}, false};
}

}  // namespace

SourceNameCheck::SourceNameCheck(const CheckContext& context) {
  if (!context.companions || !context.companions->source() ||
      context.companions->source()->script() != SourceScript::kHan) {
    return;
  }
  names_ = &context.dictionaries.names();
  source_ = context.companions->source();
  pinyin_ = std::make_unique<HanTransliterator>();
}

SourceNameCheck::~SourceNameCheck() = default;

void SourceNameCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  if (!source_) return;
  std::string_view source_text = source_->doc().text();
  std::set<std::string> seen;  // names met in earlier paragraphs
  std::set<std::pair<size_t, size_t>> reported;
  for (const AlignedParagraphs& p : AlignTexts(source_->doc(), doc)) {
    std::vector<Word> words = WordsOf(doc.text(), p.target);
    std::vector<SourceName> found =
        FindChineseNames(source_->doc(), p.source, *names_, *pinyin_);
    std::set<std::string> seen_here;
    // The right forms of the paragraph's names: never another's garble.
    std::set<std::string> expected;
    for (const SourceName& n : found) expected.insert(Key(n.expected));
    // Candidates starting at one place are one name read two ways ("王毅表"
    // and "王毅"): the first that is found or garbled settles it.
    for (size_t i = 0; i < found.size();) {
      size_t j = i;
      while (j < found.size() && found[j].range.begin == found[i].range.begin)
        ++j;
      const SourceName* settled = nullptr;
      Judgement judgement;
      bool trace = false;
      for (size_t k = i; k < j && !settled; ++k) {
        const SourceName& n = found[k];
        Judgement jd =
            n.person ? JudgePerson(n, words,
                                   Key(pinyin_->ToPinyin(source_text.substr(
                                       n.range.begin, n.range.size()))))
                     : JudgePinyin(n, *names_, doc.text(), words, expected);
        trace = trace || jd.verdict == Verdict::kTrace;
        if (jd.verdict == Verdict::kFound || jd.verdict == Verdict::kReversed ||
            jd.verdict == Verdict::kGarbled) {
          settled = &n;
          judgement = jd;
        }
      }
      // The best reading when nothing settles it: the most evidence.
      const SourceName* best = &found[i];
      for (size_t k = i; k < j; ++k) {
        if (found[k].evidence > best->evidence) best = &found[k];
      }
      i = j;
      std::string han(
          source_text.substr(best->range.begin, best->range.size()));
      bool first =
          !seen.count(best->expected) && !seen_here.count(best->expected);
      seen_here.insert(settled ? settled->expected : best->expected);
      if (settled && judgement.verdict != Verdict::kFound) {
        if (!reported.insert({judgement.range.begin, judgement.range.end})
                 .second) {
          continue;
        }
        std::string written(doc.Text(judgement.range));
        std::string settled_han(
            source_text.substr(settled->range.begin, settled->range.size()));
        std::string message;
        if (judgement.verdict == Verdict::kReversed) {
          message = fmt::format(
              "'{}' puts the given name first; the source's {} is '{}'",
              written, settled_han, settled->expected);
        } else if (judgement.pinyin_of_foreign) {
          message = fmt::format("'{}' is the pinyin of {}; English writes '{}'",
                                written, settled_han, settled->expected);
        } else {
          message = fmt::format("'{}' does not match the source's {} ({})",
                                written, settled_han, settled->expected);
        }
        Diagnostic& d =
            sink.Report(Severity::kWarning, judgement.range, message);
        d.fixes.push_back(
            ReplaceFix(fmt::format("write '{}'", settled->expected),
                       judgement.range, settled->expected, false));
        d.notes.push_back(fmt::format("{}: the source",
                                      source_->Where(settled->range.begin)));
        continue;
      }
      if (settled || trace || best->evidence == 0 || !first) continue;
      // Left out at its first mention: on the sentence that should hold it.
      ByteRange at = p.target;
      for (const AlignedSentences& a : p.sentences) {
        if (a.source.begin <= best->range.begin &&
            best->range.end <= a.source.end && !a.target.empty()) {
          at = a.target;
        }
      }
      Diagnostic& d = sink.Report(
          Severity::kWarning, at,
          fmt::format("the source's {} ({}) is missing from the translation",
                      han, best->expected));
      d.notes.push_back(
          fmt::format("{}: the source", source_->Where(best->range.begin)));
    }
    seen.insert(seen_here.begin(), seen_here.end());
  }
}

}  // namespace mtlint
