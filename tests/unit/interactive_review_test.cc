#include "cli/interactive_review.h"

#include <catch2/catch.hpp>
#include <sstream>

using mtlint::ByteRange;
using mtlint::Diagnostic;
using mtlint::Edit;
using mtlint::FileReview;
using mtlint::Fix;
using mtlint::Highlight;

namespace {

// Two sentences with three findings from two checks; the word-repeated and
// spacing findings both offer a fix touching "the the".
const std::string kText =
    "They said the the talks  resumed. The high -level talks went on.\n";

ByteRange Find(std::string_view what) {
  size_t at = kText.find(what);
  REQUIRE(at != std::string::npos);
  return {at, at + what.size()};
}

Fix Replace(std::string label, ByteRange range, std::string replacement,
            bool safe = true) {
  return Fix{std::move(label), {Edit{range, std::move(replacement)}}, safe};
}

Diagnostic Finding(std::string check, ByteRange range, std::string message,
                   std::vector<Fix> fixes) {
  Diagnostic d;
  d.check = std::move(check);
  d.range = range;
  d.message = std::move(message);
  d.fixes = std::move(fixes);
  return d;
}

std::vector<Diagnostic> Findings() {
  ByteRange repeated = Find("the the");
  ByteRange spaces = Find("  ");
  ByteRange hyphen = Find("high -level");
  return {
      Finding("word-repeated", repeated, "word 'the' is repeated",
              {Replace("remove the repeated word",
                       {repeated.begin, repeated.begin + 4}, "")}),
      Finding("spacing", spaces, "2 spaces in a row",
              {Replace("replace with one space", spaces, " "),
               Replace("rewrite the clause", {repeated.begin, spaces.end},
                       "the talks ", false)}),
      Finding("spacing", hyphen, "space before the hyphen",
              {Replace("join as 'high-level'",
                       {hyphen.begin + 4, hyphen.begin + 5}, "")}),
  };
}

struct Session {
  std::string out;
  FileReview review;
  std::string fixed;
};

Session Review(const std::string& answers,
               const std::vector<Diagnostic>& findings = Findings(),
               Highlight highlight = Highlight::kBrackets) {
  std::istringstream in(answers);
  std::ostringstream out;
  mtlint::LineAnswers reader(in);
  mtlint::InteractiveReview review(reader, out, highlight);
  Session s;
  s.review = review.Review("a.txt", kText, findings);
  s.out = out.str();
  s.fixed = s.review.accepted.Apply(kText);
  return s;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("a finding is shown with its sentence, span and fixes",
          "[interactive]") {
  Session s = Review("q\n");
  CHECK(s.out.find("a.txt:1:11: warning: word 'the' is repeated "
                   "[word-repeated]\n") != std::string::npos);
  // Only the sentence, not the one after it.
  CHECK(s.out.find("    They said [[the the]] talks  resumed.\n") !=
        std::string::npos);
  CHECK(s.out.find("  1: remove the repeated word\n") != std::string::npos);
  CHECK(s.out.find("(1/3) apply? [y,n,e,a,d,u,q,?] q\n") != std::string::npos);
  CHECK(s.out.find("high -level") == std::string::npos);
}

TEST_CASE("a fix that needs review is marked", "[interactive]") {
  Session s = Review("n\nq\n");
  CHECK(s.out.find("  2: (review) rewrite the clause\n") != std::string::npos);
  CHECK(s.out.find("(2/3) apply? [y,1-2,n,e,a,d,u,q,?]") != std::string::npos);
}

TEST_CASE("on a terminal the span is in reverse video", "[interactive]") {
  Session s = Review("q\n", Findings(), Highlight::kReverseVideo);
  CHECK(s.out.find("They said \x1b[7mthe the\x1b[27m talks") !=
        std::string::npos);
}

TEST_CASE("y applies, n skips, q keeps what was accepted", "[interactive]") {
  Session s = Review("y\nn\nq\n");
  CHECK(s.fixed ==
        "They said the talks  resumed. The high -level talks went on.\n");
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 1);
  CHECK(s.review.quit);
  CHECK(s.out.find("quit: keeping 1 accepted fix\n") != std::string::npos);
}

TEST_CASE("the end of the answers acts like q", "[interactive]") {
  Session s = Review("y\n");
  CHECK(s.review.quit);
  CHECK(s.review.applied == 1);
  CHECK(s.fixed ==
        "They said the talks  resumed. The high -level talks went on.\n");
}

TEST_CASE("a number chooses that alternative", "[interactive]") {
  Session s = Review("n\n2\nn\n");
  CHECK(s.fixed ==
        "They said the talks resumed. The high -level talks went on.\n");
  CHECK_FALSE(s.review.quit);
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 2);
}

TEST_CASE("a number with no such fix re-prompts", "[interactive]") {
  Session s = Review("3\nn\nq\n");
  CHECK(s.out.find("there is no fix 3\n(1/3) apply?") != std::string::npos);
  CHECK(s.review.skipped == 1);
}

TEST_CASE("e replaces the span with the typed text", "[interactive]") {
  Session s = Review("n\nn\ne\nhigh-level\n");
  CHECK(s.fixed ==
        "They said the the talks  resumed. The high-level talks went on.\n");
  CHECK(s.out.find("replacement for the highlighted text: high-level\n") !=
        std::string::npos);
}

TEST_CASE("e with nothing typed leaves the finding open", "[interactive]") {
  Session s = Review("e\n\nn\nq\n");
  CHECK(s.out.find("nothing typed: the finding is still open\n(1/3)") !=
        std::string::npos);
  CHECK(s.review.skipped == 1);
  CHECK(s.fixed == kText);
}

TEST_CASE("a applies the rest of the check in this file", "[interactive]") {
  Session s = Review("n\na\n");
  CHECK(s.fixed ==
        "They said the the talks resumed. The high-level talks went on.\n");
  CHECK(s.review.applied == 2);
  CHECK(s.review.skipped == 1);
  CHECK(s.out.find("all of spacing in this file: applied 2, skipped 0\n") !=
        std::string::npos);
  CHECK(Count(s.out, "apply?") == 2);  // the third was not asked
}

TEST_CASE("a leaves out a fix that conflicts", "[interactive]") {
  std::vector<Diagnostic> findings = Findings();
  // The second spacing finding now overlaps the first one's fix.
  findings[2].fixes[0] =
      Replace("merge", Find("talks  resumed"), "talks resumed");
  Session s = Review("n\na\n", findings);
  CHECK(s.out.find("applied 1, skipped 1\n") != std::string::npos);
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 2);
}

TEST_CASE("d skips the rest of the check in this file", "[interactive]") {
  Session s = Review("y\nd\n");
  CHECK(s.fixed ==
        "They said the talks  resumed. The high -level talks went on.\n");
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 2);
  CHECK_FALSE(s.review.quit);
  CHECK(s.out.find("none of spacing in this file: applied 0, skipped 2\n") !=
        std::string::npos);
}

TEST_CASE("u takes back the last answer and asks again", "[interactive]") {
  Session s = Review("y\nu\nn\nn\ny\n");
  CHECK(s.fixed ==
        "They said the the talks  resumed. The high-level talks went on.\n");
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 2);
  CHECK(Count(s.out, "(1/3) apply?") == 2);
  CHECK(s.out.find("undone\n") != std::string::npos);
}

TEST_CASE("u takes back a whole a", "[interactive]") {
  std::vector<Diagnostic> findings = Findings();
  findings[2].check = findings[0].check;  // check, other check, check
  Session s = Review("a\nu\nn\nn\nn\n", findings);
  CHECK(s.out.find("all of word-repeated in this file: applied 2, skipped "
                   "0\n\na.txt:1:24:") != std::string::npos);
  CHECK(Count(s.out, "(1/3) apply?") == 2);
  CHECK(s.fixed == kText);
  CHECK(s.review.applied == 0);
  CHECK(s.review.skipped == 3);
}

TEST_CASE("u with nothing to undo re-prompts", "[interactive]") {
  Session s = Review("u\nq\n");
  CHECK(s.out.find("nothing to undo in this file\n(1/3) apply?") !=
        std::string::npos);
}

TEST_CASE("? shows the answers and asks again", "[interactive]") {
  Session s = Review("?\nq\n");
  CHECK(s.out.find("e - type a replacement for the highlighted text\n") !=
        std::string::npos);
  CHECK(Count(s.out, "(1/3) apply?") == 2);
}

TEST_CASE("unknown input re-prompts", "[interactive]") {
  Session s = Review("x\nyes\n\ny\nq\n");
  CHECK(Count(s.out, "unknown answer; ? shows the answers\n") == 3);
  CHECK(Count(s.out, "(1/3) apply?") == 4);
  CHECK(s.review.applied == 1);
}

TEST_CASE("a fix that conflicts with an accepted one is unavailable",
          "[interactive]") {
  // Fix 1 of the first finding removes "the "; fix 2 of the second rewrites
  // "the the talks  ", so it overlaps.
  Session s = Review("y\n2\ny\nq\n");
  CHECK(s.out.find("  2: (unavailable) (review) rewrite the clause\n"
                   "       overlaps the fix accepted for word-repeated at "
                   "1:11\n") != std::string::npos);
  CHECK(s.out.find("fix 2 is unavailable: overlaps the fix accepted for "
                   "word-repeated at 1:11\n(2/3) apply?") != std::string::npos);
  CHECK(s.fixed ==
        "They said the talks resumed. The high -level talks went on.\n");
  // And undoing the first answer makes it available again.
  Session t = Review("y\nu\nn\n2\nq\n");
  CHECK(t.fixed ==
        "They said the talks resumed. The high -level talks went on.\n");
  CHECK(Count(t.out, "(unavailable)") == 1);  // not after the undo
}

TEST_CASE("a typed replacement that conflicts is refused", "[interactive]") {
  std::vector<Diagnostic> findings = Findings();
  findings[1] = Finding("spacing", Find("the the"), "same words", {});
  Session s = Review("y\ne\nthose\nn\nq\n", findings);
  CHECK(s.out.find("the replacement is unavailable: overlaps the fix "
                   "accepted for word-repeated at 1:11\n(2/3) apply?") !=
        std::string::npos);
  CHECK(s.review.applied == 1);
  CHECK(s.review.skipped == 1);
  CHECK(s.fixed ==
        "They said the talks  resumed. The high -level talks went on.\n");
}

TEST_CASE("a finding without a fix can still be answered", "[interactive]") {
  std::vector<Diagnostic> findings = {
      Finding("quote-unbalanced", Find("went"), "no fix here", {})};
  Session s = Review("y\ne\nwent\n", findings);
  CHECK(s.out.find("  no fix offered: e types a replacement\n") !=
        std::string::npos);
  CHECK(s.out.find("(1/1) apply? [n,e,a,d,u,q,?]") != std::string::npos);
  CHECK(s.out.find("no fix offered: e types a replacement, n skips\n") !=
        std::string::npos);
  CHECK(s.review.applied == 1);
  CHECK(s.fixed == kText);  // replaced by the same text
}

TEST_CASE("the summary line", "[interactive]") {
  CHECK(mtlint::ReviewSummaryLine(1, 1, 1) == "applied 1, skipped 1 in 1 file");
  CHECK(mtlint::ReviewSummaryLine(3, 0, 2) ==
        "applied 3, skipped 0 in 2 files");
}

TEST_CASE("review excerpts: sentence, invisible and wide characters",
          "[interactive]") {
  mtlint::ReviewExcerpts brackets(Highlight::kBrackets);
  mtlint::ReviewExcerpts reverse(Highlight::kReverseVideo);
  std::string text =
      "She said \xE2\x80\xAEthe vote. \xE4\xBB\x96\xE8\xAF\xB4 high -level "
      "talks.  Next one.\n";
  brackets.SetText(text);
  reverse.SetText(text);
  size_t bidi = text.find("\xE2\x80\xAE");
  CHECK(brackets.Show({bidi, bidi + 3}) == "She said [[<U+202E>]]the vote.");
  size_t wide = text.find("\xE4\xBB\x96");
  CHECK(brackets.Show({wide, wide + 6}) ==
        "[[\xE4\xBB\x96\xE8\xAF\xB4]] high -level talks.");
  size_t hyphen = text.find(" -level");
  // An insertion point: empty brackets, or the next character reversed.
  CHECK(brackets.Show({hyphen, hyphen}) ==
        "\xE4\xBB\x96\xE8\xAF\xB4 high[[]] -level talks.");
  CHECK(reverse.Show({hyphen, hyphen}) ==
        "\xE4\xBB\x96\xE8\xAF\xB4 high\x1b[7m \x1b[27m-level talks.");
  // Between sentences: the line around the span.
  size_t spaces = text.find("  ");
  CHECK(brackets.Show({spaces, spaces + 2}).find("talks.[[  ]]Next one.") !=
        std::string::npos);
}

TEST_CASE("review excerpts: a long sentence is cut around the span",
          "[interactive]") {
  mtlint::ReviewExcerpts brackets(Highlight::kBrackets);
  std::string text = "First. " + std::string(100, 'a') + " high -level " +
                     std::string(100, 'b') + ". Last.\n";
  brackets.SetText(text);
  size_t at = text.find("high");
  std::string shown = brackets.Show({at, at + 11});
  CHECK(shown.find("[[high -level]]") != std::string::npos);
  CHECK(shown.substr(0, 3) == "...");
  CHECK(shown.substr(shown.size() - 3) == "...");
  CHECK(shown.find("First") == std::string::npos);
}
