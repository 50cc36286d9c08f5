// check and fix over arbitrary bytes, with every check enabled. Besides not
// crashing and not hanging (libFuzzer's -timeout), it asserts:
// - diagnostics and edits lie inside the file; each fix's edits, and the
//   plan of fixes applied together, are sorted and never overlap;
// - edits replace whole code points with UTF-8 and never touch invalid bytes;
// - bytes outside the edits are unchanged;
// - applying the plan and linting again yields no new fix of the same check
//   at the same place, unless that check's fix there was waiting for a
//   conflict to clear (the second repeat of "the the the") or another
//   check's fix next to it made something new (a fix beside the place is
//   another place);
// - FixText's edits turn the input into its text, in either mode;
// - linting the same bytes twice gives the same diagnostics;
// - every formatter copes, and JSON Lines and SARIF output parse as JSON.
// The last byte of the input picks the formatter, the mode of FixText and
// whether the bytes are read as plain text or as Markdown.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/edits.h"
#include "dict/dictionaries.h"
#include "engine/check_selection.h"
#include "engine/fix_planner.h"
#include "engine/fixer.h"
#include "engine/linter.h"
#include "format/formatter.h"
#include "format/unified_diff.h"
#include "fuzz/invariants.h"

namespace mtlint::fuzz {
namespace {

Linter& AllChecks() {
  static Dictionaries dictionaries(DefaultDictionaryOptions({}, ""));
  static Linter linter(SelectChecks({"all"}, {}), dictionaries);
  return linter;
}

// Closed intervals: an insertion at either end of a range touches it.
bool Touch(ByteRange a, ByteRange b) {
  return a.begin <= b.end && b.begin <= a.end;
}

// Whether an edit at `b` is at the place of what an edit made at `a`: the
// two overlap, or one is empty (a deletion's trace, an insertion) and
// touches the other. Fixing the character next to a fix is another place.
bool SamePlace(ByteRange a, ByteRange b) {
  return a.empty() || b.empty() ? Touch(a, b) : a.Overlaps(b);
}

void FixOnce(const std::string& path, std::string_view text,
             const std::vector<Diagnostic>& found, FixMode mode) {
  std::string_view name = mode == FixMode::kSafe ? "safe plan" : "unsafe plan";
  std::vector<Diagnostic> diagnostics = found;
  FixSet plan = PlanFixes(&diagnostics, mode);
  RequireOrderedEdits(text.size(), plan.edits(), name);
  std::string fixed = plan.Apply(text);
  RequireAppliedExactly(text, plan.edits(), fixed, name);
  if (plan.size() == 0) return;

  // Which fixes were applied (all their edits are in the plan), and which
  // were refused for a conflict.
  const std::vector<Edit>& edits = plan.edits();
  auto in_plan = [&](const Fix& fix) {
    for (const Edit& e : fix.edits) {
      if (std::find(edits.begin(), edits.end(), e) == edits.end()) return false;
    }
    return true;
  };
  // Where each edit of the plan begins in `fixed`.
  std::vector<size_t> image_begin;
  ptrdiff_t shift = 0;
  for (const Edit& e : edits) {
    image_begin.push_back(e.range.begin + shift);
    shift += static_cast<ptrdiff_t>(e.replacement.size()) -
             static_cast<ptrdiff_t>(e.range.size());
  }
  std::vector<std::pair<std::string_view, ByteRange>> refused;
  for (const Diagnostic& d : diagnostics) {
    const Fix* fix = ChooseFix(d, mode);
    if (fix && !in_plan(*fix)) refused.emplace_back(d.check, FixSpan(*fix));
  }
  struct Applied {
    std::string_view check;
    ByteRange image;       // in `fixed`
    bool waiting = false;  // a fix of the same check was refused there
  };
  std::vector<Applied> applied;
  for (const Diagnostic& d : diagnostics) {
    const Fix* fix = ChooseFix(d, mode);
    if (!fix || !in_plan(*fix)) continue;
    bool waiting = false;
    for (const auto& [check, span] : refused) {
      waiting = waiting || (check == d.check && Touch(span, FixSpan(*fix)));
    }
    for (const Edit& e : fix->edits) {
      size_t begin =
          image_begin[std::find(edits.begin(), edits.end(), e) - edits.begin()];
      applied.push_back(
          {d.check, {begin, begin + e.replacement.size()}, waiting});
    }
  }

  std::vector<Diagnostic> again = AllChecks().Lint(path, fixed);
  RequireWellFormed(fixed, again);
  for (const Diagnostic& d : again) {
    const Fix* fix = ChooseFix(d, mode);
    if (!fix) continue;
    // Fixes of two checks can together make something new for either
    // (a mojibake repair next to a spelling fix joins a new word): only a
    // check meeting its own fix alone is refixing it.
    bool interacts = false;
    for (const Applied& a : applied) {
      interacts = interacts ||
                  (a.check != d.check &&
                   (Touch(a.image, d.range) || Touch(a.image, FixSpan(*fix))));
    }
    if (interacts) continue;
    for (const Applied& a : applied) {
      if (a.check != d.check || a.waiting) continue;
      for (const Edit& e : fix->edits) {
        Require(!SamePlace(a.image, e.range),
                "{}: after fixing, {} fixes again at [{}, {}) what its fix "
                "made at [{}, {}): '{}'",
                name, d.check, e.range.begin, e.range.end, a.image.begin,
                a.image.end, d.message);
      }
    }
  }
}

void Format(const std::string& path, std::string_view text,
            const std::vector<Diagnostic>& found, const std::string& name) {
  std::ostringstream out;
  std::unique_ptr<Formatter> formatter = MakeFormatter(
      name, out, name == "human" ? Color::kAlways : Color::kNever);
  formatter->File(path, text, found);
  formatter->Finish(RunSummary{1, text.size(), {}, 0});
  std::string printed = out.str();
  if (name == "jsonl") {
    std::istringstream lines(printed);
    for (std::string line; std::getline(lines, line);) {
      Require(nlohmann::json::accept(line), "jsonl: not JSON: {}", line);
    }
  } else if (name == "sarif") {
    Require(nlohmann::json::accept(printed), "sarif: not JSON");
  }
}

void FixFully(const std::string& path, std::string_view text, FixMode mode) {
  FixResult result = FixText(AllChecks(), path, text, mode);
  RequireOrderedEdits(text.size(), result.edits, "FixText");
  RequireAppliedExactly(text, result.edits, result.text, "FixText");
  RequireWellFormed(result.text, result.left);
  UnifiedDiff(path, text, result.edits);
}

}  // namespace
}  // namespace mtlint::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mtlint;
  using namespace mtlint::fuzz;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // One formatter, one mode of FixText and one reading per input, picked by
  // its last byte, so that each input costs less and more inputs are tried.
  unsigned pick = size == 0 ? 0 : data[size - 1];
  const std::string path = pick & 0x40 ? "fuzz.md" : "fuzz.txt";
  std::vector<Diagnostic> found = AllChecks().Lint(path, text);
  RequireWellFormed(text, found);
  RequireSameDiagnostics(found, AllChecks().Lint(path, text));
  const std::vector<std::string>& formats = FormatterNames();
  Format(path, text, found, formats[pick % formats.size()]);
  FixOnce(path, text, found, FixMode::kSafe);
  FixOnce(path, text, found, FixMode::kUnsafe);
  FixFully(path, text, pick & 0x80 ? FixMode::kUnsafe : FixMode::kSafe);
  return 0;
}
