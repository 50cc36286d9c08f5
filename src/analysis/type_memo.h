#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/document.h"

namespace mtlint {

// A check's answer for each token type of a document (Document::TypeOf),
// computed the first time a token of that type asks: dictionaries are
// looked up once per distinct word of an article, not once per
// occurrence. `T` must be cheap to copy.
template <typename T>
class TypeMemo {
 public:
  explicit TypeMemo(const Document& doc)
      : doc_(doc), values_(doc.type_count()) {}

  // The answer for token `i`: compute() the first time for its type.
  template <typename Compute>
  T operator()(uint32_t i, Compute compute) {
    // Whether the answer is known and the answer share one load: checks
    // ask for every token.
    std::optional<T>& value = values_[doc_.TypeOf(i)];
    if (!value) value = compute();
    return *value;
  }

 private:
  const Document& doc_;
  std::vector<std::optional<T>> values_;
};

}  // namespace mtlint
