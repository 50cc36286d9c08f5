#include "checks/quote_unbalanced.h"

#include <fmt/format.h>

#include <optional>
#include <vector>

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

struct Mark {
  const Pair* pair;
  ByteRange range;
};

// A straight quote that has no partner in its paragraph, and which way it
// faces.
struct StraightLeftover {
  ByteRange range;
  bool opening;
};

bool IsOpeningContext(char32_t before) {
  return before == kInvalidCodePoint || IsWhiteSpace(before) ||
         before == U'(' || before == U'[' || before == U'\u2014' ||
         before == U'\u2013';
}

bool IsClosingContext(char32_t after) {
  return after == kInvalidCodePoint || IsWhiteSpace(after) || after == U'.' ||
         after == U',' || after == U';' || after == U':' || after == U')' ||
         after == U'!' || after == U'?';
}

// "a) first, b) second": a list marker closes nothing.
bool IsListMarker(std::string_view text, ByteRange para, size_t close) {
  size_t start = close;
  while (start > para.begin) {
    DecodedCodePoint d = DecodeUtf8Before(text, start);
    if (!IsLetter(d.code_point) && !IsDigit(d.code_point)) break;
    start -= d.length;
  }
  if (start == close || close - start > 2) return false;
  return start == para.begin || text[start - 1] == ' ';
}

// Pairs marks within each paragraph, then across paragraphs: a quotation
// that runs over several paragraphs opens in one and closes in a later one
// (news style repeats the opening mark on each paragraph, which also pairs).
class QuoteMatcher {
 public:
  QuoteMatcher(std::string_view text, DiagnosticSink& sink)
      : text_(text), sink_(sink) {}

  void Paragraph(ByteRange para) {
    std::vector<Mark> open;
    std::vector<ByteRange> straight;
    for (size_t i = para.begin; i < para.end;) {
      DecodedCodePoint d = DecodeUtf8(text_, i);
      ByteRange r{i, i + d.length};
      i += d.length;
      if (d.code_point == U'"') {
        straight.push_back(r);
      } else if (!Consume(&open, d.code_point, r, para)) {
        for (const Pair& pair : kPairs) {
          if (d.code_point == pair.open) {
            open.push_back({&pair, r});
            break;
          }
        }
      }
    }
    for (const Mark& m : open) {
      if (m.pair->is_quote) {
        pending_.push_back(m);
      } else {
        sink_.Report(Severity::kWarning, m.range,
                     fmt::format("opening '{}' has no closing '{}' in its "
                                 "paragraph",
                                 EncodeUtf8(m.pair->open),
                                 EncodeUtf8(m.pair->close)));
      }
    }
    Straight(para, straight);
  }

  void Finish() {
    for (const Mark& m : pending_) {
      sink_.Report(Severity::kWarning, m.range,
                   fmt::format("opening quote '{}' is never closed",
                               EncodeUtf8(m.pair->open)));
    }
    if (straight_pending_) ReportOddStraight(straight_pending_->range);
  }

 private:
  // Closes the innermost open mark that `cp` closes, in this paragraph or
  // pending from an earlier one, and reports a closer with nothing to
  // close. Returns false when `cp` is no closer, or is “ left unmatched,
  // which opens in English though it closes German „.
  bool Consume(std::vector<Mark>* open, char32_t cp, ByteRange r,
               ByteRange para) {
    const Pair* stray = nullptr;
    for (const Pair& pair : kPairs) {
      if (cp != pair.close && cp != pair.alt_close) continue;
      if (CloseInnermost(open, &pair) || CloseInnermost(&pending_, &pair)) {
        return true;
      }
      if (!stray && cp == pair.close) stray = &pair;
    }
    if (!stray || IsOpener(cp)) return false;
    if (!stray->is_quote && IsListMarker(text_, para, r.begin)) return true;
    Diagnostic& d = sink_.Report(
        Severity::kWarning, r,
        stray->is_quote
            ? fmt::format("closing quote '{}' has no opening quote",
                          EncodeUtf8(cp))
            : fmt::format("closing '{}' has no opening '{}'", EncodeUtf8(cp),
                          EncodeUtf8(stray->open)));
    if (stray->is_quote) {
      d.notes.push_back(
          "machine translation often drops the words of a quotation and "
          "leaves its closing mark");
    }
    return true;
  }

  static bool CloseInnermost(std::vector<Mark>* marks, const Pair* pair) {
    for (size_t k = marks->size(); k-- > 0;) {
      if ((*marks)[k].pair == pair) {
        marks->erase(marks->begin() + static_cast<long>(k));
        return true;
      }
    }
    return false;
  }

  static bool IsOpener(char32_t cp) {
    for (const Pair& pair : kPairs) {
      if (pair.open == cp) return true;
    }
    return false;
  }

  // Straight quotes cannot say which way they face, so they pair by count;
  // an odd paragraph whose last quote opens pairs with the next odd
  // paragraph whose first quote closes.
  void Straight(ByteRange para, const std::vector<ByteRange>& quotes) {
    if (quotes.size() % 2 == 0) return;
    StraightLeftover first{quotes.front(), Opens(quotes.front(), para)};
    StraightLeftover last{quotes.back(), Opens(quotes.back(), para)};
    if (straight_pending_ && !first.opening) {
      straight_pending_.reset();
      return;
    }
    if (straight_pending_) ReportOddStraight(straight_pending_->range);
    straight_pending_.reset();
    if (last.opening) {
      straight_pending_ = last;
    } else {
      ReportOddStraight(last.range);
    }
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

  void ReportOddStraight(ByteRange r) {
    sink_.Report(Severity::kWarning, r,
                 "straight double quote '\"' has no partner");
  }

  std::string_view text_;
  DiagnosticSink& sink_;
  std::vector<Mark> pending_;  // quotes still open at a paragraph's end
  std::optional<StraightLeftover> straight_pending_;
};

}  // namespace

void QuoteUnbalancedCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  QuoteMatcher matcher(doc.text(), sink);
  for (const Paragraph& p : doc.paragraphs()) matcher.Paragraph(p.range);
  matcher.Finish();
}

}  // namespace mtlint
