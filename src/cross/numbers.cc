#include "cross/numbers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "cross/code_points.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// ---------------------------------------------------------------------------
// Latin-script text (English, Spanish): a small lexer, then a parser over
// its items.

enum class ItemKind { kDigits, kWord, kSymbol };

struct Item {
  ItemKind kind;
  ByteRange range;
  std::string text;    // words: lowercase ASCII where possible
  bool space_before;   // white space between this item and the previous
  bool line_start;     // first of its line (or of the range)
  bool upper = false;  // a word in capitals
};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<Item> Lex(std::string_view text, ByteRange range) {
  std::vector<Item> items;
  bool space = true;
  bool line_start = true;
  auto push = [&](ItemKind kind, ByteRange r, std::string item_text) {
    items.push_back({kind, r, std::move(item_text), space, line_start, false});
    space = false;
    line_start = false;
  };
  for (size_t i = range.begin; i < range.end;) {
    char c = text[i];
    if (IsAsciiDigit(c)) {
      size_t j = i + 1;
      while (j < range.end &&
             (IsAsciiDigit(text[j]) ||
              ((text[j] == ',' || text[j] == '.') && j + 1 < range.end &&
               IsAsciiDigit(text[j + 1])))) {
        ++j;
      }
      push(ItemKind::kDigits, {i, j}, std::string(text.substr(i, j - i)));
      i = j;
      continue;
    }
    DecodedCodePoint d = DecodeUtf8(text, i);
    if (d.code_point != kInvalidCodePoint && IsLetter(d.code_point)) {
      size_t j = i;
      while (j < range.end) {
        DecodedCodePoint e = DecodeUtf8(text, j);
        if (e.code_point == kInvalidCodePoint || !IsLetter(e.code_point)) break;
        j += e.length;
      }
      std::string_view word = text.substr(i, j - i);
      push(ItemKind::kWord, {i, j}, FoldCase(word));
      items.back().upper =
          std::none_of(word.begin(), word.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; }) &&
          FoldCase(word) != word;
      i = j;
      continue;
    }
    if (d.code_point != kInvalidCodePoint && IsWhiteSpace(d.code_point)) {
      space = true;
      line_start = line_start || d.code_point == '\n';
    } else {
      push(ItemKind::kSymbol, {i, i + d.length},
           std::string(text.substr(i, d.length)));
    }
    i += d.length;
  }
  return items;
}

// The value of a lowercase Roman numeral from ii to xxxix, or nothing.
std::optional<int> RomanValue(std::string_view s) {
  static const std::pair<std::string_view, int> kTens[] = {
      {"xxx", 30}, {"xx", 20}, {"x", 10}};
  static const std::string_view kUnits[] = {"",  "i",  "ii",  "iii",  "iv",
                                            "v", "vi", "vii", "viii", "ix"};
  int value = 0;
  for (auto [tens, v] : kTens) {
    if (s.substr(0, tens.size()) == tens) {
      value = v;
      s.remove_prefix(tens.size());
      break;
    }
  }
  for (int u = 9; u >= 0; --u) {
    if (s == kUnits[u]) {
      value += u;
      return value >= 2 ? std::optional<int>(value) : std::nullopt;
    }
  }
  return std::nullopt;
}

struct Words {
  // Word numbers below a hundred, and the multipliers.
  std::vector<std::pair<std::string_view, int>> small;
  std::vector<std::pair<std::string_view, double>> scales;
  std::vector<std::pair<std::string_view, int>> ordinals;
  std::vector<std::pair<std::string_view, int>> months;
  std::vector<std::string_view> percent;     // words after a number
  std::vector<std::string_view> currencies;  // words after an amount
  std::vector<std::string_view> indefinite;  // "a" of "a million"
  std::string_view hundred;                  // "hundred", "cien"
  bool comma_decimal;                        // "3,5"
};

const Words& English() {
  static const Words w{
      {{"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
       {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
       {"nine", 9},       {"ten", 10},      {"eleven", 11},   {"twelve", 12},
       {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
       {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
       {"thirty", 30},    {"forty", 40},    {"fifty", 50},    {"sixty", 60},
       {"seventy", 70},   {"eighty", 80},   {"ninety", 90},   {"dozen", 12}},
      {{"thousand", 1e3},
       {"million", 1e6},
       {"billion", 1e9},
       {"trillion", 1e12},
       {"bn", 1e9},
       {"mn", 1e6},
       {"tn", 1e12}},
      {{"first", 1},       {"second", 2},       {"third", 3},
       {"fourth", 4},      {"fifth", 5},        {"sixth", 6},
       {"seventh", 7},     {"eighth", 8},       {"ninth", 9},
       {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
       {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
       {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
       {"nineteenth", 19}, {"twentieth", 20}},
      {{"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
       {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
       {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
       {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
       {"sept", 9},      {"sep", 9},    {"october", 10},  {"oct", 10},
       {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12}},
      {"percent", "pct"},
      {"yuan", "renminbi", "rmb", "dollars", "dollar", "euros", "euro",
       "pounds", "yen", "won", "ringgit", "rupees", "pesos", "dong"},
      {"a", "an", "one"},
      "hundred",
      false};
  return w;
}

const Words& Spanish() {
  static const Words w{
      {{"dos", 2},         {"tres", 3},       {"cuatro", 4},
       {"cinco", 5},       {"seis", 6},       {"siete", 7},
       {"ocho", 8},        {"nueve", 9},      {"diez", 10},
       {"once", 11},       {"doce", 12},      {"trece", 13},
       {"catorce", 14},    {"quince", 15},    {"dieciséis", 16},
       {"diecisiete", 17}, {"dieciocho", 18}, {"diecinueve", 19},
       {"veinte", 20},     {"treinta", 30},   {"cuarenta", 40},
       {"cincuenta", 50},  {"sesenta", 60},   {"setenta", 70},
       {"ochenta", 80},    {"noventa", 90},   {"docena", 12}},
      {{"mil", 1e3},
       {"millón", 1e6},
       {"millones", 1e6},
       {"billón", 1e12},
       {"billones", 1e12}},
      {{"tercer", 3},
       {"tercero", 3},
       {"tercera", 3},
       {"cuarto", 4},
       {"cuarta", 4},
       {"quinto", 5},
       {"quinta", 5},
       {"sexto", 6},
       {"sexta", 6},
       {"séptimo", 7},
       {"séptima", 7},
       {"octavo", 8},
       {"octava", 8},
       {"noveno", 9},
       {"novena", 9},
       {"décimo", 10},
       {"décima", 10}},
      {{"enero", 1},
       {"febrero", 2},
       {"marzo", 3},
       {"abril", 4},
       {"mayo", 5},
       {"junio", 6},
       {"julio", 7},
       {"agosto", 8},
       {"septiembre", 9},
       {"setiembre", 9},
       {"octubre", 10},
       {"noviembre", 11},
       {"diciembre", 12}},
      {"por"},  // "por ciento"
      {"yuanes", "dólares", "euros", "pesos", "libras", "yenes"},
      {"un", "una"},
      "cien",
      true};
  return w;
}

template <typename T>
std::optional<T> Lookup(const std::vector<std::pair<std::string_view, T>>& v,
                        std::string_view key) {
  for (const auto& [k, value] : v) {
    if (k == key) return value;
  }
  return std::nullopt;
}

bool Contains(const std::vector<std::string_view>& v, std::string_view key) {
  return std::find(v.begin(), v.end(), key) != v.end();
}

// The value of a run of digits and separators. English: "1,080.5";
// Spanish: "1.080,5", with the other reading in `other` when the text
// allows both ("1.500": 1,500 or 1.5).
double DigitsValue(std::string_view s, bool comma_decimal, double* other) {
  char group = comma_decimal ? '.' : ',';
  char decimal = comma_decimal ? ',' : '.';
  // Groups of exactly three digits after each group separator.
  bool groups_valid = true;
  size_t last_group = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == group) {
      if (last_group != std::string_view::npos && i - last_group != 4) {
        groups_valid = false;
      }
      last_group = i;
    }
  }
  size_t decimal_at = s.find(decimal);
  size_t tail_end =
      decimal_at == std::string_view::npos ? s.size() : decimal_at;
  if (last_group != std::string_view::npos && tail_end - last_group != 4) {
    groups_valid = false;
  }
  auto parse = [](std::string_view digits, char dec) {
    std::string clean;
    for (char c : digits) {
      if (IsAsciiDigit(c)) {
        clean += c;
      } else if (c == dec) {
        clean += '.';
      }
    }
    return std::strtod(clean.c_str(), nullptr);
  };
  double value;
  if (groups_valid) {
    value = parse(s, decimal);
  } else {
    // "3.5" in Spanish text, "3,5" in English text: a decimal.
    std::string swapped(s);
    for (char& c : swapped) c = c == group ? decimal : c;
    value = parse(swapped, decimal);
  }
  if (other) {
    *other = value;
    // One separator followed by three digits reads both ways.
    size_t separators =
        static_cast<size_t>(std::count(s.begin(), s.end(), ',') +
                            std::count(s.begin(), s.end(), '.'));
    if (separators == 1 && last_group != std::string_view::npos) {
      std::string as_decimal(s);
      for (char& c : as_decimal) c = c == group ? '.' : c;
      *other = std::strtod(as_decimal.c_str(), nullptr);
    }
  }
  return value;
}

class LatinParser {
 public:
  LatinParser(const Words& words, std::vector<Item> items)
      : w_(words), items_(std::move(items)) {}

  std::vector<NumberMention> Parse() {
    for (i_ = 0; i_ < items_.size(); ++i_) {
      const Item& it = items_[i_];
      if (it.kind == ItemKind::kDigits) {
        ParseDigits();
      } else if (it.kind == ItemKind::kWord) {
        ParseWord();
      }
    }
    return std::move(out_);
  }

 private:
  const Item* At(size_t k) const {
    return k < items_.size() ? &items_[k] : nullptr;
  }
  bool IsWord(size_t k, std::string_view text) const {
    const Item* it = At(k);
    return it && it->kind == ItemKind::kWord && it->text == text;
  }
  bool IsSymbol(size_t k, std::string_view text, bool adjacent) const {
    const Item* it = At(k);
    return it && it->kind == ItemKind::kSymbol && it->text == text &&
           (!adjacent || !it->space_before);
  }

  // Scale, percent and currency after the number ending at item `k`;
  // returns the last item used.
  size_t Suffixes(size_t k, NumberMention* n) {
    if (const Item* next = At(k + 1); next && next->kind == ItemKind::kWord) {
      if (std::optional<double> scale = Lookup(w_.scales, next->text)) {
        // "mil millones": a thousand millions.
        n->value *= *scale;
        for (double& a : n->also) a *= *scale;
        ++k;
        if (const Item* more = At(k + 1);
            more && more->kind == ItemKind::kWord &&
            Lookup(w_.scales, more->text).value_or(0) > *scale) {
          n->value *= *Lookup(w_.scales, more->text);
          ++k;
        }
      }
    }
    if (IsSymbol(k + 1, "%", false)) {
      n->kind = NumberKind::kPercent;
      ++k;
    } else if (const Item* next = At(k + 1); next &&
                                             next->kind == ItemKind::kWord &&
                                             Contains(w_.percent, next->text)) {
      if (next->text != "por" || IsWord(k + 2, "ciento")) {
        n->kind = NumberKind::kPercent;
        k += next->text == "por" ? 2 : 1;
      }
    } else if (IsWord(k + 1, "per") && IsWord(k + 2, "cent")) {
      n->kind = NumberKind::kPercent;
      k += 2;
    }
    size_t c = k + 1;
    if (IsWord(c, "de")) ++c;  // "millones de dólares"
    if (const Item* next = At(c); next && next->kind == ItemKind::kWord &&
                                  Contains(w_.currencies, next->text)) {
      n->currency = next->text;
    }
    n->range.end = items_[k].range.end;
    return k;
  }

  void Emit(NumberMention n) { out_.push_back(std::move(n)); }

  void ParseDigits() {
    const Item& it = items_[i_];
    // List numbers: "1. " and "2) " at the start of a line.
    if (it.line_start &&
        (IsSymbol(i_ + 1, ".", true) || IsSymbol(i_ + 1, ")", true))) {
      const Item* after = At(i_ + 2);
      if (!after || after->space_before) return;
    }
    NumberMention n;
    n.range = it.range;
    n.digits = true;
    double other = 0;
    n.value = DigitsValue(it.text, w_.comma_decimal,
                          w_.comma_decimal ? &other : nullptr);
    if (w_.comma_decimal && other != n.value) n.also.push_back(other);
    const Item* prev = i_ > 0 ? &items_[i_ - 1] : nullptr;
    const Item* next = At(i_ + 1);
    // Attached to letters: "G20", "COVID-19", "5G".
    if (prev && !it.space_before) {
      if (prev->kind == ItemKind::kWord) n.attached = true;
      if (prev->kind == ItemKind::kSymbol && prev->text == "-" && i_ >= 2 &&
          items_[i_ - 2].kind == ItemKind::kWord && !prev->space_before) {
        n.attached = true;
      }
    }
    // Currency before: "$5", "US$5", "€5".
    if (prev && !it.space_before && prev->kind == ItemKind::kSymbol &&
        (prev->text == "$" || prev->text == "€" || prev->text == "£" ||
         prev->text == "¥")) {
      n.currency = prev->text;
      n.range.begin = prev->range.begin;
      n.attached = false;
    }
    if (prev && !it.space_before && prev->kind == ItemKind::kWord &&
        (prev->text == "rm" || prev->text == "rmb" || prev->text == "hk")) {
      n.currency = prev->text;
      n.attached = false;
    }
    size_t last = i_;
    if (next && next->kind == ItemKind::kWord && !next->space_before) {
      std::string_view s = next->text;
      if (s == "th" || s == "st" || s == "nd" || s == "rd") {
        n.kind = NumberKind::kOrdinal;
        last = i_ + 1;
      } else if (s == "s" && n.value >= 1000 && n.value <= 2100 &&
                 std::fmod(n.value, 10) == 0) {
        n.kind = NumberKind::kDecade;
        last = i_ + 1;
      } else if (!n.currency.empty() && (s == "b" || s == "bn" || s == "m" ||
                                         s == "mn" || s == "k" || s == "tn")) {
        double scale = s == "k"                  ? 1e3
                       : (s == "m" || s == "mn") ? 1e6
                       : s == "tn"               ? 1e12
                                                 : 1e9;
        n.value *= scale;
        last = i_ + 1;
      } else if (Lookup(w_.scales, s)) {
        // "5billion": the scale without a space.
      } else {
        n.attached = true;
      }
    }
    if (n.kind == NumberKind::kCount && it.text.size() == 4 &&
        it.text.find_first_of(",.") == std::string::npos && n.value >= 1000 &&
        n.value <= 2100 && n.currency.empty()) {
      n.kind = NumberKind::kYear;
    }
    n.range.end = items_[last].range.end;
    if (n.kind == NumberKind::kCount || n.kind == NumberKind::kYear) {
      last = Suffixes(last, &n);
      if (n.kind == NumberKind::kYear && n.range.end != it.range.end) {
        n.kind = NumberKind::kCount;  // "2000 percent", "1500 millones"
      }
    }
    // A day after a month ("Feb. 10", "February 10") was taken with the
    // month; one before it ("10 February", "10 de febrero") takes it.
    size_t m = last + 1;
    if (IsWord(m, "de")) ++m;
    if (const Item* month = At(m); n.kind == NumberKind::kCount &&
                                   n.value >= 1 && n.value <= 31 &&
                                   std::floor(n.value) == n.value && month &&
                                   month->kind == ItemKind::kWord) {
      if (std::optional<int> mo = Lookup(w_.months, month->text)) {
        n.kind = NumberKind::kDate;
        n.value = *mo * 100 + n.value;
        n.range.end = month->range.end;
        last = m;
      }
    }
    i_ = last;
    Emit(std::move(n));
  }

  void ParseWord() {
    const Item& it = items_[i_];
    if (std::optional<int> mo = Lookup(w_.months, it.text)) {
      NumberMention n;
      n.range = it.range;
      n.kind = NumberKind::kMonth;
      n.value = *mo;
      size_t k = i_ + 1;
      if (IsSymbol(k, ".", true)) ++k;  // "Feb."
      if (const Item* day = At(k); day && day->kind == ItemKind::kDigits) {
        double d = DigitsValue(day->text, false, nullptr);
        if (d >= 1 && d <= 31 && std::floor(d) == d) {
          n.kind = NumberKind::kDate;
          n.value = *mo * 100 + d;
          n.digits = true;
          n.range.end = day->range.end;
          i_ = k;
          // "th" of "February 10th".
          if (const Item* th = At(k + 1);
              th && th->kind == ItemKind::kWord && !th->space_before) {
            n.range.end = th->range.end;
            ++i_;
          }
        }
      }
      // "may" the verb: only a month beside a day or a year.
      if (it.text == "may" && n.kind == NumberKind::kMonth) return;
      Emit(std::move(n));
      return;
    }
    // Roman numerals in capitals: "Level II", "Phase IV".
    if (it.upper && it.text.size() >= 2) {
      if (std::optional<int> roman = RomanValue(it.text)) {
        NumberMention n;
        n.range = it.range;
        n.value = *roman;
        Emit(std::move(n));
        return;
      }
    }
    if (std::optional<int> ord = Lookup(w_.ordinals, it.text)) {
      NumberMention n;
      n.range = it.range;
      n.kind = NumberKind::kOrdinal;
      n.value = *ord;
      Emit(std::move(n));
      return;
    }
    // Word numbers: "twenty-five", "three hundred", "a million", "two
    // dozen".
    double total = 0;
    double current = 0;
    bool any = false;
    bool ordinal = false;
    size_t k = i_;
    size_t last = i_;
    if (Contains(w_.indefinite, it.text) && At(k + 1) &&
        At(k + 1)->kind == ItemKind::kWord &&
        (Lookup(w_.scales, At(k + 1)->text) || At(k + 1)->text == w_.hundred ||
         At(k + 1)->text == "dozen")) {
      current = 1;
      any = true;
      ++k;
    }
    for (; k < items_.size(); ++k) {
      const Item& t = items_[k];
      if (t.kind == ItemKind::kSymbol && t.text == "-" && !t.space_before &&
          any) {
        continue;  // "twenty-five"
      }
      if (t.kind != ItemKind::kWord) break;
      if (std::optional<int> v = Lookup(w_.small, t.text)) {
        if (t.text == "dozen" || t.text == "docena") {
          current = (current == 0 ? 1 : current) * 12;
        } else {
          current += *v;
        }
      } else if (std::optional<int> ord = Lookup(w_.ordinals, t.text);
                 ord && any) {
        current += *ord;  // "forty-eighth"
        ordinal = true;
        last = k;
        break;
      } else if (t.text == w_.hundred && any) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (std::optional<double> scale = Lookup(w_.scales, t.text);
                 scale && any) {
        total += (current == 0 ? 1 : current) * *scale;
        current = 0;
      } else {
        break;
      }
      any = true;
      last = k;
    }
    if (!any) return;
    NumberMention n;
    n.range = {it.range.begin, items_[last].range.end};
    n.value = total + current;
    if (ordinal) {
      n.kind = NumberKind::kOrdinal;
      i_ = last;
    } else {
      i_ = Suffixes(last, &n);
    }
    Emit(std::move(n));
  }

  const Words& w_;
  std::vector<Item> items_;
  std::vector<NumberMention> out_;
  size_t i_ = 0;
};

// ---------------------------------------------------------------------------
// Chinese.

int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int ChineseUnit(char32_t c) {
  switch (c) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

int DigitOf(char32_t c) {
  if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

// The value of Chinese numerals with units: 四十八, 一万六千, 两百.
double ChineseValue(const std::u32string& s) {
  double total = 0;    // above 亿
  double section = 0;  // below 万
  double wan = 0;      // the 万 section
  double digit = 0;
  for (char32_t c : s) {
    int d = ChineseDigit(c);
    if (d >= 0) {
      digit = d;
      continue;
    }
    int unit = ChineseUnit(c);
    if (unit == 10 || unit == 100 || unit == 1000) {
      section += (digit == 0 ? 1 : digit) * unit;
    } else if (unit == 10000) {
      wan = (section + digit) * 10000;
      section = 0;
    } else if (unit == 100000000) {
      total = (wan + section + digit) * 100000000;
      wan = 0;
      section = 0;
    }
    digit = 0;
  }
  return total + wan + section + digit;
}

// Measure words: a small Chinese numeral before one of them is a count.
bool IsMeasureWord(char32_t c) {
  static const std::u32string kMeasures =
      U"个年月日天号人名位家只项次倍岁所元块件架辆台条座艘枚颗吨米里亩斤克"
      U"周届期季轮款份批股层级类种国省市县套部场篇本户例起头匹棵张笔时分秒"
      U"度代";
  return kMeasures.find(c) != std::u32string::npos;
}

bool IsSpaceCp(char32_t c) { return c == U' ' || c == U'\u3000' || c == U'\t'; }

std::string_view ChineseCurrency(const std::vector<CodePoint>& cps, size_t at) {
  static const std::vector<std::pair<std::u32string_view, std::string_view>>
      kCurrencies = {{U"美元", "$"},       {U"人民币", "yuan"},
                     {U"元", "yuan"},      {U"欧元", "€"},
                     {U"英镑", "£"},       {U"日元", "yen"},
                     {U"港元", "HK$"},     {U"港币", "HK$"},
                     {U"令吉", "ringgit"}, {U"越盾", "dong"}};
  for (const auto& [word, name] : kCurrencies) {
    if (MatchesAt(cps, at, word)) return name;
  }
  return "";
}

class ChineseParser {
 public:
  ChineseParser(std::string_view text, ByteRange range)
      : cps_(DecodeRange(text, range)) {}

  std::vector<NumberMention> Parse() {
    for (j_ = 0; j_ < cps_.size();) {
      if (DigitOf(cps_[j_].c) >= 0) {
        ParseDigits();
      } else if (ChineseDigit(cps_[j_].c) >= 0 || ChineseUnit(cps_[j_].c)) {
        ParseNumerals();
      } else {
        ++j_;
      }
    }
    return std::move(out_);
  }

 private:
  char32_t At(size_t k) const { return k < cps_.size() ? cps_[k].c : 0; }

  // After the number ending before `k`: a scale, percent, year, month,
  // day or decade; fills `n` and returns where the number ends.
  size_t Suffixes(size_t k, NumberMention* n, bool may_be_year) {
    size_t s = k;
    while (IsSpaceCp(At(s))) ++s;
    if (MatchesAt(cps_, s, U"万亿")) {
      n->value *= 1e12;
      s += 2;
      k = s;
    } else if (At(s) == U'亿' || At(s) == U'万' ||
               (At(s) == U'千' && n->digits) ||
               (At(s) == U'百' && At(s + 1) == U'万')) {
      double scale = At(s) == U'亿'   ? 1e8
                     : At(s) == U'万' ? 1e4
                     : At(s) == U'千' ? (At(s + 1) == U'万' ? 1e7 : 1e3)
                                      : 1e6;
      s += (At(s) == U'百' || (At(s) == U'千' && At(s + 1) == U'万')) ? 2 : 1;
      n->value *= scale;
      for (double& a : n->also) a *= scale;
      k = s;
    }
    s = k;
    while (IsSpaceCp(At(s))) ++s;
    if (At(s) == U'%' || At(s) == U'％') {
      n->kind = NumberKind::kPercent;
      return s + 1;
    }
    n->currency = std::string(ChineseCurrency(cps_, k));
    bool integer = std::floor(n->value) == n->value;
    if (MatchesAt(cps_, k, U"年代") && integer) {
      double v = n->value;
      if (v >= 10 && v <= 90 && std::fmod(v, 10) == 0) {
        bool this_century = EndsAt(cps_, start_, U"本世纪") ||
                            EndsAt(cps_, start_, U"21世纪") ||
                            EndsAt(cps_, start_, U"二十一世纪");
        n->value = (this_century ? 2000 : 1900) + v;
        n->also.push_back(v);
      }
      n->kind = NumberKind::kDecade;
      return k + 2;
    }
    if (At(k) == U'年' && may_be_year && integer && n->value >= 1000 &&
        n->value <= 2100) {
      n->kind = NumberKind::kYear;
      return k + 1;
    }
    if (At(k) == U'月' && integer && n->value >= 1 && n->value <= 12) {
      // "2月10日": a date; "2月": a month.
      size_t d = k + 1;
      double day = 0;
      size_t day_end = d;
      if (DigitOf(At(d)) >= 0) {
        while (DigitOf(At(day_end)) >= 0) {
          day = day * 10 + DigitOf(At(day_end));
          ++day_end;
        }
      } else {
        std::u32string numerals;
        while (ChineseDigit(At(day_end)) >= 0 || At(day_end) == U'十') {
          numerals += At(day_end);
          ++day_end;
        }
        if (!numerals.empty()) day = ChineseValue(numerals);
      }
      if (day_end > d && (At(day_end) == U'日' || At(day_end) == U'号') &&
          day >= 1 && day <= 31) {
        n->kind = NumberKind::kDate;
        n->value = n->value * 100 + day;
        return day_end + 1;
      }
      n->kind = NumberKind::kMonth;
      return k + 1;
    }
    return k;
  }

  bool OrdinalOrSkipped(NumberMention* n, bool* skip) {
    if (EndsAt(cps_, start_, U"第")) {
      n->kind = NumberKind::kOrdinal;
      return true;
    }
    // Days of the week: 周五, 星期三.
    if (EndsAt(cps_, start_, U"周") || EndsAt(cps_, start_, U"星期") ||
        EndsAt(cps_, start_, U"礼拜")) {
      *skip = true;
    }
    return false;
  }

  void Emit(NumberMention n, size_t end) {
    n.range = {cps_[start_].begin, cps_[end - 1].end};
    if (EndsAt(cps_, start_, U"百分之")) n.kind = NumberKind::kPercent;
    out_.push_back(std::move(n));
  }

  void ParseDigits() {
    start_ = j_;
    size_t k = j_;
    std::string ascii;
    while (k < cps_.size()) {
      int d = DigitOf(At(k));
      if (d >= 0) {
        ascii += static_cast<char>('0' + d);
      } else if ((At(k) == U'.' || At(k) == U'．' || At(k) == U',') &&
                 DigitOf(At(k + 1)) >= 0) {
        ascii += At(k) == U',' ? ',' : '.';
      } else {
        break;
      }
      ++k;
    }
    j_ = k;
    // List numbers at the start of a paragraph: "1. ", "2、".
    bool at_start = true;
    for (size_t p = start_; p > 0 && at_start; --p) {
      if (At(p - 1) == U'\n') break;
      at_start = IsSpaceCp(At(p - 1));
    }
    char32_t after = At(k);
    if (at_start && (after == U'.' || after == U'、' || after == U'．' ||
                     after == U')' || after == U'）')) {
      return;
    }
    NumberMention n;
    n.digits = true;
    n.value = DigitsValue(ascii, false, nullptr);
    auto is_ascii_letter = [](char32_t c) {
      c |= 0x20;
      return c >= U'a' && c <= U'z';
    };
    if ((start_ > 0 && is_ascii_letter(At(start_ - 1))) ||
        is_ascii_letter(after)) {
      n.attached = true;
    }
    bool skip = false;
    OrdinalOrSkipped(&n, &skip);
    if (skip) return;
    size_t end = Suffixes(k, &n, ascii.size() == 4);
    j_ = std::max(j_, end);
    Emit(std::move(n), end);
  }

  void ParseNumerals() {
    start_ = j_;
    std::u32string s;
    size_t k = j_;
    while (k < cps_.size() &&
           (ChineseDigit(At(k)) >= 0 || ChineseUnit(At(k)) ||
            (At(k) == U'点' && ChineseDigit(At(k + 1)) >= 0 && !s.empty()))) {
      s += At(k);
      ++k;
    }
    j_ = k;
    // Numbers start with a digit or 十: 万一, 千万 and 百姓 are words.
    if (ChineseUnit(s[0]) > 10) {
      j_ = start_ + 1;
      return;
    }
    size_t decimal = s.find(U'点');
    std::u32string whole = s.substr(0, decimal);
    bool has_digit = false;
    bool has_unit = false;
    for (char32_t c : whole) {
      has_digit = has_digit || ChineseDigit(c) >= 0;
      has_unit = has_unit || ChineseUnit(c) != 0;
    }
    // Adjacent digits: an approximation ("六七千", 6,000 to 7,000) when
    // consecutive, a year written digit by digit (二〇二三年), else no
    // number at all ("三一重工", "一五一十").
    std::u32string low = whole;
    std::u32string high;
    bool digit_by_digit = false;
    for (size_t p = 0; p + 1 < whole.size(); ++p) {
      int a = ChineseDigit(whole[p]);
      int b = ChineseDigit(whole[p + 1]);
      if (a < 0 || b < 0) continue;
      if (b == a + 1 && a > 0 && high.empty() && has_unit) {
        low = whole.substr(0, p + 1) + whole.substr(p + 2);
        high = whole.substr(0, p) + whole.substr(p + 1);
      } else if (!has_unit && whole.size() == 4 && At(k) == U'年') {
        digit_by_digit = true;
      } else if (!(b == a + 1 && a > 0)) {
        return;
      } else {
        // "三四个": three or four.
        low = whole.substr(0, p + 1);
        high = whole.substr(p + 1);
      }
    }
    NumberMention n;
    if (digit_by_digit) {
      for (char32_t c : whole) n.value = n.value * 10 + ChineseDigit(c);
    } else {
      n.value = ChineseValue(low);
      if (!high.empty()) n.also.push_back(ChineseValue(high));
    }
    if (decimal != std::u32string::npos) {
      std::string fraction = "0.";
      for (char32_t c : s.substr(decimal + 1)) {
        fraction += static_cast<char>('0' + ChineseDigit(c));
      }
      n.value += std::strtod(fraction.c_str(), nullptr);
    }
    bool skip = false;
    bool ordinal = OrdinalOrSkipped(&n, &skip);
    if (skip) return;
    bool percent = EndsAt(cps_, start_, U"百分之");
    bool measured = IsMeasureWord(At(k)) || ChineseUnit(At(k)) ||
                    (At(k) == U'%' || At(k) == U'％');
    // 十分 is "very", not ten minutes; bare units (百姓, 千万, 万一) are
    // words.
    if (!has_digit) {
      if (whole != U"十" || !measured || At(k) == U'分') return;
    }
    if (!has_unit && !digit_by_digit && !percent && !ordinal && !measured) {
      return;
    }
    if ((whole == U"一" || whole == U"两" || whole == U"〇" ||
         whole == U"零") &&
        !percent && decimal == std::u32string::npos) {
      return;  // "a", "both", "zero"
    }
    size_t end = Suffixes(k, &n, digit_by_digit);
    j_ = std::max(j_, end);
    Emit(std::move(n), end);
  }

  std::vector<CodePoint> cps_;
  std::vector<NumberMention> out_;
  size_t j_ = 0;
  size_t start_ = 0;
};

bool Equal(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max({std::fabs(a), std::fabs(b), 1.0});
}

std::string WithSeparators(double value) {
  std::string digits = fmt::format("{:.0f}", std::floor(value));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Plain(double value) {
  if (std::floor(value) == value) return WithSeparators(value);
  std::string s = fmt::format("{:.4f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  size_t dot = s.find('.');
  return WithSeparators(std::strtod(s.substr(0, dot).c_str(), nullptr)) +
         s.substr(dot);
}

const char* const kMonthNames[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// Words that say nothing about what a number counts.
bool IsStopWord(std::string_view w) {
  static const std::set<std::string_view> kStop = {
      "a",     "an",      "the",     "of",      "in",       "on",       "at",
      "to",    "for",     "by",      "with",    "and",      "or",       "from",
      "as",    "is",      "was",     "were",    "are",      "be",       "been",
      "has",   "have",    "had",     "its",     "his",      "her",      "their",
      "this",  "that",    "than",    "about",   "some",     "more",     "less",
      "over",  "under",   "up",      "down",    "after",    "before",   "since",
      "last",  "said",    "says",    "it",      "he",       "she",      "they",
      "which", "who",     "while",   "nearly",  "almost",   "around",   "per",
      "cent",  "percent", "million", "billion", "thousand", "trillion", "will",
      "would", "could",   "also",    "only",    "just"};
  return kStop.count(w) != 0;
}

std::string Stem(std::string w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

}  // namespace

std::vector<NumberMention> EnglishNumbers(std::string_view text,
                                          ByteRange range) {
  return LatinParser(English(), Lex(text, range)).Parse();
}

std::vector<NumberMention> SpanishNumbers(std::string_view text,
                                          ByteRange range) {
  return LatinParser(Spanish(), Lex(text, range)).Parse();
}

std::vector<NumberMention> ChineseNumbers(std::string_view text,
                                          ByteRange range) {
  return ChineseParser(text, range).Parse();
}

bool SameNumber(const NumberMention& a, const NumberMention& b) {
  bool a_date = a.kind == NumberKind::kDate;
  bool b_date = b.kind == NumberKind::kDate;
  if (a_date != b_date) return false;
  auto values = [](const NumberMention& n) {
    std::vector<double> v = n.also;
    v.push_back(n.value);
    return v;
  };
  for (double x : values(a)) {
    for (double y : values(b)) {
      if (Equal(x, y)) return true;
    }
  }
  return false;
}

std::string FormatNumber(const NumberMention& n) {
  switch (n.kind) {
    case NumberKind::kPercent:
      return Plain(n.value) + "%";
    case NumberKind::kMonth:
      if (n.value >= 1 && n.value <= 12) {
        return kMonthNames[static_cast<int>(n.value) - 1];
      }
      break;
    case NumberKind::kDate: {
      int month = static_cast<int>(n.value) / 100;
      int day = static_cast<int>(n.value) % 100;
      if (month >= 1 && month <= 12) {
        return fmt::format("{} {}", kMonthNames[month - 1], day);
      }
      break;
    }
    case NumberKind::kDecade:
      return fmt::format("{:.0f}s", n.value);
    case NumberKind::kYear:
      return fmt::format("{:.0f}", n.value);
    default:
      break;
  }
  double v = n.value;
  for (auto [scale, word] :
       {std::pair{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}) {
    double scaled = v / scale;
    if (scaled >= 1 && Equal(std::round(scaled * 100) / 100, scaled)) {
      return Plain(std::round(scaled * 100) / 100) + " " + word;
    }
  }
  return Plain(v);
}

NumberContext ContextOf(const Document& doc, const Sentence& sentence,
                        ByteRange number) {
  // Content words within four words of the number, and the capitalised
  // words of the sentence but its first.
  constexpr size_t kWindow = 4;
  NumberContext out;
  std::vector<const Token*> before;
  std::vector<const Token*> after;
  const std::vector<Token>& tokens = doc.tokens();
  for (uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
    const Token& t = tokens[k];
    if (!t.is_word()) continue;
    std::string_view w = doc.Text(t);
    bool upper = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
    if (upper && k != sentence.first_token) out.names.emplace_back(w);
    if (t.end <= number.begin) before.push_back(&t);
    if (t.begin >= number.end) after.push_back(&t);
  }
  auto add = [&](const Token* t) {
    std::string w = FoldCase(doc.Text(*t));
    if (w.size() < 3 || IsStopWord(w)) return false;
    if (std::any_of(w.begin(), w.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      return false;
    }
    out.keywords.push_back(Stem(std::move(w)));
    return true;
  };
  size_t taken = 0;
  for (auto it = before.rbegin(); it != before.rend() && taken < kWindow;
       ++it) {
    taken += add(*it);
  }
  taken = 0;
  for (auto it = after.begin(); it != after.end() && taken < kWindow; ++it) {
    taken += add(*it);
  }
  return out;
}

namespace {

size_t Shared(const std::vector<std::string>& a,
              const std::vector<std::string>& b) {
  std::set<std::string_view> in_b(b.begin(), b.end());
  std::set<std::string_view> counted;
  size_t n = 0;
  for (const std::string& w : a) {
    if (in_b.count(w) && counted.insert(w).second) ++n;
  }
  return n;
}

}  // namespace

size_t SharedKeywords(const NumberContext& a, const NumberContext& b) {
  return Shared(a.keywords, b.keywords);
}

size_t SharedNames(const NumberContext& a, const NumberContext& b) {
  return Shared(a.names, b.names);
}

}  // namespace mtlint
