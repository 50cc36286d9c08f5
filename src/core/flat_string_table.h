#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/string_hash.h"

namespace mtlint {

// A hash table of strings (Entry is std::string or std::string_view) or of
// string-keyed pairs (std::pair<std::string, Value>), looked up with a
// string_view. The entries sit in a vector in the order they were added,
// which is the order of iteration, and an open-addressing table of
// (hash, index) slots kept at most half full points into it: a lookup,
// found or not, mostly reads one slot and at most one entry, where
// std::unordered_map walks a bucket's chain of nodes. Adding an entry may
// move the others: references into the table last until the next insert.
template <typename Entry>
class FlatStringTable {
 public:
  using iterator = typename std::vector<Entry>::iterator;
  using const_iterator = typename std::vector<Entry>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    slots_.clear();
  }

  iterator find(std::string_view key) {
    return begin() + static_cast<std::ptrdiff_t>(IndexOf(key, Hash(key)));
  }
  const_iterator find(std::string_view key) const {
    return begin() + static_cast<std::ptrdiff_t>(IndexOf(key, Hash(key)));
  }
  bool contains(std::string_view key) const {
    return IndexOf(key, Hash(key)) != size();
  }

  // Adds `entry` unless an entry has its key: that entry, and whether it
  // is the one added.
  std::pair<iterator, bool> insert(Entry entry) {
    std::string_view key = KeyOf(entry);
    uint32_t hash = Hash(key);
    if (size_t at = IndexOf(key, hash); at != size()) {
      return {begin() + static_cast<std::ptrdiff_t>(at), false};
    }
    if (2 * (size() + 1) > slots_.size()) Grow();
    Place({hash, static_cast<uint32_t>(size())});
    entries_.push_back(std::move(entry));
    return {end() - 1, true};
  }
  template <typename... Args>
  std::pair<iterator, bool> emplace(Args&&... args) {
    return insert(Entry(std::forward<Args>(args)...));
  }

  // Maps: the value of `key`, added with its arguments or value-initialised
  // when the key is new.
  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    if (iterator it = find(key); it != end()) return {it, false};
    return insert(Entry(std::piecewise_construct, std::forward_as_tuple(key),
                        std::forward_as_tuple(std::forward<Args>(args)...)));
  }
  auto& operator[](std::string_view key) {
    return try_emplace(key).first->second;
  }

 private:
  struct Slot {
    uint32_t hash;
    uint32_t index;  // into entries_; kEmpty: none
  };
  static constexpr uint32_t kEmpty = UINT32_MAX;

  static std::string_view KeyOf(const Entry& e) {
    if constexpr (std::is_convertible_v<const Entry&, std::string_view>) {
      return e;
    } else {
      return e.first;
    }
  }
  static uint32_t Hash(std::string_view key) {
    return static_cast<uint32_t>(StringHash{}(key));
  }

  // The index of the entry whose key is `key`, or size().
  size_t IndexOf(std::string_view key, uint32_t hash) const {
    if (slots_.empty()) return size();
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.index == kEmpty) return size();
      if (s.hash == hash && SameString(KeyOf(entries_[s.index]), key)) {
        return s.index;
      }
    }
  }

  void Place(Slot slot) {
    size_t mask = slots_.size() - 1;
    size_t i = slot.hash & mask;
    while (slots_[i].index != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{0, kEmpty});
    for (const Slot& s : old) {
      if (s.index != kEmpty) Place(s);
    }
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
};

template <typename Value>
using StringMap = FlatStringTable<std::pair<std::string, Value>>;
using StringSet = FlatStringTable<std::string>;

}  // namespace mtlint
