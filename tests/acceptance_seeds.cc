// Acceptance over the reference articles in ../shared/seeds: the machine
// translation gets the findings an editor would mark, the clean article gets
// only its one real typo. Exits 77 (skipped) when the folder is absent, as on
// a user's clone.
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "cross/companions.h"
#include "engine/check_selection.h"
#include "engine/inputs.h"
#include "engine/linter.h"

namespace {

int failures = 0;
int checks = 0;

void Expect(bool ok, const std::string& what) {
  ++checks;
  std::cout << (ok ? "ok: " : "FAILED: ") << what << '\n';
  if (!ok) ++failures;
}

// Whether a diagnostic of `check` covers the n-th (0-based) occurrence of
// `needle`, at byte `within` of it.
bool Flagged(const std::string& text,
             const std::vector<mtlint::Diagnostic>& diagnostics,
             std::string_view check, std::string_view needle, size_t n = 0,
             size_t within = 0) {
  size_t at = text.find(needle);
  for (size_t i = 0; i < n && at != std::string::npos; ++i) {
    at = text.find(needle, at + 1);
  }
  if (at == std::string::npos) return false;
  size_t point = at + within;
  for (const mtlint::Diagnostic& d : diagnostics) {
    if (d.check == check && d.range.begin <= point && point < d.range.end) {
      return true;
    }
  }
  return false;
}

// The first suggestion of the diagnostic of `check` that covers `needle`,
// with the text it would produce in place of the diagnostic's range.
std::string FirstSuggestion(const std::string& text,
                            const std::vector<mtlint::Diagnostic>& diagnostics,
                            std::string_view check, std::string_view needle,
                            size_t n = 0) {
  size_t at = text.find(needle);
  for (size_t i = 0; i < n && at != std::string::npos; ++i) {
    at = text.find(needle, at + 1);
  }
  if (at == std::string::npos) return "<text not found>";
  for (const mtlint::Diagnostic& d : diagnostics) {
    if (d.check != check || d.range.begin > at || at >= d.range.end) continue;
    if (d.fixes.empty()) return "<no fix>";
    const mtlint::Edit& e = d.fixes.front().edits.front();
    return e.replacement;
  }
  return "<not flagged>";
}

void ExpectSuggestion(const std::string& text,
                      const std::vector<mtlint::Diagnostic>& diagnostics,
                      std::string_view check, std::string_view needle,
                      std::string_view expected, size_t n = 0) {
  std::string got = FirstSuggestion(text, diagnostics, check, needle, n);
  Expect(got == expected, fmt::format("{} on '{}' suggests '{}' (got '{}')",
                                      check, needle, expected, got));
}

// The machine translation with the reference article as --reference and
// the shipped people list left out (a copy of the shipped dictionaries
// without names/people*.tsv): the reference alone names Landau's title,
// and the article's own spelling Perdue's.
void CheckAgainstReference(const std::filesystem::path& seeds,
                           const std::string& mt) {
  namespace fs = std::filesystem;
  mtlint::DictionaryOptions options = mtlint::DefaultDictionaryOptions({}, "");
  fs::path copy =
      fs::temp_directory_path() /
      fmt::format("mtlint-acceptance-{}", static_cast<long>(getpid()));
  fs::remove_all(copy);
  fs::copy(options.dirs.front(), copy, fs::copy_options::recursive);
  for (const fs::directory_entry& e : fs::directory_iterator(copy / "names")) {
    if (e.path().filename().string().rfind("people", 0) == 0)
      fs::remove(e.path());
  }
  options.dirs = {copy};
  mtlint::Dictionaries dictionaries(options);
  Expect(dictionaries.names().FindPerson("Christopher Landau") == nullptr,
         "without people.tsv no dictionary knows Christopher Landau");

  mtlint::Linter alone(mtlint::CheckSelection::Default(), dictionaries);
  auto without = alone.Lint("mt-article.txt", mt);
  Expect(FirstSuggestion(mt, without, "title-mismatch",
                         "Undersecretary of State") == "<not flagged>",
         "without the reference Landau's title is not flagged");

  mtlint::Companions companions;
  companions.AddReferenceFile((seeds / "reference-article.txt").string());
  mtlint::Linter linter(mtlint::CheckSelection::Default(), dictionaries, {}, {},
                        &companions);
  auto found = linter.Lint("mt-article.txt", mt);
  ExpectSuggestion(mt, found, "reference-title", "Undersecretary of State",
                   "Deputy Secretary of State");
  ExpectSuggestion(mt, found, "reference-title",
                   "Secretary of State of the United States Christopher",
                   "Deputy Secretary of State");
  bool message = false;
  for (const mtlint::Diagnostic& d : found) {
    message = message ||
              d.message ==
                  "the reference calls Christopher Landau 'Deputy Secretary of "
                  "State', not 'Undersecretary of State'";
  }
  Expect(message, "the message names the reference's title");
  ExpectSuggestion(mt, found, "name-variant", "Peredue", "Perdue");
  fs::remove_all(copy);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path seeds = argc > 1 ? argv[1] : "../shared/seeds";
  if (!std::filesystem::exists(seeds / "mt-article.txt")) {
    std::cout << "skipped: " << seeds.string()
              << " is absent (it ships with the project's shared data, not "
                 "with the repository)\n";
    return 77;
  }
  mtlint::Dictionaries dictionaries(mtlint::DefaultDictionaryOptions({}, ""));
  mtlint::Linter linter(mtlint::CheckSelection::Default(), dictionaries);

  std::string mt = mtlint::ReadInput((seeds / "mt-article.txt").string());
  auto found = linter.Lint("mt-article.txt", mt);
  Expect(Flagged(mt, found, "hyphen-spacing", "high -level", 0),
         "first 'high -level'");
  Expect(Flagged(mt, found, "hyphen-spacing", "high -level", 1),
         "second 'high -level'");
  Expect(Flagged(mt, found, "hyphen-spacing", "non -tariff"), "'non -tariff'");
  Expect(Flagged(mt, found, "hyphen-spacing", "on -off"), "'on -off'");
  Expect(Flagged(mt, found, "word-repeated", "user User"), "'user User'");
  Expect(Flagged(mt, found, "quote-unbalanced", "adding that talk \xE2\x80\x9D",
                 0, 17),
         "the stray closing quote after 'adding that talk'");

  // Names and spelling.
  ExpectSuggestion(mt, found, "name-variant", "Peredue", "Perdue");
  Expect(Flagged(mt, found, "name-duplicated", "Donald Trump, Donald Trump"),
         "the repeated 'Donald Trump'");
  ExpectSuggestion(mt, found, "name-garbled", "Yuyuuantian", "Yuyuan Tantian");
  ExpectSuggestion(mt, found, "spelling", "decoup ", "decouple");
  Expect(Flagged(mt, found, "spelling", "unincapable"), "'unincapable'");
  ExpectSuggestion(mt, found, "name-order", "Xinbo Wu", "Wu Xinbo");
  ExpectSuggestion(mt, found, "title-mismatch", "Undersecretary of State",
                   "Deputy Secretary of State");
  ExpectSuggestion(mt, found, "title-mismatch",
                   "Secretary of State of the United States Christopher",
                   "Deputy Secretary of State");
  ExpectSuggestion(mt, found, "title-mismatch", "Executive Vice President",
                   "Executive Vice Minister");
  ExpectSuggestion(mt, found, "title-mismatch", "vice president, He Lifeng",
                   "vice premier");

  // Calques, boilerplate and dropped words.
  for (std::string_view calque :
       {"commercial war", "commercial conversations", "commercial discussion",
        "second mandate", "resolved measures", "exchanged spikes",
        "climatic cooperation", "USA UU.", "University of Fudan"}) {
    Expect(Flagged(mt, found, "calque-phrase", calque),
           fmt::format("calque '{}'", calque));
  }
  Expect(Flagged(mt, found, "calque-phrase", "commercial conversations", 1),
         "the second 'commercial conversations'");
  ExpectSuggestion(mt, found, "calque-phrase", "commercial war", "trade war");
  ExpectSuggestion(mt, found, "calque-phrase", "second mandate", "second term");
  ExpectSuggestion(mt, found, "calque-phrase", "USA UU.", "U.S.");
  ExpectSuggestion(mt, found, "calque-phrase", "University of Fudan",
                   "Fudan University");
  Expect(Flagged(mt, found, "boilerplate-line", "Mauro Pimentel | AFP"),
         "the first photo credit");
  Expect(Flagged(mt, found, "boilerplate-line", "Leah Millis | Reuters"),
         "the second photo credit");
  Expect(Flagged(mt, found, "dropped-ending", "adding that talk"),
         "'adding that talk'");
  Expect(Flagged(mt, found, "dropped-verb", "had with the new"),
         "'Ma had with'");
  ExpectSuggestion(mt, found, "dropped-role", "JPMorgan Chase Jamie Dimon",
                   "CEO ");
  ExpectSuggestion(mt, found, "abbreviation-style", "US ", "U.S.");

  std::string ref =
      mtlint::ReadInput((seeds / "reference-article.txt").string());
  auto clean = linter.Lint("reference-article.txt", ref);
  Expect(Flagged(ref, clean, "quote-marks", "Technologies\xE2\x80\x98", 0, 12),
         "'Technologies\xE2\x80\x98' in the reference article");
  // The reference writes "U.S." but "U.S.-UK": house style wants "U.K.".
  ExpectSuggestion(ref, clean, "abbreviation-style", "UK ", "U.K.");
  size_t boilerplate = 0;
  for (std::string_view line :
       {"See Also:", "Read Next:", "Disclaimer:", "Photo courtesy:",
        "Market News and Data", "\xC2\xA9 2025 Benzinga"}) {
    bool flagged = Flagged(ref, clean, "boilerplate-line", line);
    boilerplate += flagged;
    Expect(flagged, fmt::format("boilerplate line '{}'", line));
  }
  Expect(clean.size() == 2 + boilerplate,
         fmt::format("nothing else in the reference article ({} diagnostics)",
                     clean.size()));

  CheckAgainstReference(seeds, mt);
  std::cout << fmt::format("{} passed, {} failed\n", checks - failures,
                           failures);
  return failures == 0 ? 0 : 1;
}
