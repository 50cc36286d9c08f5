#include "fuzz/invariants.h"

#include <cstdio>
#include <cstdlib>

#include "core/fix_set.h"
#include "text/utf8.h"

namespace mtlint::fuzz {
namespace {

// Whether `offset` starts a code point or a byte that is not UTF-8, rather
// than falling inside a well-formed sequence.
bool IsBoundary(std::string_view text, size_t offset) {
  if (offset == 0 || offset >= text.size()) return true;
  // A well-formed sequence is at most 4 bytes: look back that far for one
  // that covers `offset`.
  for (size_t back = 1; back <= 3 && back <= offset; ++back) {
    DecodedCodePoint cp = DecodeUtf8(text, offset - back);
    if (cp.code_point != kInvalidCodePoint && cp.length > back) return false;
  }
  return true;
}

std::string Describe(const Edit& e) {
  return fmt::format("[{}, {}) -> '{}'", e.range.begin, e.range.end,
                     e.replacement);
}

}  // namespace

void Broken(const std::string& message) {
  std::fprintf(stderr, "invariant broken: %s\n", message.c_str());
  std::fflush(stderr);
  std::abort();
}

void RequireOrderedEdits(size_t size, const std::vector<Edit>& edits,
                         std::string_view what) {
  for (size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    Require(e.range.begin <= e.range.end && e.range.end <= size,
            "{}: edit {} outside the text of {} bytes", what, Describe(e),
            size);
    if (i == 0) continue;
    // Sorted and apart: each edit ends where the next begins at the latest,
    // and no two insertions share an offset.
    const Edit& before = edits[i - 1];
    Require(before.range.end <= e.range.begin && !EditsConflict(before, e),
            "{}: edits {} and {} overlap or are unsorted", what,
            Describe(before), Describe(e));
  }
}

void RequireEditsKeepEncoding(std::string_view text,
                              const std::vector<Edit>& edits,
                              std::string_view what) {
  std::vector<ByteRange> invalid = FindInvalidUtf8(text);
  for (const Edit& e : edits) {
    Require(FindInvalidUtf8(e.replacement).empty(),
            "{}: edit {} inserts bytes that are not UTF-8", what, Describe(e));
    Require(IsBoundary(text, e.range.begin) && IsBoundary(text, e.range.end),
            "{}: edit {} cuts a UTF-8 sequence", what, Describe(e));
    for (const ByteRange& bad : invalid) {
      Require(!bad.Overlaps(e.range),
              "{}: edit {} touches the invalid bytes [{}, {})", what,
              Describe(e), bad.begin, bad.end);
    }
  }
}

void RequireAppliedExactly(std::string_view text,
                           const std::vector<Edit>& edits,
                           std::string_view result, std::string_view what) {
  size_t in = 0;   // in `text`
  size_t out = 0;  // in `result`
  auto same = [&](size_t n) {
    Require(
        out + n <= result.size() && result.substr(out, n) == text.substr(in, n),
        "{}: bytes [{}, {}) outside the edits changed", what, in, in + n);
    in += n;
    out += n;
  };
  for (const Edit& e : edits) {
    same(e.range.begin - in);
    Require(result.substr(out, e.replacement.size()) == e.replacement,
            "{}: edit {} not applied as given", what, Describe(e));
    out += e.replacement.size();
    in = e.range.end;
  }
  same(text.size() - in);
  Require(out == result.size(), "{}: {} bytes more than the edits make", what,
          result.size() - out);
}

void RequireSameDiagnostics(const std::vector<Diagnostic>& a,
                            const std::vector<Diagnostic>& b) {
  Require(a.size() == b.size(), "linting twice: {} then {} diagnostics",
          a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    bool same = a[i].check == b[i].check && a[i].range == b[i].range &&
                a[i].message == b[i].message &&
                a[i].severity == b[i].severity &&
                a[i].fixes.size() == b[i].fixes.size();
    for (size_t f = 0; same && f < a[i].fixes.size(); ++f) {
      same = a[i].fixes[f].edits == b[i].fixes[f].edits &&
             a[i].fixes[f].safe == b[i].fixes[f].safe;
    }
    Require(same,
            "linting twice: diagnostic {} differs: '{}' [{}] then '{}' [{}]", i,
            a[i].message, a[i].check, b[i].message, b[i].check);
  }
}

void RequireWellFormed(std::string_view text,
                       const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    std::string what = fmt::format("[{}] '{}'", d.check, d.message);
    Require(!d.check.empty(), "a diagnostic without a check: '{}'", d.message);
    Require(d.range.begin <= d.range.end && d.range.end <= text.size(),
            "{}: range [{}, {}) outside the text of {} bytes", what,
            d.range.begin, d.range.end, text.size());
    for (const Fix& f : d.fixes) {
      RequireOrderedEdits(text.size(), f.edits, what);
      RequireEditsKeepEncoding(text, f.edits, what);
    }
  }
}

}  // namespace mtlint::fuzz
