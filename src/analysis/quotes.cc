#include "analysis/quotes.h"

#include <array>
#include <iterator>
#include <optional>
#include <vector>

#include "text/byte_set.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

struct Pair {
  char32_t open;
  char32_t close;
  // A second closer that also ends this opener („…“ in German style).
  char32_t alt_close;
  bool is_quote;
};

constexpr Pair kPairs[] = {
    {U'\u201C', U'\u201D', 0, true},          // “ ”
    {U'\u201E', U'\u201C', U'\u201D', true},  // „ “
    {U'\u00AB', U'\u00BB', 0, true},          // « »
    {U'(', U')', 0, false},
    {U'[', U']', 0, false},
};

struct OpenMark {
  const Pair* pair;  // null once closed
  ByteRange range;
};

// Open marks in the order they opened, where the innermost open mark of
// each kind is found at once: scanning for it made a line of 100,000
// quotes take seconds.
class OpenMarks {
 public:
  void Push(const OpenMark& m) {
    by_pair_[m.pair - kPairs].push_back(marks_.size());
    marks_.push_back(m);
    ++open_;
  }
  // Removes and returns the innermost open mark of `pair`.
  std::optional<OpenMark> PopInnermost(const Pair* pair) {
    std::vector<size_t>& stack = by_pair_[pair - kPairs];
    if (stack.empty()) return std::nullopt;
    OpenMark m = Close(stack.back());
    stack.pop_back();
    return m;
  }
  // Removes every open mark of `pair`.
  void RemoveAll(const Pair* pair) {
    std::vector<size_t>& stack = by_pair_[pair - kPairs];
    for (size_t i : stack) Close(i);
    stack.clear();
  }
  // Removes and returns the mark opened last.
  OpenMark PopBack() {
    const Pair* pair = marks_.back().pair;
    return *PopInnermost(pair);
  }
  bool empty() const { return open_ == 0; }
  // Calls `f` with each open mark, in the order they opened.
  template <typename F>
  void ForEach(F f) const {
    for (const OpenMark& m : marks_) {
      if (m.pair) f(m);
    }
  }

 private:
  OpenMark Close(size_t i) {
    OpenMark m = marks_[i];
    marks_[i].pair = nullptr;
    --open_;
    // Closed marks at the end go, so marks_.back() is always open.
    while (!marks_.empty() && !marks_.back().pair) marks_.pop_back();
    return m;
  }

  std::vector<OpenMark> marks_;
  std::array<std::vector<size_t>, std::size(kPairs)> by_pair_;
  size_t open_ = 0;
};

bool IsOpeningContext(char32_t before) {
  return before == kInvalidCodePoint || IsWhiteSpace(before) ||
         before == U'(' || before == U'[' || before == U'\u2014' ||
         before == U'\u2013';
}

// A dash right after a quote follows a closing one: "Today?"—the boy asked.
bool IsClosingContext(char32_t after) {
  return after == kInvalidCodePoint || IsWhiteSpace(after) || after == U'.' ||
         after == U',' || after == U';' || after == U':' || after == U')' ||
         after == U'!' || after == U'?' || after == U'-' ||
         after == U'\u2013' || after == U'\u2014';
}

// The first bytes of the marks of kPairs and the straight double quote:
// ( ) [ ] ", 0xC2 for « », 0xE2 for “ ” „.
constexpr ByteSet kMarkStarts("\"()[]\xC2\xE2");

bool IsOpener(char32_t cp) {
  for (const Pair& pair : kPairs) {
    if (pair.open == cp) return true;
  }
  return false;
}

// "a) first, b) second": a list marker closes nothing.
bool IsListMarker(std::string_view text, ByteRange para, size_t close) {
  size_t start = close;
  // At most two characters: a marker, not the end of a long word.
  while (start > para.begin && close - start <= 2) {
    DecodedCodePoint d = DecodeUtf8Before(text, start);
    if (!IsLetter(d.code_point) && !IsDigit(d.code_point)) break;
    start -= d.length;
  }
  if (start == close || close - start > 2) return false;
  return start == para.begin || text[start - 1] == ' ';
}

// The marks of the paragraph being scanned.
struct ParagraphMarks {
  ByteRange range;
  OpenMarks open;
  std::vector<ByteRange> straight;  // straight quotes not yet paired
};

class Matcher {
 public:
  explicit Matcher(std::string_view text) : text_(text) {}

  void Paragraph(ByteRange range) {
    ContinueQuotations(range);
    ParagraphMarks para{range, {}, {}};
    for (size_t i = kMarkStarts.Find(text_, range.begin, range.end);
         i < range.end; i = kMarkStarts.Find(text_, i, range.end)) {
      DecodedCodePoint d = DecodeUtf8(text_, i);
      ByteRange r{i, i + d.length};
      i += d.length;
      if (d.code_point == U'"') {
        para.straight.push_back(r);
      } else if (!Consume(&para, d.code_point, r)) {
        for (const Pair& pair : kPairs) {
          if (d.code_point == pair.open) {
            para.open.Push({&pair, r});
            break;
          }
        }
      }
    }
    para.open.ForEach([&](const OpenMark& m) {
      if (m.pair->is_quote) {
        pending_.Push(m);
      } else {
        Unpaired(MarkProblem::kUnclosedBracket, m.range);
      }
    });
    Straight(range, para.straight);
  }

  QuoteAnalysis Finish() {
    pending_.ForEach([&](const OpenMark& m) {
      Unpaired(MarkProblem::kUnclosedQuote, m.range);
    });
    if (has_straight_pending_) {
      Unpaired(MarkProblem::kOddStraight, straight_pending_);
    }
    return std::move(result_);
  }

 private:
  // News style opens every paragraph of a long quotation again and closes
  // only the last: a paragraph that starts with an opening quote (after
  // the indentation of indented copy) continues the quotation left open by
  // the one before. Straight quotes wait for Straight(), which knows the
  // paragraph's count.
  void ContinueQuotations(ByteRange para) {
    size_t start = SkipWhiteSpace(text_, para.begin, para.end);
    if (start == para.end) return;
    char32_t first = DecodeUtf8(text_, start).code_point;
    for (const Pair& pair : kPairs) {
      if (pair.open == first) pending_.RemoveAll(&pair);
    }
  }

  void Unpaired(MarkProblem problem, ByteRange r) {
    result_.unpaired.push_back({problem, r});
  }

  // Closes the innermost open mark that `cp` closes, in this paragraph or
  // pending from an earlier one, and records a closer with nothing to
  // close. Returns false when `cp` is no closer, or is “ left unmatched,
  // which opens in English though it closes German „.
  bool Consume(ParagraphMarks* para, char32_t cp, ByteRange r) {
    const Pair* stray = nullptr;
    for (const Pair& pair : kPairs) {
      if (cp != pair.close && cp != pair.alt_close) continue;
      if (CloseInnermost(&para->open, &pair, r) ||
          CloseInnermost(&pending_, &pair, r)) {
        return true;
      }
      if (!stray && cp == pair.close) stray = &pair;
    }
    if (!stray || IsOpener(cp)) return false;
    if (stray->is_quote && CloseStraight(para, r)) return true;
    if (stray->is_quote) {
      Unpaired(MarkProblem::kStrayQuote, r);
    } else if (!IsListMarker(text_, para->range, r.begin)) {
      Unpaired(MarkProblem::kStrayBracket, r);
    }
    return true;
  }

  // Machine translation mixes styles: a straight quote left open, in this
  // paragraph or an earlier one, may close with a curly one. In this
  // paragraph, an odd count so far leaves the last straight quote open.
  bool CloseStraight(ParagraphMarks* para, ByteRange close) {
    ByteRange open;
    if (para->straight.size() % 2 == 1 &&
        Opens(para->straight.back(), para->range)) {
      open = para->straight.back();
      para->straight.pop_back();
    } else if (has_straight_pending_) {
      open = straight_pending_;
      has_straight_pending_ = false;
    } else {
      return false;
    }
    result_.pairs.push_back({open, close, true});
    return true;
  }

  bool CloseInnermost(OpenMarks* marks, const Pair* pair, ByteRange close) {
    std::optional<OpenMark> open = marks->PopInnermost(pair);
    if (!open) return false;
    result_.pairs.push_back({open->range, close, pair->is_quote});
    return true;
  }

  void Straight(ByteRange para, const std::vector<ByteRange>& quotes) {
    if (quotes.empty()) return;
    size_t first = 0;
    size_t end = quotes.size();
    if (end % 2 == 1 && (has_straight_pending_ || !pending_.empty()) &&
        FirstCloses(para, quotes)) {
      // It closes the quotation left open, straight or (mixed styles)
      // curly.
      ByteRange open = straight_pending_;
      if (has_straight_pending_) {
        has_straight_pending_ = false;
      } else {
        open = pending_.PopBack().range;
      }
      result_.pairs.push_back({open, quotes.front(), true});
      first = 1;
    } else {
      if (quotes.front().begin == SkipWhiteSpace(text_, para.begin, para.end) &&
          Opens(quotes.front(), para)) {
        has_straight_pending_ = false;  // news style: continued
      }
      if (end % 2 == 1) {
        if (has_straight_pending_) {
          Unpaired(MarkProblem::kOddStraight, straight_pending_);
          has_straight_pending_ = false;
        }
        end -= 1;
        if (Opens(quotes.back(), para)) {
          straight_pending_ = quotes.back();
          has_straight_pending_ = true;
        } else {
          Unpaired(MarkProblem::kOddStraight, quotes.back());
        }
      }
    }
    for (size_t i = first; i + 1 < end; i += 2) {
      result_.pairs.push_back({quotes[i], quotes[i + 1], true});
    }
  }

  // An odd count of straight quotes with a quotation open before them reads
  // two ways: the first quote closes it and the rest pair, or the quotes
  // pair from the first and the last is left over. The two readings give
  // every quote opposite roles; the one that fits the looks of most quotes
  // wins. '"Solís said so. "Funds and talent matter."' closes an open
  // quotation though its first quote looks like an opener: read the other
  // way, the second quote would close before a word and the third open at
  // the end.
  bool FirstCloses(ByteRange para, const std::vector<ByteRange>& quotes) const {
    size_t fits = 0;
    for (size_t i = 0; i < quotes.size(); ++i) {
      fits += Opens(quotes[i], para) == (i % 2 == 1);
    }
    return 2 * fits > quotes.size();
  }

  bool Opens(ByteRange quote, ByteRange para) const {
    char32_t before = quote.begin > para.begin
                          ? DecodeUtf8Before(text_, quote.begin).code_point
                          : kInvalidCodePoint;
    char32_t after = quote.end < para.end
                         ? DecodeUtf8(text_, quote.end).code_point
                         : kInvalidCodePoint;
    return IsOpeningContext(before) && !IsClosingContext(after);
  }

  std::string_view text_;
  QuoteAnalysis result_;
  OpenMarks pending_;           // quotes still open at a paragraph's end
  ByteRange straight_pending_;  // an odd straight quote left open
  bool has_straight_pending_ = false;
};

}  // namespace

QuoteAnalysis AnalyzeQuotes(const Document& doc) {
  Matcher matcher(doc.text());
  for (const Paragraph& p : doc.paragraphs()) matcher.Paragraph(p.range);
  return matcher.Finish();
}

const QuoteAnalysis& Document::quotes() const {
  if (!quotes_) quotes_ = std::make_unique<QuoteAnalysis>(AnalyzeQuotes(*this));
  return *quotes_;
}

char32_t ClosingMarkOf(char32_t open) {
  for (const Pair& pair : kPairs) {
    if (pair.open == open) return pair.close;
  }
  return open;
}

}  // namespace mtlint
