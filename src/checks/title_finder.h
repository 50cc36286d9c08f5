#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/document.h"
#include "dict/names.h"

namespace mtlint {

// A title phrase found before a name, and its rank (dictionaries/names/
// titles.tsv).
struct Title {
  ByteRange range;
  std::string rank;
};

// Lowercase, with white space folded to single spaces: how titles.tsv
// spells phrases.
std::string TitlePhrase(std::string_view s);

// A role of a dictionary title: its rank and its phrase in the
// dictionary's casing ("Executive Vice Minister" of "Executive Vice
// Minister of Foreign Affairs").
struct TitleRole {
  std::string rank;
  std::string phrase;
};

// The roles of a dictionary title, which may hold several ("Chairman and
// CEO", "Deputy Prime Minister and Minister of Foreign Affairs"): for
// each, the longest title phrase that begins it. Roles with no known
// phrase are left out.
std::vector<TitleRole> DictionaryTitleRoles(const NameData& names,
                                            std::string_view title);

// Finds the title that stands right before a name.
class TitleFinder {
 public:
  TitleFinder(const Document& doc, const NameData& names)
      : doc_(doc), tokens_(doc.tokens()), names_(names) {}

  // The title right before the name starting at token `name` of sentence
  // `s`: "the Chinese vice president, He Lifeng". With `qualified`,
  // qualifiers starting with "of" may stand between title and name: "the
  // Undersecretary of State of the United States, Christopher Landau".
  std::optional<Title> Before(const Sentence& s, uint32_t name,
                              bool qualified) const;
  // The title in apposition after a name ending before token `name_end`:
  // "Christopher Landau, the deputy secretary of state". Not when another
  // name follows the phrase ("Landau, Secretary Rubio and ...").
  std::optional<Title> After(const Sentence& s, uint32_t name_end) const;

 private:
  bool ValidQualifier(uint32_t begin, uint32_t end) const;
  // False when no title phrase can end with token `last`.
  bool MayEndTitle(uint32_t last) const;

  const Document& doc_;
  const std::vector<Token>& tokens_;
  const NameData& names_;
};

}  // namespace mtlint
