#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace mtlint {

// Numbers distinct strings 0, 1, 2... in the order they are first given.
// An open-addressing table of (hash, number) pairs kept at most half full:
// one probe finds most strings, with no allocation per string, which is
// what a document's token types need (tens of thousands of tokens, a few
// thousand types). The strings must outlive the table.
class StringNumbers {
 public:
  // The number of `s`, and whether `s` is new.
  std::pair<uint32_t, bool> Number(std::string_view s);

  size_t size() const { return strings_.size(); }

 private:
  struct Slot {
    uint32_t hash;
    uint32_t number;  // kEmpty: none
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  void Grow();

  std::vector<Slot> slots_;
  std::vector<std::string_view> strings_;
};

}  // namespace mtlint
