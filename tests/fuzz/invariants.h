#pragma once

// The properties every fuzz target asserts (docs/robustness.md). A broken
// property prints what broke and aborts, which libFuzzer reports as a crash
// and saves the input for.

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint::fuzz {

// Prints "invariant broken: MESSAGE" and aborts.
[[noreturn]] void Broken(const std::string& message);

template <typename... Args>
void Require(bool condition, fmt::format_string<Args...> format,
             Args&&... args) {
  if (!condition) Broken(fmt::format(format, std::forward<Args>(args)...));
}

// `edits` (of one fix or one plan) lie inside a text of `size` bytes, are
// sorted and neither overlap nor insert twice at one offset.
void RequireOrderedEdits(size_t size, const std::vector<Edit>& edits,
                         std::string_view what);

// Each edit replaces whole code points of `text` with valid UTF-8 and keeps
// clear of the bytes that are not UTF-8 (docs/fix.md, What is preserved).
void RequireEditsKeepEncoding(std::string_view text,
                              const std::vector<Edit>& edits,
                              std::string_view what);

// `result` is `text` with `edits` applied and every other byte as it was:
// checked piece by piece, not by calling ApplyEdits.
void RequireAppliedExactly(std::string_view text,
                           const std::vector<Edit>& edits,
                           std::string_view result, std::string_view what);

// Two lint runs of one text gave the same diagnostics.
void RequireSameDiagnostics(const std::vector<Diagnostic>& a,
                            const std::vector<Diagnostic>& b);

// Ranges of diagnostics and fixes inside the text; every fix's edits
// ordered and keeping the encoding.
void RequireWellFormed(std::string_view text,
                       const std::vector<Diagnostic>& diagnostics);

}  // namespace mtlint::fuzz
