#include "dict/grammar.h"

#include <algorithm>
#include <utility>

#include "dict/data_files.h"
#include "dict/word_list.h"

namespace mtlint {
namespace fs = std::filesystem;

GrammarLists GrammarLists::Read(const std::vector<fs::path>& dirs) {
  GrammarLists lists;
  const std::pair<std::string_view, WordSet*> files[] = {
      {"articles-possessives", &lists.determiners},
      {"prepositions", &lists.prepositions},
      {"auxiliaries", &lists.auxiliaries},
      {"have-forms", &lists.have_forms},
      {"slot-prepositions", &lists.slot_prepositions},
      {"subject-pronouns", &lists.subject_pronouns},
      {"reporting-verbs", &lists.reporting_verbs},
      {"closing-words", &lists.closing_words},
      {"hyphen-prefixes", &lists.hyphen_prefixes},
      {"hyphen-capitalised", &lists.hyphen_capitalised},
  };
  for (const fs::path& dir : dirs) {
    for (const fs::path& path : DataFiles(dir / "grammar", "", ".txt")) {
      std::string name = path.stem().string();
      for (const auto& [prefix, set] : files) {
        // "prepositions-house" extends "prepositions"; "slot-prepositions"
        // is a list of its own.
        if (name == prefix || name.rfind(std::string(prefix) + "-", 0) == 0) {
          for (std::string& w : ReadWordList(path)) set->Add(std::move(w));
        }
      }
    }
  }
  return lists;
}

}  // namespace mtlint
