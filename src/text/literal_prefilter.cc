#include "text/literal_prefilter.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <optional>
#include <set>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Bounds on the sets of strings the analysis keeps exactly.
constexpr size_t kMaxStrings = 64;
constexpr size_t kMaxStringBytes = 64;
// A character class of more characters than this says too little to keep.
constexpr size_t kMaxClassChars = 8;

using Strings = std::set<std::string>;

// What every match of a piece of the pattern is known to hold. With
// `exact`, `strings` is every string the piece can match; otherwise each
// clause is a set of strings, one of which occurs in every match, and a
// match starts with one of `prefixes` and ends with one of `suffixes`
// when they are known.
struct Info {
  bool exact = false;
  Strings strings;
  std::vector<Strings> clauses;
  std::optional<Strings> prefixes;
  std::optional<Strings> suffixes;

  static Info Unknown() { return {}; }
  static Info Exactly(Strings s) {
    Info i;
    i.exact = true;
    i.strings = std::move(s);
    return i;
  }
  static Info Empty() { return Exactly({""}); }
};

// Ends of an exact piece are its strings, unless it can match nothing at
// all, which says nothing about the text around it.
std::optional<Strings> Ends(const Info& info,
                            const std::optional<Strings>& inexact) {
  if (!info.exact) return inexact;
  if (info.strings.contains("")) return std::nullopt;
  return info.strings;
}
std::optional<Strings> PrefixesOf(const Info& info) {
  return Ends(info, info.prefixes);
}
std::optional<Strings> SuffixesOf(const Info& info) {
  return Ends(info, info.suffixes);
}

std::vector<Strings> ClausesOf(const Info& info) {
  std::vector<Strings> out = info.clauses;
  if (info.exact && !info.strings.empty() && !info.strings.contains("")) {
    out.push_back(info.strings);
  }
  return out;
}

// The shortest string of a clause: the longer, the rarer its matches.
size_t Shortest(const Strings& clause) {
  size_t n = kMaxStringBytes + 1;
  for (const std::string& s : clause) n = std::min(n, s.size());
  return n;
}

// Two exact pieces in a row, while the result stays small enough to keep.
std::optional<Info> JoinExact(const Info& a, const Info& b) {
  if (a.strings.size() * b.strings.size() > kMaxStrings) return std::nullopt;
  Strings joined;
  for (const std::string& x : a.strings) {
    for (const std::string& y : b.strings) {
      if (x.size() + y.size() > kMaxStringBytes) return std::nullopt;
      joined.insert(x + y);
    }
  }
  return Info::Exactly(std::move(joined));
}

// The union of every branch's prefixes or suffixes, if each has them.
std::optional<Strings> UnionOf(const std::vector<Info>& branches,
                               std::optional<Strings> (*ends)(const Info&)) {
  Strings all;
  for (const Info& b : branches) {
    std::optional<Strings> e = ends(b);
    if (!e) return std::nullopt;
    all.insert(e->begin(), e->end());
  }
  if (all.size() > kMaxStrings) return std::nullopt;
  return all;
}

Info Alternatives(const std::vector<Info>& branches) {
  bool all_exact = true;
  Strings all;
  for (const Info& b : branches) {
    all_exact = all_exact && b.exact;
    if (b.exact) all.insert(b.strings.begin(), b.strings.end());
  }
  if (all_exact && all.size() <= kMaxStrings) return Info::Exactly(all);
  Info out;
  out.prefixes = UnionOf(branches, PrefixesOf);
  out.suffixes = UnionOf(branches, SuffixesOf);
  // Every match matches a branch, so holds one clause of it: the union of
  // one clause per branch holds for all.
  Strings any;
  for (const Info& b : branches) {
    std::vector<Strings> clauses = ClausesOf(b);
    if (clauses.empty()) return out;
    const Strings* best = &clauses.front();
    for (const Strings& c : clauses) {
      if (Shortest(c) > Shortest(*best)) best = &c;
    }
    any.insert(best->begin(), best->end());
  }
  if (any.size() <= kMaxStrings) out.clauses.push_back(std::move(any));
  return out;
}

Info Repeat(const Info& x, size_t min, size_t max) {
  if (min == 1 && max == 1) return x;
  if (min == 0 && max == 1 && x.exact && x.strings.size() < kMaxStrings) {
    Info out = x;
    out.strings.insert("");
    return out;
  }
  if (min == 0) return Info::Unknown();
  // The first repetition starts a match, the last ends it.
  Info out;
  out.clauses = ClausesOf(x);
  out.prefixes = PrefixesOf(x);
  out.suffixes = SuffixesOf(x);
  return out;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

// Whether a case-insensitive pattern's literal `cp` matches only itself:
// it has no case mapping and is in no other character's (ICU's
// Case_Sensitive property).
bool IsCaseless(char32_t cp) {
  return !u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_CASE_SENSITIVE);
}

// Whether the full case folding of a non-ASCII character holds ASCII: "ſ"
// folds to "s", "ß" to "ss", U+212A KELVIN SIGN to "k".
bool FoldingHasAscii(char32_t cp) {
  auto c = static_cast<UChar32>(cp);
  if (!u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEFOLDED)) return false;
  UChar in[2];
  int32_t length = 0;
  U16_APPEND_UNSAFE(in, length, c);
  UChar out[8];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = u_strFoldCase(out, 8, in, length, U_FOLD_CASE_DEFAULT, &status);
  if (U_FAILURE(status)) return true;
  for (int32_t i = 0; i < n; ++i) {
    if (out[i] < 0x80) return true;
  }
  return false;
}

// Recursive descent over the ICU pattern syntax the boilerplate lists use.
// Anything else sets `failed`, and the pattern gets no clauses.
class Parser {
 public:
  explicit Parser(std::string_view pattern) : p_(pattern) {}

  // The whole pattern, or Unknown for syntax the analysis does not know.
  Info Pattern() {
    Info root = Alternation();
    if (failed_ || at_ != p_.size()) return Info::Unknown();
    return root;
  }

 private:
  Info Fail() {
    failed_ = true;
    at_ = p_.size();
    return Info::Unknown();
  }

  bool More() const { return !failed_ && at_ < p_.size(); }

  Info Alternation() {
    std::vector<Info> branches{Sequence()};
    while (More() && p_[at_] == '|') {
      ++at_;
      branches.push_back(Sequence());
    }
    return branches.size() == 1 ? branches.front() : Alternatives(branches);
  }

  Info Sequence() {
    std::vector<Info> atoms;
    while (More() && p_[at_] != '|' && p_[at_] != ')') {
      Info atom = Atom();
      while (More() && (p_[at_] == '*' || p_[at_] == '+' || p_[at_] == '?' ||
                        p_[at_] == '{')) {
        atom = Quantified(atom);
      }
      atoms.push_back(std::move(atom));
    }
    // Exact atoms in a row join into one run of strings ("all rights"),
    // which becomes a clause where something inexact or too large
    // interrupts it.
    Info run = Info::Empty();
    bool exact = true;
    Info out;
    auto flush = [&] {
      for (Strings& c : ClausesOf(run)) out.clauses.push_back(std::move(c));
      run = Info::Empty();
      exact = false;
    };
    for (const Info& atom : atoms) {
      if (atom.exact) {
        if (std::optional<Info> joined = JoinExact(run, atom)) {
          run = std::move(*joined);
        } else {
          flush();
          run = atom;
        }
        continue;
      }
      flush();
      for (Strings& c : ClausesOf(atom)) out.clauses.push_back(std::move(c));
    }
    if (exact) return run;
    flush();
    out.prefixes = Edge(atoms.begin(), atoms.end(), false);
    out.suffixes = Edge(atoms.rbegin(), atoms.rend(), true);
    return out;
  }

  // The strings a sequence starts with (ends with, walking back): its
  // leading exact atoms joined, or the first inexact atom's own.
  template <typename It>
  static std::optional<Strings> Edge(It begin, It end, bool backwards) {
    Info run = Info::Empty();
    for (It it = begin; it != end; ++it) {
      if (!it->exact) {
        if (run.strings == Strings{""}) {
          return backwards ? SuffixesOf(*it) : PrefixesOf(*it);
        }
        break;
      }
      std::optional<Info> joined =
          backwards ? JoinExact(*it, run) : JoinExact(run, *it);
      if (!joined) break;
      run = std::move(*joined);
    }
    return PrefixesOf(run);
  }

  Info Quantified(const Info& atom) {
    constexpr size_t kMany = static_cast<size_t>(-1);
    size_t min = 0;
    size_t max = kMany;
    char q = p_[at_++];
    if (q == '+') {
      min = 1;
    } else if (q == '?') {
      max = 1;
    } else if (q == '{') {
      auto number = [&](size_t* n) {
        size_t start = at_;
        *n = 0;
        while (at_ < p_.size() && p_[at_] >= '0' && p_[at_] <= '9') {
          *n = *n * 10 + static_cast<size_t>(p_[at_++] - '0');
          if (*n > 100000) return false;
        }
        return at_ > start;
      };
      if (!number(&min)) return Fail();
      max = min;
      if (at_ < p_.size() && p_[at_] == ',') {
        ++at_;
        max = kMany;
        if (at_ < p_.size() && p_[at_] != '}' && !number(&max)) return Fail();
      }
      if (at_ >= p_.size() || p_[at_] != '}') return Fail();
      ++at_;
    }
    // Lazy and possessive forms match the same strings.
    if (at_ < p_.size() && (p_[at_] == '?' || p_[at_] == '+')) ++at_;
    return Repeat(atom, min, max);
  }

  Info Atom() {
    char c = p_[at_];
    switch (c) {
      case '(': {
        ++at_;
        if (at_ < p_.size() && p_[at_] == '?') {
          if (at_ + 1 >= p_.size() || p_[at_ + 1] != ':') return Fail();
          at_ += 2;
        }
        Info inner = Alternation();
        if (at_ >= p_.size() || p_[at_] != ')') return Fail();
        ++at_;
        return inner;
      }
      case '[':
        return Class();
      case '.':
        ++at_;
        return Info::Unknown();
      case '^':
      case '$':
        ++at_;
        return Info::Empty();
      case '\\':
        return Escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        return Fail();
      default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      ++at_;
      return Info::Exactly({std::string(1, AsciiLower(c))});
    }
    DecodedCodePoint d = DecodeUtf8(p_, at_);
    if (d.code_point == kInvalidCodePoint) return Fail();
    std::string bytes(p_.substr(at_, d.length));
    at_ += d.length;
    if (!IsCaseless(d.code_point)) return Info::Unknown();
    return Info::Exactly({bytes});
  }

  // The character an escape inside or outside a class stands for, or 0 for
  // a class escape (\s, \d, ...); fails on anything else.
  char EscapedChar(bool* is_class) {
    *is_class = false;
    if (at_ + 1 >= p_.size()) {
      Fail();
      return 0;
    }
    char d = p_[at_ + 1];
    at_ += 2;
    if (static_cast<unsigned char>(d) < 0x80 && !IsAsciiAlnum(d)) return d;
    switch (d) {
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'a':
        return '\a';
      case 'e':
        return '\x1B';
      case 's':
      case 'S':
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
        *is_class = true;
        return 0;
      default:
        Fail();
        return 0;
    }
  }

  Info Escape() {
    if (at_ + 1 < p_.size()) {
      switch (p_[at_ + 1]) {
        case 'b':
        case 'B':
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          at_ += 2;
          return Info::Empty();  // zero width
        case 'X':
        case 'R':
          at_ += 2;
          return Info::Unknown();
        default:
          break;
      }
    }
    bool is_class = false;
    char c = EscapedChar(&is_class);
    if (failed_) return Info::Unknown();
    if (is_class) return Info::Unknown();
    return Info::Exactly({std::string(1, AsciiLower(c))});
  }

  // [abc], [^|], [- ]: a few ASCII characters are kept as alternatives;
  // negated, large or non-ASCII classes match unknown text. Nested sets,
  // properties and set operations fail.
  Info Class() {
    ++at_;
    bool unknown = false;
    if (at_ < p_.size() && p_[at_] == '^') {
      unknown = true;
      ++at_;
    }
    if (at_ < p_.size() && p_[at_] == ']') return Fail();
    Strings chars;
    // One member: a character, or 0 with `unknown` set for what is not one
    // ASCII character.
    auto member = [&]() -> char {
      char c = p_[at_];
      if (c == '[' || (c == '&' && at_ + 1 < p_.size() && p_[at_ + 1] == '&') ||
          (c == '-' && at_ + 1 < p_.size() && p_[at_ + 1] == '-')) {
        Fail();
        return 0;
      }
      if (c == '\\') {
        bool is_class = false;
        char e = EscapedChar(&is_class);
        if (is_class) unknown = true;
        return e;
      }
      if (static_cast<unsigned char>(c) >= 0x80) {
        DecodedCodePoint d = DecodeUtf8(p_, at_);
        if (d.code_point == kInvalidCodePoint) {
          Fail();
          return 0;
        }
        at_ += d.length;
        unknown = true;
        return 0;
      }
      ++at_;
      return c;
    };
    while (More() && p_[at_] != ']') {
      char c = member();
      if (failed_) return Info::Unknown();
      if (More() && p_[at_] == '-' && at_ + 1 < p_.size() &&
          p_[at_ + 1] != ']') {
        ++at_;  // a range: too many characters to keep
        member();
        unknown = true;
        continue;
      }
      if (c != 0) chars.insert(std::string(1, AsciiLower(c)));
    }
    if (failed_ || at_ >= p_.size()) return Fail();
    ++at_;  // ]
    if (unknown || chars.empty() || chars.size() > kMaxClassChars) {
      return Info::Unknown();
    }
    return Info::Exactly(std::move(chars));
  }

  std::string_view p_;
  size_t at_ = 0;
  bool failed_ = false;
};

}  // namespace

void PrefilterLine::Set(std::string_view line) {
  line_ = line;
  lowered_ready_ = false;
  judgeable_ = true;
  for (size_t i = SkipAscii(line, 0); i < line.size() && judgeable_;
       i = SkipAscii(line, i)) {
    DecodedCodePoint d = DecodeUtf8(line, i);
    judgeable_ =
        d.code_point == kInvalidCodePoint || !FoldingHasAscii(d.code_point);
    i += d.length;
  }
}

std::string_view PrefilterLine::lowered() const {
  if (!lowered_ready_) {
    lowered_.resize(line_.size());
    std::transform(line_.begin(), line_.end(), lowered_.begin(), AsciiLower);
    lowered_ready_ = true;
  }
  return lowered_;
}

LiteralPrefilter::LiteralPrefilter(std::string_view pattern) {
  Info root = Parser(pattern).Pattern();
  auto list = [](const std::optional<Strings>& s) {
    return s ? std::vector<std::string>(s->begin(), s->end())
             : std::vector<std::string>();
  };
  prefixes_ = list(PrefixesOf(root));
  suffixes_ = list(SuffixesOf(root));
  auto ends = [](const std::vector<std::string>& strings, bool last) {
    std::bitset<256> bytes;
    for (const std::string& s : strings) {
      // An empty string starts and ends every line.
      if (s.empty()) return std::bitset<256>().set();
      bytes.set(static_cast<unsigned char>(last ? s.back() : s.front()));
    }
    return bytes;
  };
  first_bytes_ = ends(prefixes_, false);
  last_bytes_ = ends(suffixes_, true);
  for (const Strings& clause : ClausesOf(root)) {
    // A clause the prefixes or suffixes imply says nothing more.
    std::vector<std::string> c(clause.begin(), clause.end());
    if (c != prefixes_ && c != suffixes_) clauses_.push_back(std::move(c));
  }
  // The clauses likeliest to fail first: those of fewest alternatives.
  std::stable_sort(
      clauses_.begin(), clauses_.end(),
      [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        return a.size() < b.size();
      });
}

bool LiteralPrefilter::MayMatch(const PrefilterLine& line) const {
  if (!line.judgeable()) return true;
  auto any = [](const std::vector<std::string>& strings, auto&& found) {
    return std::any_of(strings.begin(), strings.end(), found);
  };
  bool empty = line.size() == 0;
  if ((!prefixes_.empty() && !empty && !first_bytes_[line.front()]) ||
      (!suffixes_.empty() && !empty && !last_bytes_[line.back()])) {
    return false;
  }
  std::string_view text = line.lowered();
  if (!prefixes_.empty() && !any(prefixes_, [&](const std::string& s) {
        return text.starts_with(s);
      })) {
    return false;
  }
  if (!suffixes_.empty() && !any(suffixes_, [&](const std::string& s) {
        return text.ends_with(s);
      })) {
    return false;
  }
  for (const std::vector<std::string>& clause : clauses_) {
    if (!any(clause, [&](const std::string& s) {
          return text.find(s) != std::string_view::npos;
        })) {
      return false;
    }
  }
  return true;
}

}  // namespace mtlint
