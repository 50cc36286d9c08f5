#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/line_index.h"
#include "text/token.h"

namespace mtlint {

class Segmenter;
struct QuoteAnalysis;

struct Sentence {
  ByteRange range;
  uint32_t first_token;  // [first_token, end_token) in Document::tokens()
  uint32_t end_token;
};

struct Paragraph {
  ByteRange range;
  uint32_t first_sentence;  // [first_sentence, end_sentence)
  uint32_t end_sentence;
};

// One input, segmented: what every check reads. Sentences never cross
// paragraphs, tokens never cross sentences. Analyses that several checks
// read are made on first use and kept, so a document belongs to one thread.
class Document {
 public:
  // Inputs must be smaller than this: tokens keep 32-bit offsets.
  static constexpr size_t kMaxSize = UINT32_MAX;

  // Plain text: paragraphs from SplitParagraphs.
  Document(std::string path, std::string_view text, Segmenter& segmenter);
  // A view of marked-up text (markup/markdown.h): its paragraphs are given,
  // and a line break inside one is a space to sentence segmentation.
  Document(std::string path, std::string_view text,
           const std::vector<ByteRange>& paragraphs, Segmenter& segmenter);
  ~Document();

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::string_view Text(ByteRange r) const { return r.In(text_); }
  std::string_view Text(const Token& t) const { return Text(t.range()); }
  // Token `i` in full case folding (FoldCase), computed once for all
  // checks: most tokens are lowercase ASCII already, and then it is Text.
  std::string_view Folded(size_t i) const {
    uint32_t at = folded_at_[type_of_[i]];
    if (at == kAsWritten) return Text(tokens_[i]);
    uint32_t size;
    std::memcpy(&size, folded_.data() + at, sizeof size);
    return std::string_view(folded_).substr(at + sizeof size, size);
  }
  const LineIndex& lines() const { return lines_; }
  const std::vector<ByteRange>& invalid_utf8() const { return invalid_utf8_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  // Token `i`'s type: tokens written alike share one, numbered from 0 in
  // order of first use, so that a check can look each distinct word up
  // once (analysis/type_memo.h).
  uint32_t TypeOf(size_t i) const { return type_of_[i]; }
  size_t type_count() const { return folded_at_.size(); }
  // The paragraph holding `offset`, or null between paragraphs.
  const Paragraph* ParagraphAt(size_t offset) const;
  // AnalyzeQuotes of this document (analysis/quotes.h), made once.
  const QuoteAnalysis& quotes() const;

 private:
  // The fields every Document has; throws for input too large.
  Document(std::string path, std::string_view text);
  void Segment(const std::vector<ByteRange>& paragraphs, Segmenter& segmenter);
  // Appends the folding of `written` to folded_ and returns where it
  // stands, or kAsWritten when folding leaves it unchanged.
  uint32_t FoldOnce(std::string_view written);

  std::string path_;
  std::string_view text_;
  LineIndex lines_;
  std::vector<ByteRange> invalid_utf8_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  std::vector<uint32_t> type_of_;  // per token
  // Per type: kAsWritten, or where its folding stands in folded_, as a
  // 32-bit size followed by the bytes.
  static constexpr uint32_t kAsWritten = UINT32_MAX;
  std::vector<uint32_t> folded_at_;
  std::string folded_;
  mutable std::unique_ptr<QuoteAnalysis> quotes_;
};

}  // namespace mtlint
