#include "text/mojibake.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Text mis-decoded more often than this does not occur in practice; the
// bound keeps repairs cheap and finite.
constexpr int kMaxRounds = 3;

constexpr char32_t kReplacement = 0xFFFD;

// Windows-1252 bytes 0x80-0x9F; 0 where 1252 leaves the byte undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The bytes 1252 leaves undefined. Decoders show them as C1 controls (the
// Latin-1 reading) or as U+FFFD, which loses the byte.
constexpr std::array<char, 5> kUndefined = {'\x81', '\x8D', '\x8F', '\x90',
                                            '\x9D'};

// The byte that Windows-1252 writes `cp` as, or -1. Code points below
// U+0100 are their own byte: ASCII, Latin-1 letters and symbols, and C1
// controls, which is how a Latin-1 decoder (or a 1252 decoder falling back to
// Latin-1) shows bytes 0x80-0x9F. No two code points share a byte, so the
// bytes behind a mis-decoded text are never in doubt.
int ByteOf(char32_t cp) {
  if (cp < 0x100) return static_cast<int>(cp);
  auto it = std::find(kCp1252High.begin(), kCp1252High.end(), cp);
  if (it == kCp1252High.end()) return -1;
  return 0x80 + static_cast<int>(it - kCp1252High.begin());
}

// How many continuation bytes follow a UTF-8 lead byte; 0 for other bytes
// (including 0xC0, 0xC1 and 0xF5-0xFF, which never start a character).
int ContinuationCount(int byte) {
  if (byte >= 0xC2 && byte <= 0xDF) return 1;
  if (byte >= 0xE0 && byte <= 0xEF) return 2;
  if (byte >= 0xF0 && byte <= 0xF4) return 3;
  return 0;
}

bool IsContinuation(int byte) { return byte >= 0x80 && byte <= 0xBF; }

// Two-byte leads that real text does not put before a Latin letter from
// the continuation range, nor before punctuation inside a word of the other
// case: "ÅŸ" and "Ãš" are mojibake for "ş" and "Ú", "SÃ hara" for "Sàhara".
bool IsStrongLead(char32_t cp) {
  static constexpr std::array<char32_t, 15> kLeads = {
      U'Â', U'Ã', U'Ä', U'Å', U'Æ', U'Ç', U'Ë', U'Î',
      U'Ï', U'Ð', U'Ñ', U'×', U'Ø', U'Ù', U'Û'};
  return std::find(kLeads.begin(), kLeads.end(), cp) != kLeads.end();
}

// The Latin letters among Windows-1252's continuation bytes: real words
// have them after accented letters ("ÚŽASNÝ" in Czech capitals, "Tomáš").
bool IsLatinContinuation(char32_t cp) {
  switch (cp) {
    case U'Š':
    case U'š':
    case U'Ž':
    case U'ž':
    case U'Œ':
    case U'œ':
    case U'Ÿ':
      return true;
    default:
      return false;
  }
}

// Leads that are words on their own ("è" is Italian for "is"), and so may
// stand before punctuation: "È…”".
bool IsOneLetterWord(char32_t cp) {
  static constexpr std::array<char32_t, 5> kWords = {U'à', U'è', U'é', U'È',
                                                     U'É'};
  return std::find(kWords.begin(), kWords.end(), cp) != kWords.end();
}

// Continuation-range characters that follow words in sentences: closing
// quotes, dashes, the ellipsis, guillemets, a no-break space.
bool IsSentencePunctuation(char32_t cp) {
  switch (cp) {
    case U'\u2019':  // ’
    case U'\u201D':  // ”
    case U'\u2014':  // —
    case U'\u2013':  // –
    case U'\u2026':  // …
    case U'\u00AB':  // «
    case U'\u00BB':  // »
    case U'\u00A0':  // no-break space
      return true;
    default:
      return false;
  }
}

// Continuation-range characters that real text puts right after a word:
// "OLÉ”" encodes as C9 94, which is well-formed UTF-8, but it is a word and
// its closing quote; "NESTLÉ®" is a brand.
bool IsWordFinal(char32_t cp) {
  return IsSentencePunctuation(cp) || cp == U'\u2122' || cp == U'\u00AE' ||
         cp == U'\u00AD';
}

// Characters that stand between two words, or inside one, without spaces:
// "JOSÉ’S", "PARÍS–MADRID", a soft hyphen.
bool JoinsWords(char32_t cp) {
  switch (cp) {
    case U'\u2019':
    case U'\u2014':
    case U'\u2013':
    case U'\u2026':
    case U'\u00A0':
    case U'\u00AD':
      return true;
    default:
      return false;
  }
}

bool SameCase(char32_t a, char32_t b) {
  return (IsUpper(a) && IsUpper(b)) || (IsLower(a) && IsLower(b));
}

bool IsControl(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR;
}

bool HasControl(std::string_view s) { return AnyCodePoint(s, IsControl); }

// Whether a repair may produce `cp`: a repair that yields an unassigned
// code point, a private-use character or U+FFFD is no repair. A C1 control
// is allowed only on the way (`allow_controls`): text encoded twice reads
// "Â" + U+0081 for the byte 0x81, and the next round decodes it; a repair
// that ends in a control is refused (see FindMojibake).
bool IsPlausibleResult(char32_t cp, bool allow_controls) {
  if (cp == kReplacement) return false;
  if (IsControl(cp)) return allow_controls;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UNASSIGNED:  // includes the noncharacters
    case U_PRIVATE_USE_CHAR:
      return false;
    default:
      return true;
  }
}

// Whether a lead and its continuation characters, at the start of a run and
// with the characters `before` and `after` them, read as real text rather
// than mojibake.
bool CouldBeRealText(char32_t before, char32_t lead,
                     const std::vector<char32_t>& continuation,
                     char32_t after) {
  // A capital and one Latin letter; a lost byte may have been one.
  if (continuation.size() == 1 && !IsStrongLead(lead) &&
      (IsLatinContinuation(continuation[0]) ||
       continuation[0] == kReplacement)) {
    return true;
  }
  // Otherwise a word may go on with one Latin letter ("Tomáš”") before the
  // punctuation that ends it.
  auto punctuation = continuation.begin();
  if (continuation.size() > 1 && IsLatinContinuation(*punctuation)) {
    ++punctuation;
  }
  if (!IsLetter(lead) ||
      !std::all_of(punctuation, continuation.end(), IsWordFinal)) {
    return false;
  }
  // At the start of a word: a one-letter word before punctuation ("è…”"),
  // or mojibake ("Å koda" for "Škoda", "à®…" for Tamil "அ").
  if (!IsLetter(before)) {
    return IsOneLetterWord(lead) &&
           std::all_of(continuation.begin(), continuation.end(),
                       IsSentencePunctuation);
  }
  // Mojibake puts capitals inside lower-case words ("voilÃ ", "aquÃ­").
  if (IsLower(before) && IsUpper(lead)) return false;
  // A word that ends here, then punctuation: "IRMÃ”", "café »".
  if (!IsLetter(after)) return true;
  // The text goes on: real text joins words so ("JOSÉ’S", "PARÍS–MADRID",
  // "Tomáš’s"), but not with a closing quote or a trademark sign
  // ("BÉ™HREYN" for "BƏHREYN"), nor after a strong lead in the other case
  // ("SÃ hara" for "Sàhara", "DÃ­a" for "Día").
  return JoinsWords(continuation.back()) &&
         (!IsStrongLead(lead) || SameCase(lead, after));
}

// A lead character and the continuation characters its byte calls for.
struct Candidate {
  size_t end;
  char32_t lead;
  std::vector<char32_t> continuation;
  std::string bytes;  // with 0x80 where U+FFFD stands for a lost byte
  size_t lost;        // that byte's index, or npos
};

// The candidate that starts at `at` in `s`, if the characters' bytes have
// the shape of one UTF-8 character.
std::optional<Candidate> ReadCandidate(std::string_view s, size_t at) {
  DecodedCodePoint lead = DecodeUtf8(s, at);
  int lead_byte = ByteOf(lead.code_point);
  int count = ContinuationCount(lead_byte);
  // Ü, Ý, Þ and ß would decode to Syriac, Thaana and NKo, which English news
  // does not hold, while German puts ß and Ü before dashes and quotes.
  if (count == 0 || (count == 1 && lead_byte > 0xDB)) return std::nullopt;
  Candidate c{at + lead.length,
              lead.code_point,
              {},
              std::string(1, static_cast<char>(lead_byte)),
              std::string::npos};
  while (static_cast<int>(c.continuation.size()) < count) {
    if (c.end >= s.size()) return std::nullopt;
    DecodedCodePoint d = DecodeUtf8(s, c.end);
    int byte = ByteOf(d.code_point);
    if (d.code_point == kReplacement && c.lost == std::string::npos) {
      c.lost = c.bytes.size();
      byte = 0x80;
    } else if (!IsContinuation(byte)) {
      return std::nullopt;
    }
    c.bytes += static_cast<char>(byte);
    c.continuation.push_back(d.code_point);
    c.end += d.length;
  }
  return c;
}

// Whether another candidate without a lost byte starts at `at`: mojibake
// comes in runs, so a candidate with another right after it is no word.
bool CandidateAt(std::string_view s, size_t at) {
  std::optional<Candidate> c = ReadCandidate(s, at);
  return c && c->lost == std::string::npos &&
         DecodeUtf8(c->bytes, 0).length == c->bytes.size();
}

// A candidate and the characters its bytes could encode: one, or several
// when a byte was lost.
struct Sequence {
  size_t end;
  std::vector<char32_t> meanings;
};

// The mis-decoded sequence that starts at `at` in `s`, if it is plausible
// mojibake. `before` and `after` are the characters around `s`. Inside a
// run (`in_run`) the characters around are mojibake too, so the rules about
// words do not apply.
std::optional<Sequence> MatchAt(std::string_view s, size_t at, char32_t before,
                                char32_t after, bool in_run,
                                bool allow_controls) {
  std::optional<Candidate> c = ReadCandidate(s, at);
  if (!c) return std::nullopt;
  if (!in_run && !CandidateAt(s, c->end)) {
    char32_t previous = at > 0 ? DecodeUtf8Before(s, at).code_point : before;
    char32_t next =
        c->end < s.size() ? DecodeUtf8(s, c->end).code_point : after;
    if (CouldBeRealText(previous, c->lead, c->continuation, next)) {
      return std::nullopt;
    }
  }
  Sequence seq{c->end, {}};
  auto add_meaning = [&](bool controls) {
    DecodedCodePoint d = DecodeUtf8(c->bytes, 0);
    if (d.length == c->bytes.size() &&
        IsPlausibleResult(d.code_point, controls)) {
      seq.meanings.push_back(d.code_point);
    }
  };
  if (c->lost == std::string::npos) {
    add_meaning(allow_controls);
  } else {
    // Candidates are final: no further round decodes them.
    for (char byte : kUndefined) {
      c->bytes[c->lost] = byte;
      add_meaning(false);
    }
  }
  if (seq.meanings.empty()) return std::nullopt;
  return seq;
}

// Decodes the run of unambiguous sequences that starts at `at` once,
// appending to *decoded; returns where the run ends.
size_t DecodeRun(std::string_view s, size_t at, char32_t before, char32_t after,
                 bool allow_controls, std::string* decoded) {
  for (bool in_run = false; at < s.size(); in_run = true) {
    std::optional<Sequence> seq =
        MatchAt(s, at, before, after, in_run, allow_controls);
    if (!seq || seq->meanings.size() != 1) break;
    *decoded += EncodeUtf8(seq->meanings.front());
    at = seq->end;
  }
  return at;
}

// Decodes the run that starts at `at` in `s`, and decodes the result again
// while it still holds mojibake, kMaxRounds times at most. Returns where the
// run ends (`at` if there is none) and sets *repair and *rounds.
size_t RepairRun(std::string_view s, size_t at, char32_t before, char32_t after,
                 bool allow_controls, std::string* repair, int* rounds) {
  repair->clear();
  *rounds = 1;
  size_t end = DecodeRun(s, at, before, after, allow_controls, repair);
  // Later rounds see the decoded run between the characters around it.
  if (at > 0) before = DecodeUtf8Before(s, at).code_point;
  if (end < s.size()) after = DecodeUtf8(s, end).code_point;
  while (*rounds < kMaxRounds) {
    std::string next;
    bool changed = false;
    for (size_t i = 0; i < repair->size();) {
      size_t run_end =
          DecodeRun(*repair, i, before, after, allow_controls, &next);
      if (run_end == i) {
        run_end = i + DecodeUtf8(*repair, i).length;
        next.append(*repair, i, run_end - i);
      } else {
        changed = true;
      }
      i = run_end;
    }
    if (!changed) break;
    *repair = std::move(next);
    ++*rounds;
  }
  return end;
}

// The runs of `text`, each repaired on its own.
std::vector<Mojibake> FindRuns(std::string_view text) {
  std::vector<Mojibake> found;
  for (size_t i = 0; i < text.size();) {
    // Mojibake starts with a non-ASCII character.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      i = SkipAscii(text, i);
      continue;
    }
    std::optional<Sequence> seq = MatchAt(text, i, 0, 0, false, false);
    if (seq && seq->meanings.size() > 1) {
      Mojibake& m = found.emplace_back();
      m.range = {i, seq->end};
      for (char32_t cp : seq->meanings) m.meanings.push_back(EncodeUtf8(cp));
      i = seq->end;
      continue;
    }
    // First with controls on the way, for text encoded more than once; if
    // a control is left at the end, without.
    std::string repair;
    int rounds;
    size_t end = RepairRun(text, i, 0, 0, true, &repair, &rounds);
    if (HasControl(repair)) {
      end = RepairRun(text, i, 0, 0, false, &repair, &rounds);
    }
    if (end == i) {
      i += DecodeUtf8(text, i).length;
      continue;
    }
    found.push_back({{i, end}, {std::move(repair)}, rounds});
    i = end;
  }
  return found;
}

// Repairs side by side, or a repair and the character after it, can make
// mojibake together: text encoded twice whose first round of decoding was
// cut into runs by a character that decodes only with its neighbours
// ("Ãƒ" "ƒ" "Æ’Ã‚"). Each such finding becomes one, over the original bytes
// of all it touches, so that one fix repairs it and linting the fixed text
// finds nothing new there.
// Returns whether it merged one; the caller asks again.
bool MergeRepairsThatMakeMojibake(std::string_view text,
                                  std::vector<Mojibake>* found) {
  // The text with every unambiguous repair made, and where each repair
  // stands in it.
  std::string fixed;
  std::vector<ByteRange> images;
  std::vector<size_t> repaired;  // indices into *found
  size_t copied = 0;
  for (size_t k = 0; k < found->size(); ++k) {
    const Mojibake& m = (*found)[k];
    if (m.meanings.size() != 1) continue;
    fixed.append(text, copied, m.range.begin - copied);
    images.push_back({fixed.size(), fixed.size() + m.meanings[0].size()});
    repaired.push_back(k);
    fixed += m.meanings[0];
    copied = m.range.end;
  }
  // Without a repair the text searched again would be the same.
  if (repaired.empty()) return false;
  fixed.append(text, copied, text.size() - copied);
  // From a position in `fixed` back to the original text.
  auto original = [&](size_t at) {
    ptrdiff_t shift = 0;
    for (size_t r = 0; r < images.size() && images[r].begin < at; ++r) {
      const ByteRange& from = (*found)[repaired[r]].range;
      shift += static_cast<ptrdiff_t>(from.size()) -
               static_cast<ptrdiff_t>(images[r].size());
    }
    return static_cast<size_t>(static_cast<ptrdiff_t>(at) + shift);
  };
  for (const Mojibake& again : FindRuns(fixed)) {
    if (again.meanings.size() != 1) continue;
    // The repairs it touches, and the span of fixed text they cover.
    ByteRange span = again.range;
    std::vector<size_t> touched;
    for (size_t r = 0; r < images.size(); ++r) {
      if (images[r].begin < again.range.end &&
          again.range.begin < images[r].end) {
        touched.push_back(r);
        span.begin = std::min(span.begin, images[r].begin);
        span.end = std::max(span.end, images[r].end);
      }
    }
    if (touched.empty()) continue;
    ByteRange from{original(span.begin), original(span.end)};
    std::string repair =
        fixed.substr(span.begin, again.range.begin - span.begin) +
        again.meanings[0] +
        fixed.substr(again.range.end, span.end - again.range.end);
    int rounds = again.rounds;
    for (size_t r : touched) {
      rounds = std::max(rounds, (*found)[repaired[r]].rounds + again.rounds);
    }
    Mojibake joined{from, {std::move(repair)}, std::min(rounds, kMaxRounds)};
    std::erase_if(*found, [&](const Mojibake& m) {
      return from.begin <= m.range.begin && m.range.end <= from.end;
    });
    auto at = std::lower_bound(found->begin(), found->end(), joined,
                               [](const Mojibake& a, const Mojibake& b) {
                                 return a.range.begin < b.range.begin;
                               });
    found->insert(at, std::move(joined));
    return true;
  }
  return false;
}

}  // namespace

std::vector<Mojibake> FindMojibake(std::string_view text) {
  std::vector<Mojibake> found = FindRuns(text);
  // Each merge decodes one more layer somewhere: the text bounds them.
  for (size_t n = 0; n < found.size() + 8; ++n) {
    if (!MergeRepairsThatMakeMojibake(text, &found)) break;
  }
  return found;
}

std::optional<std::string> RepairMojibake(std::string_view run, char32_t before,
                                          char32_t after) {
  std::string repair;
  int rounds;
  for (bool allow_controls : {true, false}) {
    size_t end =
        RepairRun(run, 0, before, after, allow_controls, &repair, &rounds);
    if (!run.empty() && end == run.size() && !HasControl(repair)) {
      return repair;
    }
  }
  return std::nullopt;
}

}  // namespace mtlint
