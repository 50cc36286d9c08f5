#pragma once

#include <cstddef>
#include <vector>

#include "analysis/document.h"
#include "core/byte_range.h"

namespace mtlint {

// A bead of an alignment: source units [source_begin, source_end) are the
// translation of target units [target_begin, target_end). Either side may
// be empty (a unit left out, or added).
struct Bead {
  size_t source_begin;
  size_t source_end;
  size_t target_begin;
  size_t target_end;
};

// Aligns two sequences of units by their lengths alone, in order (Gale and
// Church, 1993): beads of one to one, one to two, two to one, one to three,
// three to one, and one to none, whichever costs least overall, a bead
// costing the log of how far the target length is from the source length
// times the texts' overall ratio.
std::vector<Bead> AlignByLength(const std::vector<size_t>& source,
                                const std::vector<size_t>& target);

// Sentences of the source and of the translation that say the same.
struct AlignedSentences {
  ByteRange source;  // empty when the translation added the sentences
  ByteRange target;  // empty when the translation left them out
};

// Paragraphs of the source and of the translation that say the same, and
// their sentences aligned within them.
struct AlignedParagraphs {
  ByteRange source;
  ByteRange target;
  std::vector<AlignedSentences> sentences;
};

// Aligns a source text with its translation: paragraphs one to one when
// both have as many (the evaluation files have one segment a line in
// both), else by length; then the sentences within each pair of
// paragraphs by length.
std::vector<AlignedParagraphs> AlignTexts(const Document& source,
                                          const Document& target);

}  // namespace mtlint
