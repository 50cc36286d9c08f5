#include "dict/listed_speller.h"

namespace mtlint {

ListedSpeller::ListedSpeller(std::string hunspell_base, SortedWords known,
                             std::vector<std::string> accepted)
    : hunspell_base_(std::move(hunspell_base)),
      known_(std::move(known)),
      accepted_(std::move(accepted)) {
  for (const std::string& w : accepted_) known_.Add(w);
  known_.Seal();
}

bool ListedSpeller::IsCorrect(std::string_view word) const {
  return known_.Has(word) || Hunspell().IsCorrect(word);
}

std::vector<std::string> ListedSpeller::Suggest(std::string_view word) const {
  return Hunspell().Suggest(word);
}

const HunspellSpeller& ListedSpeller::Hunspell() const {
  std::call_once(hunspell_once_, [this] {
    auto speller = std::make_unique<HunspellSpeller>(hunspell_base_);
    speller->AddWords(accepted_);
    hunspell_ = std::move(speller);
  });
  return *hunspell_;
}

}  // namespace mtlint
