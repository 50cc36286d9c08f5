#pragma once

#include <cstddef>
#include <string_view>

#include "core/flat_string_table.h"

namespace mtlint {

// The answers of a question about a word that never changes its answer
// (is it spelt right, is it a known name), remembered across the documents
// of a run: the same words recur through an article and an archive. It is
// emptied when it grows past a bound, so memory follows the bound, not the
// archive. Not thread-safe: each thread's checks keep their own.
template <typename Answer>
class WordAnswers {
 public:
  template <typename Ask>
  Answer Get(std::string_view word, Ask ask) {
    auto it = answers_.find(word);
    if (it != answers_.end()) return it->second;
    if (answers_.size() >= kMaxRemembered) answers_.clear();
    Answer answer = ask();
    answers_.emplace(word, answer);
    return answer;
  }

 private:
  static constexpr size_t kMaxRemembered = 1 << 16;
  StringMap<Answer> answers_;
};

}  // namespace mtlint
