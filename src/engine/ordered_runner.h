#pragma once

#include <cstddef>
#include <functional>

namespace mtlint {

// What a work item hands back to be done on the calling thread, in order:
// printing its diagnostics, its errors, its diff.
using Emit = std::function<void()>;

// Runs work(i, worker) for i in [0, count) on `jobs` threads (worker in
// [0, jobs)), and runs each returned Emit on the calling thread in the
// order of i, as soon as it and every one before it are done. So output is
// the same for any `jobs`, and streams. Workers stay at most `window` items
// ahead of the output, which bounds the memory held by finished items.
// With jobs <= 1 everything runs on the calling thread. An exception from
// `work` is rethrown on the calling thread in its item's place, after the
// items before it were emitted; the workers are stopped first.
// `after_emit` (optional) runs on the calling thread after each Emit.
void RunInOrder(size_t count, size_t jobs, size_t window,
                const std::function<Emit(size_t i, size_t worker)>& work,
                const std::function<void()>& after_emit = nullptr);

}  // namespace mtlint
