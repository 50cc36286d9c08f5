#include "engine/linter.h"

#include <fmt/format.h>

#include <algorithm>

#include "analysis/document.h"
#include "checks/registry.h"
#include "engine/suppressions.h"
#include "markup/markdown.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// "UTF-16" or "UTF-32" when the text opens with that byte order mark.
std::string_view WideEncoding(std::string_view text) {
  if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) ||
      text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) {
    return "UTF-32";
  }
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    return "UTF-16";
  }
  return "";
}

bool IsInvalidByte(const std::vector<ByteRange>& invalid, size_t offset) {
  auto it =
      std::upper_bound(invalid.begin(), invalid.end(), offset,
                       [](size_t o, const ByteRange& r) { return o < r.end; });
  return it != invalid.end() && it->begin <= offset;
}

// Why `fix` must not be applied, or null. Checks are written to leave
// bytes that are not UTF-8 alone (docs/fix.md); this holds them to it, and
// to one thing they cannot see alone: removing what stands between two
// invalid bytes can join them into a character ("\xC3" ZWSP "\xA9" would
// become "é"), every byte kept but not its meaning. A join always needs a
// deletion next to an invalid byte; an insertion of UTF-8 joins nothing.
const char* Refusal(const Fix& fix, std::string_view text,
                    const std::vector<ByteRange>& invalid) {
  for (const Edit& e : fix.edits) {
    auto run = std::upper_bound(
        invalid.begin(), invalid.end(), e.range.begin,
        [](size_t o, const ByteRange& r) { return o < r.end; });
    bool inside =
        run != invalid.end() && (e.range.empty() ? run->begin < e.range.begin
                                                 : run->begin < e.range.end);
    if (inside) return "no fix: it would change bytes that are not UTF-8";
    if (!e.replacement.empty() || e.range.empty()) continue;
    if ((e.range.begin > 0 && IsInvalidByte(invalid, e.range.begin - 1)) ||
        (e.range.end < text.size() && IsInvalidByte(invalid, e.range.end))) {
      return "no fix: deleting these bytes would join the invalid UTF-8 "
             "next to them into a character";
    }
  }
  return nullptr;
}

// Applied to what the checks found, in the bytes of the file (Markdown's
// included, after they are mapped back to them).
void DropFixesOnInvalidBytes(std::string_view text,
                             std::vector<Diagnostic>& found) {
  std::vector<ByteRange> invalid = FindInvalidUtf8(text);
  if (invalid.empty()) return;
  for (Diagnostic& d : found) {
    const char* why = nullptr;
    std::erase_if(d.fixes, [&](const Fix& f) {
      const char* refusal = Refusal(f, text, invalid);
      if (refusal) why = refusal;
      return refusal != nullptr;
    });
    if (why && d.fixes.empty()) d.notes.push_back(why);
  }
}

}  // namespace

Linter::Linter(const CheckSelection& selection,
               const Dictionaries& dictionaries, SeverityOverrides severities,
               const OptionOverrides& options, const Companions* companions)
    : severities_(std::move(severities)),
      report_binary_(selection.Has("encoding-binary")),
      report_suppression_(selection.Has("suppression-comment")) {
  for (const CheckInfo& info : Registry()) {
    if (info.create && selection.Has(info.id)) {
      auto set = options.find(info.id);
      CheckOptions resolved = ResolveOptions(
          info.options, set == options.end() ? nullptr : &set->second);
      checks_.push_back({info.id, info.create({dictionaries, resolved,
                                               companions, &selection})});
    }
  }
}

std::vector<Diagnostic> Linter::Lint(const std::string& path,
                                     std::string_view text) {
  std::vector<Diagnostic> out;
  if (std::string_view encoding = WideEncoding(text); !encoding.empty()) {
    if (report_binary_) {
      DiagnosticSink("encoding-binary", &out)
          .Report(Severity::kError, {0, encoding == "UTF-16" ? 2u : 4u},
                  fmt::format("{} text (byte order mark): mtlint reads UTF-8; "
                              "convert it with iconv -f {} -t UTF-8",
                              encoding, encoding));
    }
    Finish(out);
    return out;
  }
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    if (report_binary_) {
      DiagnosticSink("encoding-binary", &out)
          .Report(
              Severity::kNote, {nul, nul + 1},
              fmt::format("binary file (NUL byte at offset {}): skipped", nul));
    }
    Finish(out);
    return out;
  }
  if (IsMarkdownPath(path)) {
    LintMarkdown(path, text, out);
  } else {
    Run(Document(path, text, segmenter_), out);
  }
  DropFixesOnInvalidBytes(text, out);
  Finish(out);
  return out;
}

void Linter::Run(const Document& doc, std::vector<Diagnostic>& out) const {
  for (const Entry& e : checks_) {
    DiagnosticSink sink(e.id, &out);
    e.check->Run(doc, sink);
  }
}

void Linter::LintMarkdown(const std::string& path, std::string_view text,
                          std::vector<Diagnostic>& out) {
  // The checks read the prose; what they find is moved back to the file's
  // bytes, where the suppression comments are.
  MarkdownView view = ReadMarkdown(text);
  Run(Document(path, view.text, view.paragraphs, segmenter_), out);
  MapToSource(view.map, view.text, text.size(),
              "no fix offered: it would change Markdown markup or a line "
              "break",
              &out);
  Suppressions suppressions(text, view.comments);
  suppressions.Apply(text, &out);
  if (report_suppression_) {
    out.insert(out.end(), suppressions.problems().begin(),
               suppressions.problems().end());
  }
}

void Linter::Finish(std::vector<Diagnostic>& diagnostics) const {
  // Checks pick a severity per finding; a house that overrides it wants
  // the check's every finding at its level, so it is set here, once, and
  // no check needs to know.
  for (Diagnostic& d : diagnostics) {
    auto it = severities_.find(d.check);
    if (it != severities_.end()) d.severity = it->second;
  }
  std::sort(diagnostics.begin(), diagnostics.end(), DiagnosticLess);
}

}  // namespace mtlint
