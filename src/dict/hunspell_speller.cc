#include "dict/hunspell_speller.h"

#include <fmt/format.h>

#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <stdexcept>

namespace mtlint {

void HunspellSpeller::CheckFiles(const std::string& base) {
  for (const char* ext : {".aff", ".dic"}) {
    std::string path = base + ext;
    if (!std::filesystem::is_regular_file(path)) {
      throw std::runtime_error(fmt::format(
          "Hunspell dictionary {} not found (install hunspell-en-us, or "
          "give another with --dict-path)",
          path));
    }
  }
}

HunspellSpeller::HunspellSpeller(const std::string& base) {
  CheckFiles(base);
  hunspell_ = std::make_unique<Hunspell>((base + ".aff").c_str(),
                                         (base + ".dic").c_str());
}

HunspellSpeller::~HunspellSpeller() = default;

void HunspellSpeller::AddWords(const std::vector<std::string>& words) {
  std::lock_guard lock(mutex_);
  for (const std::string& w : words) hunspell_->add(w);
  cache_.clear();
  suggestions_.clear();
}

bool HunspellSpeller::IsCorrect(std::string_view word) const {
  std::lock_guard lock(mutex_);
  auto it = cache_.find(word);
  if (it == cache_.end()) {
    std::string key(word);
    bool correct = hunspell_->spell(key);
    it = cache_.emplace(std::move(key), correct).first;
  }
  return it->second;
}

std::vector<std::string> HunspellSpeller::Suggest(std::string_view word) const {
  std::lock_guard lock(mutex_);
  auto [it, inserted] = suggestions_.try_emplace(std::string(word));
  if (inserted) {
    it->second = RankSuggestions(word, hunspell_->suggest(it->first));
  }
  return it->second;
}

}  // namespace mtlint
