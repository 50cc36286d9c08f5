#pragma once

#include <vector>

#include "analysis/document.h"
#include "core/byte_range.h"

namespace mtlint {

// A quotation or bracket whose opening and closing marks were paired.
struct MarkPair {
  ByteRange open;
  ByteRange close;
  bool is_quote;
};

enum class MarkProblem {
  kUnclosedQuote,    // an opening quote never closed in the document
  kUnclosedBracket,  // "(" or "[" not closed in its paragraph
  kStrayQuote,       // a closing quote with nothing to close
  kStrayBracket,     // ")" or "]" with nothing to close
  kOddStraight,      // a straight double quote with no partner
};

struct UnpairedMark {
  MarkProblem problem;
  ByteRange range;
};

struct QuoteAnalysis {
  std::vector<MarkPair> pairs;
  std::vector<UnpairedMark> unpaired;
};

// Pairs quotes and brackets within each paragraph, then quotes across
// paragraphs: a quotation that runs over several paragraphs opens in one
// and closes in a later one. Straight quotes pair by count; an odd
// paragraph whose last straight quote opens pairs with the next odd
// paragraph whose first straight quote closes, as the looks of that
// paragraph's quotes decide.
// Document::quotes() keeps the answer for the other checks that ask.
QuoteAnalysis AnalyzeQuotes(const Document& doc);

// The closing mark of an opening one ("“" → "”"), for messages.
char32_t ClosingMarkOf(char32_t open);

}  // namespace mtlint
