#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/document.h"
#include "checks/check.h"
#include "checks/name_words.h"
#include "checks/title_finder.h"
#include "cross/companions.h"
#include "cross/numbers.h"

namespace mtlint {

// A name in a sentence: tokens [first, end) of two to four capitalised
// words (one after a title), with the title before or after it.
struct NameMention {
  const Sentence* sentence;
  uint32_t first;
  uint32_t end;
  std::optional<Title> title;
};

// The names of a document: runs of capitalised words joined by single
// spaces, with the title standing before them ("Deputy Secretary of State
// Christopher Landau", "the Undersecretary of State of the United States,
// Christopher Landau") or after them ("Christopher Landau, the deputy
// secretary of state"). Runs of more than four words are no name unless a
// title splits them.
std::vector<NameMention> FindNames(const Document& doc, const NameData& names);

// Where a reference says something: "reference.txt:3", and the words.
struct ReferenceQuote {
  std::string where;
  std::string text;
};

// A person of the references and the titles they give.
struct ReferencePerson {
  std::string name;  // "Christopher Landau"
  std::vector<std::string> words;
  struct Titled {
    std::string phrase;  // as written: "Deputy Secretary of State"
    std::string rank;    // titles.tsv: "deputy-secretary"
    ReferenceQuote quote;
  };
  std::vector<Titled> titles;
};

// A number of a reference with what stands around it.
struct ReferenceNumber {
  NumberMention number;
  std::string written;  // "$5.5 billion"
  NumberContext context;
  ReferenceQuote quote;
};

// A word of the article that a reference spells otherwise.
struct Respelling {
  ByteRange range;       // the word in the article
  std::string spelling;  // "Landau"
  std::string name;      // the reference name it belongs to
  std::string where;     // "reference.txt:1"
};

// A title the article gives a person of the references who has another
// there.
struct TitleConflict {
  ByteRange range;  // the article's title
  std::string rank;
  const ReferencePerson* person;
};

// What the references of a run say about the story, read with the
// dictionaries' title phrases and word lists: a dictionary for this run,
// ranked above the shipped ones.
class ReferenceFacts {
 public:
  ReferenceFacts(const Companions& companions, const NameData& names,
                 const Speller& speller);

  const std::vector<ReferencePerson>& people() const { return people_; }
  const std::vector<ReferenceNumber>& numbers() const { return numbers_; }
  // A person by full name, or by a name of one word that is the family
  // name of exactly one person ("Landau", "Ma" of "Ma Zhaoxu").
  const ReferencePerson* FindPerson(std::string_view name) const;
  // Whether the references write this word, as a name.
  bool IsSpelling(std::string_view word) const {
    return spellings_.count(std::string(word)) != 0;
  }

  // The names of `doc` that the references spell otherwise: a word of a
  // full name whose other words agree ("Ma Zhaoxiu" for "Ma Zhaoxu"), or a
  // name-like word no dictionary knows that is one or two edits from one
  // reference spelling. In document order.
  std::vector<Respelling> FindRespellings(const Document& doc) const;
  // The titles of `doc` whose rank differs from every title the references
  // give the same person.
  std::vector<TitleConflict> FindTitleConflicts(const Document& doc) const;

 private:
  struct Spelling {
    std::string name;
    std::string where;
  };
  struct FullName {
    std::vector<std::string> words;
    std::string where;
  };
  void AddPerson(const NameMention& m, const CompanionText& text);

  const NameData& names_;
  const Speller& speller_;
  NameWords words_;
  std::vector<ReferencePerson> people_;
  std::vector<FullName> full_names_;
  std::map<std::string, Spelling, std::less<>> spellings_;
  std::vector<ReferenceNumber> numbers_;
};

// Whether `range` overlaps one of the respellings: the shipped
// dictionaries' checks leave such a word to reference-name.
bool Respelled(const std::vector<Respelling>& respellings, ByteRange range);

// What the references say, for a check that reads it when reference check
// `id` runs (itself, or the one a shipped dictionary's check leaves
// findings to): null without a reference or when `id` is disabled.
std::unique_ptr<ReferenceFacts> ReferenceFactsFor(const CheckContext& context,
                                                  std::string_view id);

}  // namespace mtlint
