#include "checks/quote_unbalanced.h"

#include <fmt/format.h>

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
    {U'\u201C', U'\u201D', 0, true},         // “ ”
    {U'\u201E', U'\u201C', U'\u201D', true},  // „ “
    {U'\u00AB', U'\u00BB', 0, true},         // « »
    {U'(', U')', 0, false},
    {U'[', U']', 0, false},
};

struct Open {
  const Pair* pair;
  ByteRange range;
};

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

std::string Quoted(char32_t cp) { return EncodeUtf8(cp); }

class ParagraphScanner {
 public:
  ParagraphScanner(const Document& doc, DiagnosticSink& sink)
      : text_(doc.text()), sink_(sink) {}

  void Scan(const Paragraph& p, const Paragraph* next) {
    open_.clear();
    straight_.clear();
    for (size_t i = p.range.begin; i < p.range.end;) {
      DecodedCodePoint d = DecodeUtf8(text_, i);
      ByteRange r{i, i + d.length};
      if (d.code_point == U'"') {
        straight_.push_back(r);
      } else {
        Visit(p, d.code_point, r);
      }
      i += d.length;
    }
    for (const Open& o : open_) {
      if (o.pair->is_quote && ContinuesInto(o, next)) continue;
      sink_.Report(
          Severity::kWarning, o.range,
          o.pair->is_quote
              ? fmt::format("opening quote '{}' is not closed in its paragraph",
                            Quoted(o.pair->open))
              : fmt::format("opening '{}' has no closing '{}' in its paragraph",
                            Quoted(o.pair->open), Quoted(o.pair->close)));
    }
    if (straight_.size() % 2 == 1) {
      sink_.Report(Severity::kWarning, straight_.back(),
                   fmt::format("odd number of straight double quotes ({}) in "
                               "the paragraph: one has no partner",
                               straight_.size()));
    }
  }

 private:
  void Visit(const Paragraph& p, char32_t cp, ByteRange r) {
    for (const Pair& pair : kPairs) {
      // “ opens unless a German „ is waiting for it.
      if (cp == pair.close || (pair.alt_close && cp == pair.alt_close)) {
        if (Close(&pair)) return;
      }
    }
    for (const Pair& pair : kPairs) {
      if (cp == pair.open) {
        open_.push_back({&pair, r});
        return;
      }
    }
    for (const Pair& pair : kPairs) {
      if (cp != pair.close) continue;
      if (!pair.is_quote && IsListMarker(text_, p.range, r.begin)) return;
      Diagnostic& d = sink_.Report(
          Severity::kWarning, r,
          pair.is_quote
              ? fmt::format("closing quote '{}' has no opening quote",
                            Quoted(cp))
              : fmt::format("closing '{}' has no opening '{}'", Quoted(cp),
                            Quoted(pair.open)));
      if (pair.is_quote) {
        d.notes.push_back(
            "machine translation often drops the words of a quotation and "
            "leaves its closing mark");
      }
      return;
    }
  }

  // Closes the innermost open mark of this pair, if one is open.
  bool Close(const Pair* pair) {
    for (size_t k = open_.size(); k-- > 0;) {
      if (open_[k].pair == pair) {
        open_.erase(open_.begin() + static_cast<long>(k));
        return true;
      }
    }
    return false;
  }

  // A quotation that runs over several paragraphs opens each of them and
  // closes only in the last.
  bool ContinuesInto(const Open& o, const Paragraph* next) const {
    if (!next) return false;
    DecodedCodePoint first = DecodeUtf8(text_, next->range.begin);
    return first.code_point == o.pair->open;
  }

  std::string_view text_;
  DiagnosticSink& sink_;
  std::vector<Open> open_;
  std::vector<ByteRange> straight_;
};

}  // namespace

void QuoteUnbalancedCheck::Run(const Document& doc,
                               DiagnosticSink& sink) const {
  ParagraphScanner scanner(doc, sink);
  const std::vector<Paragraph>& paragraphs = doc.paragraphs();
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    scanner.Scan(paragraphs[i],
                 i + 1 < paragraphs.size() ? &paragraphs[i + 1] : nullptr);
  }
}

}  // namespace mtlint
