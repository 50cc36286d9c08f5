#include "analysis/document.h"

#include <algorithm>
#include <stdexcept>

#include "analysis/paragraphs.h"
#include "analysis/quotes.h"
#include "core/flat_string_table.h"
#include "text/segmenter.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {

Document::Document(std::string path, std::string_view text)
    : path_(std::move(path)),
      text_(text),
      lines_(text),
      invalid_utf8_(FindInvalidUtf8(text)) {
  if (text.size() >= kMaxSize) {
    throw std::length_error("input of 4 GiB or more is not supported");
  }
}

Document::Document(std::string path, std::string_view text,
                   Segmenter& segmenter)
    : Document(std::move(path), text) {
  Segment(SplitParagraphs(text), segmenter);
}

Document::Document(std::string path, std::string_view text,
                   const std::vector<ByteRange>& paragraphs,
                   Segmenter& segmenter)
    : Document(std::move(path), text) {
  Segment(paragraphs, segmenter);
}

void Document::Segment(const std::vector<ByteRange>& paragraphs,
                       Segmenter& segmenter) {
  // News prose has a token every five or six bytes: room for all of them
  // at once, instead of copying them on each growth.
  tokens_.reserve(text_.size() / 4);
  std::vector<ByteRange> sentence_ranges;
  for (ByteRange p : paragraphs) {
    auto first_sentence = static_cast<uint32_t>(sentences_.size());
    sentence_ranges.clear();
    segmenter.Sentences(text_, p, &sentence_ranges);
    for (ByteRange s : sentence_ranges) {
      auto first_token = static_cast<uint32_t>(tokens_.size());
      segmenter.Words(text_, s, &tokens_);
      sentences_.push_back(
          {s, first_token, static_cast<uint32_t>(tokens_.size())});
    }
    paragraphs_.push_back(
        {p, first_sentence, static_cast<uint32_t>(sentences_.size())});
  }
  // Tokens written alike share a type, and each type is folded once.
  FlatStringTable<std::string_view> types;  // numbered in order of entry
  type_of_.reserve(tokens_.size());
  for (const Token& t : tokens_) {
    std::string_view written = Text(t);
    auto [type, fresh] = types.insert(written);
    type_of_.push_back(static_cast<uint32_t>(type - types.begin()));
    if (fresh) folded_at_.push_back(FoldOnce(written));
  }
  if (folded_.size() >= kAsWritten) {
    throw std::length_error("input of 4 GiB or more is not supported");
  }
}

uint32_t Document::FoldOnce(std::string_view written) {
  bool ascii = true;
  bool upper = false;
  for (char c : written) {
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  if (ascii && !upper) return kAsWritten;
  std::string f;
  if (ascii) {
    f = AsciiLowered(written);
  } else {
    f = FoldCase(written);
    if (f == written) return kAsWritten;
  }
  auto at = static_cast<uint32_t>(folded_.size());
  auto size = static_cast<uint32_t>(f.size());
  folded_.append(reinterpret_cast<const char*>(&size), sizeof size);
  folded_ += f;
  return at;
}

Document::~Document() = default;

const Paragraph* Document::ParagraphAt(size_t offset) const {
  auto it = std::upper_bound(
      paragraphs_.begin(), paragraphs_.end(), offset,
      [](size_t o, const Paragraph& p) { return o < p.range.begin; });
  if (it == paragraphs_.begin()) return nullptr;
  --it;
  return offset < it->range.end ? &*it : nullptr;
}

}  // namespace mtlint
