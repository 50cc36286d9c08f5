#include "checks/source_untranslated.h"

#include <fmt/format.h>

#include "cross/align.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Words copied from a Latin-script source: this many in a row, of which
// this many are no English words.
constexpr size_t kMinCopiedWords = 3;
constexpr size_t kMinForeignWords = 2;

bool IsHanFamily(char32_t c) {
  return IsLetter(c) && IsHanScript(ScriptFamily(ScriptOf(c)));
}

struct Word {
  ByteRange range;
  std::string folded;
};

// The runs of text[range] of code points that `in_run` accepts.
template <typename InRun>
std::vector<ByteRange> Runs(std::string_view text, ByteRange range,
                            InRun in_run) {
  std::vector<ByteRange> out;
  for (size_t i = range.begin; i < range.end;) {
    size_t j = i;
    while (j < range.end) {
      DecodedCodePoint e = DecodeUtf8(text, j);
      if (e.code_point == kInvalidCodePoint || !in_run(e.code_point)) break;
      j += e.length;
    }
    if (j > i) {
      out.push_back({i, j});
      i = j;
    } else {
      i += DecodeUtf8(text, i).length;
    }
  }
  return out;
}

// The words of text[range]: runs of letters, digits and marks.
std::vector<Word> Words(std::string_view text, ByteRange range) {
  std::vector<Word> out;
  for (ByteRange r : Runs(text, range, [](char32_t c) {
         return IsLetter(c) || IsDigit(c) || IsMark(c);
       })) {
    out.push_back({r, FoldCase(r.In(text))});
  }
  return out;
}

// The runs of Han (with kana and Hangul) characters of text[range] that
// stand in `source` as they are: source text copied into the translation.
std::vector<ByteRange> CopiedHanRuns(std::string_view text, ByteRange range,
                                     std::string_view source) {
  std::vector<ByteRange> out;
  for (ByteRange r : Runs(text, range, IsHanFamily)) {
    if (source.find(r.In(text)) != std::string_view::npos) {
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace

SourceUntranslatedCheck::SourceUntranslatedCheck(const CheckContext& context) {
  if (!context.companions || !context.companions->source()) return;
  source_ = context.companions->source();
  if (source_->script() == SourceScript::kLatin) {
    speller_ = &context.dictionaries.speller();
  }
}

void SourceUntranslatedCheck::Run(const Document& doc,
                                  DiagnosticSink& sink) const {
  if (!source_) return;
  std::string_view source_text = source_->doc().text();
  if (source_->script() == SourceScript::kHan) {
    for (ByteRange r :
         CopiedHanRuns(doc.text(), {0, doc.text().size()}, source_text)) {
      Diagnostic& d = sink.Report(
          Severity::kWarning, r,
          fmt::format("'{}' is source text left untranslated", doc.Text(r)));
      size_t at = source_text.find(doc.Text(r));
      d.notes.push_back(fmt::format("{}: the source", source_->Where(at)));
    }
    return;
  }
  // A Latin-script source: runs of words copied from the aligned source
  // paragraph, with words English does not have ("la región andina").
  for (const AlignedParagraphs& p : AlignTexts(source_->doc(), doc)) {
    std::vector<Word> source_words = Words(source_text, p.source);
    std::vector<Word> words = Words(doc.text(), p.target);
    for (size_t i = 0; i < words.size();) {
      // The longest run of words from i that the source has in a row.
      size_t best = 0;
      size_t best_at = 0;
      for (size_t s = 0; s < source_words.size(); ++s) {
        size_t n = 0;
        while (i + n < words.size() && s + n < source_words.size() &&
               words[i + n].folded == source_words[s + n].folded) {
          ++n;
        }
        if (n > best) {
          best = n;
          best_at = s;
        }
      }
      size_t foreign = 0;
      for (size_t k = i; k < i + best; ++k) {
        std::string_view w = doc.Text(words[k].range);
        bool lower = FoldCase(w) == w;
        foreign += lower && !speller_->IsCorrect(w);
      }
      if (best < kMinCopiedWords || foreign < kMinForeignWords) {
        ++i;
        continue;
      }
      ByteRange r{words[i].range.begin, words[i + best - 1].range.end};
      Diagnostic& d = sink.Report(
          Severity::kWarning, r,
          fmt::format("'{}' is source text left untranslated", doc.Text(r)));
      d.notes.push_back(fmt::format(
          "{}: the source", source_->Where(source_words[best_at].range.begin)));
      i += best;
    }
  }
}

}  // namespace mtlint
