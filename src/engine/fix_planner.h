#pragma once

#include <vector>

#include "core/diagnostic.h"
#include "core/fix_set.h"

namespace mtlint {

// Which fixes a run applies: kSafe the first safe fix of each diagnostic,
// kUnsafe its first fix, safe or not (the best alternative).
enum class FixMode { kSafe, kUnsafe };

// The fix of `d` that `mode` applies: its first safe fix (kSafe) or its
// first fix (kUnsafe); null if there is none or it has no edits.
const Fix* ChooseFix(const Diagnostic& d, FixMode mode);

// From the first byte any edit of `fix` touches to the last.
ByteRange FixSpan(const Fix& fix);

// Chooses at most one fix per diagnostic and returns those that can be
// applied together. Fixes are considered by the range their edits span,
// then by check ID, so the plan does not depend on the order in which the
// checks ran or the diagnostics are given; a fix that conflicts with one
// accepted before it is dropped, and its diagnostic gets a note naming the
// check whose fix was taken.
FixSet PlanFixes(std::vector<Diagnostic>* diagnostics, FixMode mode);

}  // namespace mtlint
