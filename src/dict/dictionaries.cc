#include "dict/dictionaries.h"

#include <algorithm>
#include <future>

#include "dict/async_speller.h"
#include "dict/data_dir.h"
#include "dict/hunspell_speller.h"
#include "dict/word_list.h"
#include "text/segmenter.h"

namespace mtlint {
namespace {

// words/accept*.txt of every directory, in order.
std::vector<std::string> AcceptedWords(
    const std::vector<std::filesystem::path>& dirs) {
  namespace fs = std::filesystem;
  std::vector<std::string> words;
  for (const fs::path& dir : dirs) {
    std::vector<fs::path> lists;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir / "words", ec)) {
      std::string name = entry.path().filename().string();
      if (name.rfind("accept", 0) == 0 && entry.path().extension() == ".txt") {
        lists.push_back(entry.path());
      }
    }
    std::sort(lists.begin(), lists.end());
    for (const fs::path& list : lists) {
      std::vector<std::string> more = ReadWordList(list);
      words.insert(words.end(), more.begin(), more.end());
    }
  }
  return words;
}

}  // namespace

Dictionaries::Dictionaries(DictionaryOptions options)
    : options_(std::move(options)) {}

Dictionaries::~Dictionaries() = default;

const Speller& Dictionaries::speller() const {
  std::call_once(speller_once_, [this] {
    // Errors that name a file surface here, at start-up; the slow load
    // itself runs in the background.
    HunspellSpeller::CheckFiles(options_.hunspell_base);
    std::vector<std::string> accepted = AcceptedWords(options_.dirs);
    speller_ = std::make_unique<AsyncSpeller>(std::async(
        std::launch::async,
        [base = options_.hunspell_base,
         accepted = std::move(accepted)]() -> std::unique_ptr<Speller> {
          auto speller = std::make_unique<HunspellSpeller>(base);
          speller->AddWords(accepted);
          return speller;
        }));
  });
  return *speller_;
}

const NameData& Dictionaries::names() const {
  std::call_once(names_once_,
                 [this] { names_ = std::make_unique<NameData>(options_.dirs); });
  return *names_;
}

const GrammarLists& Dictionaries::grammar() const {
  std::call_once(grammar_once_, [this] {
    grammar_ = std::make_unique<GrammarLists>(GrammarLists::Read(options_.dirs));
  });
  return *grammar_;
}

const CalqueIndex& Dictionaries::calques() const {
  std::call_once(calques_once_, [this] {
    Segmenter segmenter;
    calques_ = std::make_unique<CalqueIndex>(options_.dirs, segmenter);
  });
  return *calques_;
}

DictionaryOptions DefaultDictionaryOptions(
    const std::vector<std::string>& user_dirs, const std::string& dict_path) {
  DictionaryOptions options;
  if (!dict_path.empty()) options.hunspell_base = dict_path;
  options.dirs.push_back(ShippedDictionaryDir());
  options.dirs.insert(options.dirs.end(), user_dirs.begin(), user_dirs.end());
  return options;
}

}  // namespace mtlint
