#include "core/string_numbers.h"

#include "core/string_hash.h"

namespace mtlint {

std::pair<uint32_t, bool> StringNumbers::Number(std::string_view s) {
  if (2 * (strings_.size() + 1) > slots_.size()) Grow();
  auto hash = static_cast<uint32_t>(StringHash{}(s));
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.number == kEmpty) {
      slot = {hash, static_cast<uint32_t>(strings_.size())};
      strings_.push_back(s);
      return {slot.number, true};
    }
    if (slot.hash == hash && strings_[slot.number] == s) {
      return {slot.number, false};
    }
  }
}

void StringNumbers::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{0, kEmpty});
  size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.number == kEmpty) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].number != kEmpty) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace mtlint
