#include "engine/fix_planner.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <tuple>

namespace mtlint {
namespace {

struct Candidate {
  Diagnostic* diagnostic;
  const Fix* fix;
  ByteRange span;  // from the first byte any edit touches to the last
};

bool CandidateLess(const Candidate& a, const Candidate& b) {
  auto key = [](const Candidate& c) {
    return std::tie(c.span.begin, c.span.end, c.diagnostic->check);
  };
  if (key(a) != key(b)) return key(a) < key(b);
  return DiagnosticLess(*a.diagnostic, *b.diagnostic);
}

}  // namespace

const Fix* ChooseFix(const Diagnostic& d, FixMode mode) {
  auto it = std::find_if(d.fixes.begin(), d.fixes.end(), [&](const Fix& f) {
    return f.safe || mode == FixMode::kUnsafe;
  });
  return it == d.fixes.end() || it->edits.empty() ? nullptr : &*it;
}

ByteRange FixSpan(const Fix& fix) {
  ByteRange span = fix.edits.front().range;
  for (const Edit& e : fix.edits) {
    span.begin = std::min(span.begin, e.range.begin);
    span.end = std::max(span.end, e.range.end);
  }
  return span;
}

FixSet PlanFixes(std::vector<Diagnostic>* diagnostics, FixMode mode) {
  std::vector<Candidate> candidates;
  for (Diagnostic& d : *diagnostics) {
    if (const Fix* fix = ChooseFix(d, mode)) {
      candidates.push_back({&d, fix, FixSpan(*fix)});
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), CandidateLess);
  FixSet plan;
  std::vector<std::string_view> checks;  // of each accepted fix
  for (const Candidate& c : candidates) {
    if (std::optional<size_t> other = plan.FindConflict(*c.fix)) {
      c.diagnostic->notes.push_back(fmt::format(
          "fix not applied: overlaps a fix from {}", checks[*other]));
    } else if (plan.Add(*c.fix)) {
      checks.push_back(c.diagnostic->check);
    } else {
      c.diagnostic->notes.push_back(
          "fix not applied: its edits overlap each other");
    }
  }
  return plan;
}

}  // namespace mtlint
