#include "checks/name_garbled.h"

#include <fmt/format.h>

#include <set>

#include "text/edit_distance.h"
#include "text/unicode.h"

namespace mtlint {
namespace {

// Shorter words are too often real foreign names that happen to be close
// to pinyin ("Erdogan").
constexpr size_t kMinLetters = 8;
// A garbled name is mostly pinyin: at most this many letters are not.
constexpr size_t kMaxStrayLetters = 2;

// The lowercase letters of an ASCII name ("Yuyuan Tantian" →
// "yuyuantantian"); empty for names with other characters, which are no
// pinyin.
std::string PinyinKey(std::string_view name) {
  std::string out;
  for (char c : name) {
    c = AsciiLower(c);
    if (c >= 'a' && c <= 'z') {
      out += c;
    } else if (c != ' ' && c != '-' && c != '\'') {
      return "";
    }
  }
  return out;
}

bool IsAsciiWord(std::string_view w) {
  for (char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return true;
}

}  // namespace

NameGarbledCheck::NameGarbledCheck(const CheckContext& context)
    : words_(context.dictionaries.names(), context.dictionaries.speller()) {
  reference_ = ReferenceFactsFor(context, "reference-name");
  std::set<std::string> seen;
  for (const KnownName& name : context.dictionaries.names().names()) {
    std::string key = PinyinKey(name.text);
    if (key.size() >= kMinLetters && seen.insert(key).second) {
      candidates_.push_back({key, name.canonical});
    }
  }
}

NameGarbledCheck::Garbled NameGarbledCheck::Judge(std::string_view word) const {
  std::string lower = FoldCase(word);
  Garbled g;
  g.stray = words_.LettersOutsidePinyin(lower);
  if (g.stray == 0 || g.stray > kMaxStrayLetters) return g;
  // The known name whose letters are nearest, within a third of them.
  size_t limit = lower.size() / 3;
  size_t best_distance = limit + 1;
  for (size_t i = 0; i < candidates_.size(); ++i) {
    size_t distance = EditDistance(lower, candidates_[i].key, limit);
    if (distance < best_distance) {
      best_distance = distance;
      g.nearest = static_cast<int32_t>(i);
    }
  }
  return g;
}

void NameGarbledCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  std::vector<Respelling> respelled;
  if (reference_) respelled = reference_->FindRespellings(doc);
  for (const Token& t : doc.tokens()) {
    std::string_view w = doc.Text(t);
    if (!t.is_word() || w.size() < kMinLetters || !HasNameShape(w) ||
        !IsAsciiWord(w) || words_.IsKnown(w) ||
        Respelled(respelled, t.range())) {
      continue;
    }
    const Garbled garbled = garbled_.Get(w, [&] { return Judge(w); });
    if (garbled.stray == 0 || garbled.stray > kMaxStrayLetters) continue;
    Diagnostic& d = sink.Report(
        Severity::kWarning, t.range(),
        fmt::format("'{}' does not split into pinyin syllables: a garbled "
                    "Chinese name?",
                    w));
    const Candidate* best =
        garbled.nearest < 0 ? nullptr : &candidates_[garbled.nearest];
    if (best) {
      d.fixes.push_back(ReplaceFix(fmt::format("write '{}'", best->canonical),
                                   t.range(), best->canonical, false));
    }
  }
}

}  // namespace mtlint
