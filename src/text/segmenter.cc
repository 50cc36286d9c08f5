#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <stdexcept>
#include <string>

#include "text/latin_sentence_breaker.h"
#include "text/latin_word_breaker.h"
#include "text/sentence_breaks.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

void ThrowIfFailed(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU ") + what + ": " +
                             u_errorName(status));
  }
}

bool IsBlank(std::string_view text, size_t begin, size_t end) {
  for (size_t i = begin; i < end;) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    if (!IsWhiteSpace(d.code_point)) return false;
    i += d.length;
  }
  return true;
}

size_t TrimEnd(std::string_view text, size_t begin, size_t end) {
  while (end > begin) {
    DecodedCodePoint d = DecodeUtf8Before(text, end);
    if (!IsWhiteSpace(d.code_point)) break;
    end -= d.length;
  }
  return end;
}

// Abbreviations that news text puts before a capitalised word without ending
// the sentence ("U.S. Treasury", "Gov. Newsom"), beyond ICU's own English
// list. A sentence that really ends on one of them joins the next one, the
// lesser harm for the checks.
constexpr std::string_view kAbbreviations[] = {
    "U.S.", "U.K.", "U.N.",  "E.U.",  "Dr.",  "Gov.", "Sen.",  "Rep.",
    "Gen.", "Lt.",  "Col.",  "Capt.", "Sgt.", "Adm.", "Prof.", "Rev.",
    "Hon.", "Amb.", "Pres.", "St.",   "Mt.",  "Ft.",  "No.",   "Nos.",
    "Jan.", "Feb.", "Aug.",  "Sept.", "Oct.", "Nov.", "Dec.",  "Gov't."};

bool EndsWithAbbreviation(std::string_view sentence) {
  if (!sentence.ends_with('.')) return false;
  size_t start = sentence.size();
  while (start > 0 && sentence[start - 1] != ' ' &&
         sentence[start - 1] != '\t' && sentence[start - 1] != '\n') {
    --start;
  }
  std::string_view last = sentence.substr(start);
  for (std::string_view a : kAbbreviations) {
    if (last == a) return true;
  }
  return false;
}

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> sentences;
  std::unique_ptr<icu::BreakIterator> words;
  // The fast paths; null: ICU alone.
  std::unique_ptr<LatinSentenceBreaker> latin_sentences;
  std::vector<size_t> breaks;
  UText* text = nullptr;
  std::string joined;  // a paragraph with its line breaks made spaces

  ~Impl() { utext_close(text); }

  // Points both iterators' input at text[range]: boundaries come back
  // relative to range.begin.
  UText* Open(std::string_view all, ByteRange range) {
    UErrorCode status = U_ZERO_ERROR;
    text = utext_openUTF8(text, all.data() + range.begin,
                          static_cast<int64_t>(range.size()), &status);
    ThrowIfFailed(status, "utext_openUTF8");
    return text;
  }
};

Segmenter::Segmenter(Engine engine) : impl_(std::make_unique<Impl>()) {
  if (engine == Engine::kFastPaths) {
    impl_->latin_sentences = std::make_unique<LatinSentenceBreaker>();
  }
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" suppresses breaks after ICU's English abbreviations
  // ("Mr.", "Mrs.").
  impl_->sentences.reset(icu::BreakIterator::createSentenceInstance(
      icu::Locale("en@ss=standard"), status));
  ThrowIfFailed(status, "sentence break iterator");
  impl_->words.reset(icu::BreakIterator::createWordInstance(
      icu::Locale::getEnglish(), status));
  ThrowIfFailed(status, "word break iterator");
}

Segmenter::~Segmenter() = default;

void Segmenter::Sentences(std::string_view text, ByteRange range,
                          std::vector<ByteRange>* out) {
  bool merge_next = false;
  auto add = [&](size_t b, size_t end) {
    size_t e = TrimEnd(text, b, end);
    if (e <= b || IsBlank(text, b, e)) return;
    if (merge_next && !out->empty()) {
      out->back().end = e;
    } else {
      out->push_back({b, e});
    }
    merge_next = EndsWithAbbreviation(text.substr(b, e - b));
  };
  std::string_view paragraph = range.In(text);
  if (impl_->latin_sentences && !MayEndSentenceInside(paragraph)) {
    add(range.begin, range.end);
    return;
  }
  // ICU ends a sentence at every line break. Spaces in their place keep
  // the offsets, so the boundaries still fall on `text`.
  std::string_view segmented = text;
  ByteRange segmented_range = range;
  if (std::any_of(paragraph.begin(), paragraph.end(),
                  [](char c) { return c == '\r' || c == '\n'; })) {
    impl_->joined.assign(paragraph);
    std::replace_if(
        impl_->joined.begin(), impl_->joined.end(),
        [](char c) { return c == '\r' || c == '\n'; }, ' ');
    segmented = impl_->joined;
    segmented_range = {0, range.size()};
  }
  std::vector<size_t>& breaks = impl_->breaks;
  breaks.clear();
  if (impl_->latin_sentences &&
      impl_->latin_sentences->Breaks(segmented_range.In(segmented), &breaks)) {
    size_t start = range.begin;
    for (size_t b : breaks) {
      add(start, range.begin + b);
      start = range.begin + b;
    }
    add(start, range.end);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  impl_->sentences->setText(impl_->Open(segmented, segmented_range), status);
  ThrowIfFailed(status, "sentence setText");
  int32_t start = impl_->sentences->first();
  for (int32_t end = impl_->sentences->next(); end != icu::BreakIterator::DONE;
       start = end, end = impl_->sentences->next()) {
    add(range.begin + static_cast<size_t>(start),
        range.begin + static_cast<size_t>(end));
  }
}

void Segmenter::Words(std::string_view text, ByteRange range,
                      std::vector<Token>* out) {
  // Both fast paths or neither.
  if (impl_->latin_sentences && BreakLatinWords(text, range, out)) return;
  UErrorCode status = U_ZERO_ERROR;
  icu::BreakIterator& words = *impl_->words;
  words.setText(impl_->Open(text, range), status);
  ThrowIfFailed(status, "word setText");
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE;
       start = end, end = words.next()) {
    int32_t rule = words.getRuleStatus();
    auto b = static_cast<uint32_t>(range.begin + start);
    auto e = static_cast<uint32_t>(range.begin + end);
    TokenKind kind;
    if (rule >= UBRK_WORD_LETTER) {
      kind = TokenKind::kWord;
    } else if (rule >= UBRK_WORD_NUMBER) {
      kind = TokenKind::kNumber;
    } else if (IsBlank(text, b, e)) {
      continue;
    } else {
      kind = TokenKind::kPunctuation;
    }
    out->push_back({b, e, kind});
  }
}

}  // namespace mtlint
