#pragma once

#include <cstdint>
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
      : doc_(doc), values_(doc.type_count()), known_(doc.type_count()) {}

  // The answer for token `i`: compute() the first time for its type.
  template <typename Compute>
  T operator()(uint32_t i, Compute compute) {
    uint32_t type = doc_.TypeOf(i);
    if (!known_[type]) {
      values_[type] = compute();
      known_[type] = true;
    }
    return values_[type];
  }

 private:
  const Document& doc_;
  std::vector<T> values_;
  std::vector<bool> known_;
};

}  // namespace mtlint
