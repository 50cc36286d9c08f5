#include "checks/script_foreign.h"

#include <fmt/format.h>

#include <algorithm>

#include "cross/companions.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

struct ScriptRun {
  int script;  // the family, which joins Han with kana and Hangul
  int first_script;
  ByteRange range;
  size_t letters = 0;
  size_t longest_word = 0;  // most letters with nothing between them
};

// Greek letters stand alone in English for science and finance ("β", "Δ",
// "the α, β and γ coefficients"): only a word of them is a fragment.
size_t MinimumWordLetters(int family) {
  return ScriptName(family) == "Greek" ? 2 : 1;
}

bool IsFragmentScript(int script) {
  return !IsNeutralScript(script) && !IsLatinScript(script);
}

// Latin letters of the paragraphs, counted only when a document has foreign
// text to weigh against them, and only up to `enough`: the count is compared
// with the foreign letters, usually a handful in an article of thousands.
size_t CountLatinLetters(const Document& doc, size_t enough) {
  std::string_view text = doc.text();
  size_t letters = 0;
  for (const Paragraph& p : doc.paragraphs()) {
    for (size_t i = p.range.begin; i < p.range.end && letters < enough;) {
      DecodedCodePoint d = DecodeUtf8(text, i);
      i += d.length;
      if (d.code_point < 0x80) {
        letters += IsLetter(d.code_point);
      } else if (d.code_point != kInvalidCodePoint) {
        letters += IsLatinScript(ScriptOf(d.code_point));
      }
    }
  }
  return letters;
}

}  // namespace

ScriptForeignCheck::ScriptForeignCheck(const CheckContext& context) {
  if (context.companions && context.companions->source() &&
      context.Runs("source-untranslated")) {
    source_ = context.companions->source()->doc().text();
  }
}

void ScriptForeignCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  std::vector<ScriptRun> runs;
  for (const Paragraph& p : doc.paragraphs()) {
    ScriptRun* open = nullptr;
    size_t word_letters = 0;  // of the open run, since its last separator
    std::string_view upto = text.substr(0, p.range.end);
    for (size_t i = p.range.begin; i < p.range.end;) {
      if (static_cast<unsigned char>(text[i]) < 0x80) {
        // ASCII letters end a foreign run; spaces and punctuation may sit
        // inside one ("中国 外交部").
        size_t end = SkipAscii(upto, i);
        if (open && std::any_of(text.begin() + i, text.begin() + end,
                                [](char c) { return IsLetter(c); })) {
          open = nullptr;
        }
        word_letters = 0;
        i = end;
        continue;
      }
      DecodedCodePoint d = DecodeUtf8(text, i);
      i += d.length;
      if (d.code_point == kInvalidCodePoint) continue;
      int script = ScriptOf(d.code_point);
      if (IsLatinScript(script)) {
        open = nullptr;
        continue;
      }
      if (!IsFragmentScript(script)) {
        // Combining accents belong to the word they sit on.
        if (!IsMark(d.code_point)) word_letters = 0;
        continue;
      }
      int family = ScriptFamily(script);
      if (open && open->script == family) {
        open->range.end = i;
        ++open->letters;
        ++word_letters;
      } else {
        runs.push_back({family, script, {i - d.length, i}, 1});
        open = &runs.back();
        word_letters = 1;
      }
      open->longest_word = std::max(open->longest_word, word_letters);
    }
  }
  if (runs.empty()) return;
  size_t foreign_letters = 0;
  for (const ScriptRun& r : runs) foreign_letters += r.letters;
  // A document mostly in another script is not English prose with
  // fragments: say so once instead of flagging every line.
  size_t latin_letters = CountLatinLetters(doc, foreign_letters);
  if (foreign_letters > latin_letters) {
    sink.Report(Severity::kNote, runs.front().range,
                fmt::format("most letters of the document are not Latin ({} of "
                            "{}); script-foreign checks English prose only",
                            foreign_letters, foreign_letters + latin_letters));
    return;
  }
  for (const ScriptRun& r : runs) {
    if (r.longest_word < MinimumWordLetters(r.script)) continue;
    if (!source_.empty() &&
        source_.find(doc.Text(r.range)) != std::string_view::npos) {
      continue;  // source-untranslated's
    }
    Diagnostic& d =
        sink.Report(Severity::kWarning, r.range,
                    fmt::format("{} text '{}' inside English prose",
                                ScriptName(r.first_script), doc.Text(r.range)));
    d.notes.push_back("probably source text left untranslated");
  }
}

}  // namespace mtlint
