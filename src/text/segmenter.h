#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "text/token.h"

namespace mtlint {

// ICU sentence and word segmentation over UTF-8 with byte-offset boundaries
// (utext_openUTF8). Holds ICU iterators: one per thread.
class Segmenter {
 public:
  // Whether the fast paths answer where they apply, with ICU elsewhere
  // (text/latin_word_breaker.h, text/sentence_breaks.h), or ICU alone:
  // tests hold the two to the same output.
  enum class Engine { kFastPaths, kIcuOnly };

  explicit Segmenter(Engine engine = Engine::kFastPaths);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // Appends the sentences of text[range], trailing white space trimmed. A
  // line break inside the range is a space, not the end of a sentence: a
  // paragraph is wrapped over several lines in hard-wrapped text and
  // Markdown, and ends where its range ends.
  void Sentences(std::string_view text, ByteRange range,
                 std::vector<ByteRange>* out);
  // Appends the non-space tokens of text[range].
  void Words(std::string_view text, ByteRange range, std::vector<Token>* out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mtlint
