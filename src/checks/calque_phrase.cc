#include "checks/calque_phrase.h"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <span>

#include "analysis/type_memo.h"
#include "text/plural.h"
#include "text/unicode.h"
#include "text/utf8.h"
#include "text/word_shape.h"

namespace mtlint {
namespace {

// A language the calques point to needs this many signals, and more than
// any other, before the article is said to be translated from it.
constexpr size_t kMinLanguageSignals = 3;

// The replacement's last word made plural, unless it already is ("trade
// talks" stays).
std::string Pluralize(const std::string& phrase) {
  size_t space = phrase.rfind(' ');
  std::string last = phrase.substr(space == std::string::npos ? 0 : space + 1);
  std::string head = phrase.substr(0, phrase.size() - last.size());
  if (!last.empty() && last.back() == 's') return phrase;
  if (last.size() > 1 && last.back() == 'y' &&
      std::string_view("aeiou").find(last[last.size() - 2]) ==
          std::string_view::npos) {
    return head + last.substr(0, last.size() - 1) + "ies";
  }
  for (std::string_view e : {"s", "x", "z", "ch", "sh"}) {
    if (last.size() >= e.size() &&
        last.compare(last.size() - e.size(), e.size(), e) == 0) {
      return head + last + "es";
    }
  }
  return head + last + "s";
}

// The replacement in the case of the text it replaces: "Commercial war" →
// "Trade war".
std::string MatchCase(std::string_view original, std::string replacement) {
  if (StartsUpper(original) && !replacement.empty() && replacement[0] >= 'a' &&
      replacement[0] <= 'z') {
    replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
  }
  return replacement;
}

struct Match {
  const CalquePattern* pattern;
  ByteRange range;
  bool plural;
};

}  // namespace

CalquePhraseCheck::CalquePhraseCheck(const CheckContext& context)
    : calques_(context.dictionaries.calques()) {}

void CalquePhraseCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::string_view text = doc.text();
  const std::vector<Token>& tokens = doc.tokens();
  std::map<std::string, size_t> signals;
  std::map<std::string, ByteRange> first_signal;
  std::vector<size_t> scratch;
  TypeMemo<const CalqueCandidates*> starts(doc);
  TypeMemo<bool> seconds(doc);
  for (const Sentence& s : doc.sentences()) {
    std::string sentence;  // lowercase, made when a guard needs it
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      const CalqueCandidates* candidates =
          starts(i, [&] { return calques_.StartingWith(doc.Folded(i)); });
      if (!candidates) continue;
      // Most words after a pattern's first word are no pattern's second.
      bool second = i + 1 < s.end_token && seconds(i + 1, [&] {
                      return calques_.MayBeSecond(doc.Folded(i + 1));
                    });
      std::span<const size_t> may_match =
          second ? calques_.MayMatch(*candidates, doc.Folded(i + 1), &scratch)
                 : std::span<const size_t>(candidates->single_token);
      std::optional<Match> match;
      for (size_t index : may_match) {
        const CalquePattern& p = calques_.patterns()[index];
        uint32_t n = static_cast<uint32_t>(p.tokens.size());
        if (i + n > s.end_token) continue;
        bool plural = false;
        bool ok = true;
        for (uint32_t k = 0; k < n && ok; ++k) {
          const Token& t = tokens[i + k];
          if (k > 0 && (t.begin > tokens[i + k - 1].end) != p.space_before[k]) {
            ok = false;
            break;
          }
          std::string_view word = doc.Folded(i + k);
          if (word == p.tokens[k]) continue;
          plural = k + 1 == n && IsPluralOf(word, p.tokens[k]);
          ok = plural;
        }
        if (!ok) continue;
        ByteRange range{tokens[i].begin, tokens[i + n - 1].end};
        // A guard is a context where the phrase is right English.
        bool guarded = false;
        if (!p.guards.empty() && sentence.empty()) {
          sentence = AsciiLowered(doc.Text(s.range));
        }
        for (const std::string& g : p.guards) {
          for (size_t at = sentence.find(g);
               at != std::string::npos && !guarded;
               at = sentence.find(g, at + 1)) {
            size_t b = s.range.begin + at;
            guarded = b <= range.begin && range.end <= b + g.size();
          }
        }
        if (guarded) continue;
        match = Match{&p, range, plural};
        break;  // candidates are longest first
      }
      if (!match) continue;
      const CalquePattern& p = *match->pattern;
      std::string_view written = doc.Text(match->range);
      std::string replacement = MatchCase(
          written, match->plural ? Pluralize(p.replacement) : p.replacement);
      // "EEUU." → "U.S.": the replacement's full stop takes the place of
      // the text's, which would otherwise double it.
      ByteRange replaced = match->range;
      if (replacement.size() > 1 && replacement.back() == '.' &&
          replaced.end < text.size() && text[replaced.end] == '.') {
        ++replaced.end;
      }
      std::string origin;
      for (const CalqueSource& source : p.sources) {
        if (!origin.empty()) origin += ", ";
        origin += fmt::format("{} '{}'", source.language, source.original);
        if (signals[source.language]++ == 0)
          first_signal[source.language] = match->range;
      }
      Diagnostic& d =
          sink.Report(Severity::kWarning, match->range,
                      fmt::format("'{}' is a word-for-word translation ({}); "
                                  "English news writes '{}'",
                                  written, origin, replacement));
      d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", replacement),
                                   replaced, replacement, p.safe));
      while (i + 1 < s.end_token && tokens[i + 1].begin < match->range.end) ++i;
    }
  }
  // The source language, when the calques point to one.
  std::string best;
  size_t best_count = 0;
  bool tie = false;
  for (const auto& [language, count] : signals) {
    if (count > best_count) {
      best = language;
      best_count = count;
      tie = false;
    } else if (count == best_count) {
      tie = true;
    }
  }
  if (best_count >= kMinLanguageSignals && !tie) {
    sink.Report(
        Severity::kNote, first_signal[best],
        fmt::format("likely translated from {}: {} signals", best, best_count));
  }
}

}  // namespace mtlint
