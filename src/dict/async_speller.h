#pragma once

#include <future>
#include <memory>
#include <string>
#include <vector>

#include "dict/speller.h"

namespace mtlint {

// A speller loaded on another thread: Hunspell takes about as long to load
// as everything else mtlint does at start-up, so it loads while the name
// lists do. The first lookup waits for it.
class AsyncSpeller : public Speller {
 public:
  explicit AsyncSpeller(std::future<std::unique_ptr<Speller>> loading)
      : loading_(std::move(loading)) {}

  bool IsCorrect(std::string_view word) const override {
    return Get().IsCorrect(word);
  }
  std::vector<std::string> Suggest(std::string_view word) const override {
    return Get().Suggest(word);
  }

 private:
  const Speller& Get() const { return *loading_.get(); }

  std::shared_future<std::unique_ptr<Speller>> loading_;
};

}  // namespace mtlint
