#include "dict/dictionaries.h"

#include <algorithm>

#include "dict/data_dir.h"
#include "dict/data_files.h"
#include "dict/hunspell_speller.h"
#include "dict/listed_speller.h"
#include "dict/word_list.h"
#include "text/segmenter.h"
#include "text/unicode.h"

namespace mtlint {
namespace {

// words/`prefix`*.txt of every directory, in order, then `more`.
std::vector<std::string> ListedWords(
    const std::vector<std::filesystem::path>& dirs, std::string_view prefix,
    const std::vector<std::string>& more) {
  namespace fs = std::filesystem;
  std::vector<std::string> words;
  for (const fs::path& dir : dirs) {
    for (const fs::path& list : DataFiles(dir / "words", prefix, ".txt")) {
      std::vector<std::string> listed = ReadWordList(list);
      words.insert(words.end(), listed.begin(), listed.end());
    }
  }
  words.insert(words.end(), more.begin(), more.end());
  return words;
}

}  // namespace

Dictionaries::Dictionaries(DictionaryOptions options)
    : options_(std::move(options)) {}

Dictionaries::~Dictionaries() = default;

const Speller& Dictionaries::speller() const {
  std::call_once(speller_once_, [this] {
    // A missing dictionary is reported at start-up, though Hunspell itself
    // loads only when a word needs it.
    HunspellSpeller::CheckFiles(options_.hunspell_base);
    // words/known-<dictionary>.txt lists words that dictionary accepts.
    SortedWords known;
    std::string name =
        std::filesystem::path(options_.hunspell_base).filename().string();
    for (const std::filesystem::path& dir : options_.dirs) {
      std::filesystem::path list = dir / "words" / ("known-" + name + ".txt");
      if (std::filesystem::is_regular_file(list)) known.AddList(list);
    }
    speller_ = std::make_unique<ListedSpeller>(
        options_.hunspell_base, std::move(known),
        ListedWords(options_.dirs, "accept", options_.accept));
  });
  return *speller_;
}

const NameData& Dictionaries::names() const {
  std::call_once(names_once_, [this] {
    names_ = std::make_unique<NameData>(options_.dirs, options_.accept);
  });
  return *names_;
}

bool Dictionaries::IsRejected(std::string_view word) const {
  return IsRejected(word, FoldCase(word));
}

bool Dictionaries::IsRejected(std::string_view word,
                              std::string_view folded) const {
  std::call_once(rejected_once_, [this] {
    for (std::string& w :
         ListedWords(options_.dirs, "reject", options_.reject)) {
      rejected_.insert(std::move(w));
    }
  });
  if (rejected_.empty()) return false;
  if (rejected_.count(word) != 0) return true;
  return folded != word && rejected_.count(folded) != 0;
}

const GrammarLists& Dictionaries::grammar() const {
  std::call_once(grammar_once_, [this] {
    grammar_ =
        std::make_unique<GrammarLists>(GrammarLists::Read(options_.dirs));
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
