#include "engine/quote_style.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/quotes.h"
#include "text/address.h"
#include "text/quote_chars.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// The start or end of the paragraph, as a neighbour of a mark. U+0000
// never reaches a Document (a NUL byte makes the file binary), and
// kInvalidCodePoint already stands for an invalid byte.
constexpr char32_t kEdge = 0;

struct Neighbours {
  char32_t before;
  char32_t after;
};

Neighbours NeighboursOf(std::string_view text, ByteRange para, ByteRange mark) {
  return {mark.begin > para.begin
              ? DecodeUtf8Before(text, mark.begin).code_point
              : kEdge,
          mark.end < para.end ? DecodeUtf8(text, mark.end).code_point : kEdge};
}

bool IsWord(char32_t cp) { return IsLetter(cp) || IsDigit(cp); }

bool IsQuoteMark(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == kLeftSingle || cp == kRightSingle ||
         cp == kLeftDouble || cp == kRightDouble || cp == kLowSingle ||
         cp == kLowDouble;
}

bool IsDash(char32_t cp) { return cp == U'\u2014' || cp == U'\u2013'; }

bool IsEndPunctuation(char32_t cp) {
  return cp == U'.' || cp == U',' || cp == U';' || cp == U':' || cp == U'!' ||
         cp == U'?' || cp == U')' || cp == U']' || cp == U'\u2026';
}

// Neither the paragraph's edge nor an invalid byte nor white space: a
// character that can touch a quotation's text.
bool IsVisible(char32_t cp) {
  return cp != kEdge && cp != kInvalidCodePoint && !IsWhiteSpace(cp);
}

// Where an opening mark stands: after white space, the start of the
// paragraph, an opening bracket, a dash or a curly opening mark (a nested
// quotation), and right before the quoted text. A straight mark next to it
// could be either, so it makes the shape unclear.
bool HasOpeningShape(Neighbours n) {
  bool before = n.before == kEdge || IsWhiteSpace(n.before) ||
                n.before == U'(' || n.before == U'[' || IsDash(n.before) ||
                n.before == kLeftDouble || n.before == kLeftSingle;
  return before && IsVisible(n.after) && !IsQuoteMark(n.after) &&
         !IsEndPunctuation(n.after);
}

// Where a closing mark stands: right after the quoted text, before white
// space, the end of the paragraph, punctuation, a dash or another closing
// mark (the end of the quotation around it).
bool HasClosingShape(Neighbours n) {
  bool before = IsVisible(n.before) && n.before != U'(' && n.before != U'[' &&
                !IsDash(n.before) && n.before != kLeftDouble &&
                n.before != kLeftSingle;
  bool after = n.after == kEdge || IsWhiteSpace(n.after) ||
               IsEndPunctuation(n.after) || IsDash(n.after) ||
               n.after == U'"' || n.after == U'\'' || n.after == kRightDouble ||
               n.after == kRightSingle;
  return before && after;
}

// "don't", "Xi'an", "1990's": an apostrophe, whatever else is around.
bool IsApostrophe(Neighbours n) {
  return IsWord(n.before) && IsLetter(n.after);
}

void ReportSafe(DiagnosticSink& sink, ByteRange range, std::string message,
                std::string label, std::vector<Edit> edits) {
  Diagnostic& d = sink.Report(Severity::kNote, range, std::move(message));
  d.fixes.push_back(Fix{std::move(label), std::move(edits), true});
}

void Straighten(const Document& doc, DiagnosticSink& sink) {
  std::string_view text = doc.text();
  for (size_t i = 0; i < text.size();) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    ByteRange r{i, i + d.length};
    i += d.length;
    const char* straight = nullptr;
    switch (d.code_point) {
      case kLeftDouble:
      case kRightDouble:
      case kLowDouble:
        straight = "\"";
        break;
      case kLeftSingle:
      case kRightSingle:
      case kLowSingle:
        straight = "'";
        break;
      default:
        continue;
    }
    ReportSafe(sink, r,
               fmt::format("curly mark '{}' in straight style", doc.Text(r)),
               fmt::format("replace with '{}'", straight), {Edit{r, straight}});
  }
}

// What makes the straight marks of a paragraph unsafe to curl.
struct ParagraphTraits {
  // „ or ‚: German or Polish style, where “ and ‘ close, so English curly
  // marks would mix two styles.
  bool low_quotes = false;
  // A straight double quote right after a digit: an inch mark (6" pipe) or
  // the end of a quotation, which no rule tells apart; it also throws off
  // the pairing by count of every straight double quote in the paragraph.
  bool inch_mark = false;
};

class Curler {
 public:
  Curler(const Document& doc, DiagnosticSink& sink)
      : doc_(doc), text_(doc.text()), sink_(sink) {
    for (const Paragraph& p : doc.paragraphs()) {
      ParagraphTraits& t = traits_.emplace_back();
      for (size_t i = p.range.begin; i < p.range.end;) {
        DecodedCodePoint d = DecodeUtf8(text_, i);
        t.low_quotes = t.low_quotes || d.code_point == kLowDouble ||
                       d.code_point == kLowSingle;
        t.inch_mark =
            t.inch_mark || (d.code_point == U'"' && i > p.range.begin &&
                            IsDigit(DecodeUtf8Before(text_, i).code_point));
        i += d.length;
      }
    }
  }

  void Run() {
    DoubleQuotes();
    for (size_t k = 0; k < doc_.paragraphs().size(); ++k) SingleQuotes(k);
  }

 private:
  size_t IndexOf(size_t offset) const {
    return static_cast<size_t>(doc_.ParagraphAt(offset) -
                               doc_.paragraphs().data());
  }
  ByteRange ParagraphRange(size_t offset) const {
    return doc_.paragraphs()[IndexOf(offset)].range;
  }
  bool IsStraight(ByteRange mark, char c) const {
    return mark.size() == 1 && text_[mark.begin] == c;
  }
  bool Opens(ByteRange mark) const {
    return HasOpeningShape(
        NeighboursOf(text_, ParagraphRange(mark.begin), mark));
  }
  bool Closes(ByteRange mark) const {
    return HasClosingShape(
        NeighboursOf(text_, ParagraphRange(mark.begin), mark));
  }
  bool MayCurlDouble(ByteRange mark) const {
    const ParagraphTraits& t = traits_[IndexOf(mark.begin)];
    return !t.low_quotes && !t.inch_mark &&
           !IsInsideAddress(text_, ParagraphRange(mark.begin), mark.begin);
  }

  // Straight double quotes that AnalyzeQuotes paired, where both marks
  // stand where an opening and a closing mark stand.
  void DoubleQuotes() {
    QuoteAnalysis analysis = AnalyzeQuotes(doc_);
    std::set<size_t> seen;  // straight marks paired or reported unpaired
    for (const UnpairedMark& u : analysis.unpaired) seen.insert(u.range.begin);
    for (const MarkPair& pair : analysis.pairs) {
      if (!pair.is_quote) continue;
      seen.insert(pair.open.begin);
      seen.insert(pair.close.begin);
      bool open = IsStraight(pair.open, '"');
      bool close = IsStraight(pair.close, '"');
      if (!open && !close) continue;
      if ((open && !(MayCurlDouble(pair.open) && Opens(pair.open))) ||
          (close && !(MayCurlDouble(pair.close) && Closes(pair.close)))) {
        continue;
      }
      std::vector<Edit> edits;
      if (open) edits.push_back({pair.open, "\u201C"});
      if (close) edits.push_back({pair.close, "\u201D"});
      ReportSafe(sink_, {pair.open.begin, pair.close.end},
                 "straight double quotes in curly style",
                 "replace with '\u201C' and '\u201D'", std::move(edits));
    }
    // News style opens each paragraph of a long quotation again and closes
    // only the last; AnalyzeQuotes neither pairs nor reports the opening
    // mark of a paragraph that the next one continues. It opens.
    for (const Paragraph& p : doc_.paragraphs()) {
      for (size_t i = text_.find('"', p.range.begin); i < p.range.end;
           i = text_.find('"', i + 1)) {
        ByteRange mark{i, i + 1};
        if (seen.count(i) || !MayCurlDouble(mark) || !Opens(mark)) continue;
        ReportSafe(sink_, mark, "straight double quote in curly style",
                   "replace with '\u201C'", {Edit{mark, "\u201C"}});
      }
    }
  }

  // Apostrophes between letters, then single-quoted quotations, which are
  // curled only when every other straight single mark of the paragraph
  // alternates opening, closing, opening, ...: a plural possessive
  // ("the farmers' union") or a dropped letter ("the '90s", "rock 'n' roll")
  // looks like half a pair, and then no pair is certain.
  void SingleQuotes(size_t index) {
    ByteRange para = doc_.paragraphs()[index].range;
    std::vector<ByteRange> marks;
    for (size_t i = text_.find('\'', para.begin); i < para.end;
         i = text_.find('\'', i + 1)) {
      ByteRange mark{i, i + 1};
      if (IsInsideAddress(text_, para, i)) continue;
      if (IsApostrophe(NeighboursOf(text_, para, mark))) {
        ReportSafe(sink_, mark, "straight apostrophe in curly style",
                   "replace with '\u2019'", {Edit{mark, "\u2019"}});
      } else {
        marks.push_back(mark);
      }
    }
    if (traits_[index].low_quotes || marks.size() % 2 != 0) return;
    for (size_t k = 0; k < marks.size(); k += 2) {
      if (!IsCertainPair(para, marks[k], marks[k + 1])) return;
    }
    for (size_t k = 0; k < marks.size(); k += 2) {
      ReportSafe(sink_, {marks[k].begin, marks[k + 1].end},
                 "straight single quotes in curly style",
                 "replace with '\u2018' and '\u2019'",
                 {Edit{marks[k], "\u2018"}, Edit{marks[k + 1], "\u2019"}});
    }
  }

  bool IsCertainPair(ByteRange para, ByteRange open, ByteRange close) const {
    Neighbours o = NeighboursOf(text_, para, open);
    Neighbours c = NeighboursOf(text_, para, close);
    // One character quoted is a letter left out: "rock 'n' roll".
    if (CountCodePoints(text_.substr(open.end, close.begin - open.end)) < 2) {
      return false;
    }
    // "the 'students' demands": a quoted word, or a plural possessive
    // after a stray mark.
    bool possessive = false;
    if (c.before == U's' && IsWhiteSpace(c.after)) {
      size_t next = close.end + DecodeUtf8(text_, close.end).length;
      possessive =
          next < para.end && IsLower(DecodeUtf8(text_, next).code_point);
    }
    return HasOpeningShape(o) && HasClosingShape(c) && !possessive;
  }

  const Document& doc_;
  std::string_view text_;
  DiagnosticSink& sink_;
  std::vector<ParagraphTraits> traits_;  // by paragraph
};

}  // namespace

std::optional<QuoteStyle> ParseQuoteStyle(std::string_view name) {
  if (name == "curly") return QuoteStyle::kCurly;
  if (name == "straight") return QuoteStyle::kStraight;
  if (name == "keep") return QuoteStyle::kKeep;
  return std::nullopt;
}

void QuoteStyleCheck::Run(const Document& doc, DiagnosticSink& sink) const {
  switch (style_) {
    case QuoteStyle::kCurly:
      Curler(doc, sink).Run();
      break;
    case QuoteStyle::kStraight:
      Straighten(doc, sink);
      break;
    case QuoteStyle::kKeep:
      break;
  }
}

}  // namespace mtlint
