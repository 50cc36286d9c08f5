#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/diagnostic.h"

namespace mtlint {

// How a view (the text checks read, such as the prose of a Markdown file)
// was made from the source bytes: a sequence of pieces, each a run of view
// bytes standing for a run of source bytes. Source bytes that no piece
// stands for (markup: emphasis marks, link destinations, code, tags) are
// gaps between pieces. View ranges map back to source ranges only where
// the view says exactly what the source says.
class OffsetMap {
 public:
  enum class Kind {
    kVerbatim,  // the view's bytes are the source's
    kProse,     // prose spelled otherwise in the source: "&amp;" for "&"
    kMarkup,    // stands for markup: a placeholder for code, a separator
  };
  struct Piece {
    size_t view_begin;
    size_t view_end;
    ByteRange source;
    Kind kind;
  };

  // Appends a piece: view bytes [view_end(), view_end() + view_size) stand
  // for `source`, which must start at or after the previous piece's end.
  // A verbatim piece right after another, in the view and the source,
  // extends it.
  void Append(ByteRange source, size_t view_size, Kind kind);

  // Takes up to `n` bytes off the end of the view, from its last piece if
  // that is verbatim; returns how many it took.
  size_t TrimBack(size_t n);

  const std::vector<Piece>& pieces() const { return pieces_; }
  size_t view_end() const {
    return pieces_.empty() ? 0 : pieces_.back().view_end;
  }

  // The source range of a view range that holds only prose (verbatim or
  // kProse pieces, with no gap between them), or nothing.
  std::optional<ByteRange> ToSource(ByteRange view) const;

  // The source edit doing what `edit` does to the view, when that is the
  // same byte for byte: the range lies in one verbatim piece (an insertion
  // between two pieces only where no gap separates them); `source_size`
  // decides insertions at the very end. Otherwise nothing.
  std::optional<Edit> ToSource(const Edit& edit, size_t source_size) const;

 private:
  // The piece holding view offset `offset`, or pieces_.size() at the end.
  size_t PieceAt(size_t offset) const;

  std::vector<Piece> pieces_;
};

// Moves diagnostics found in a view to the source: a diagnostic whose range
// is not all prose is dropped; a fix is kept only if each of its edits maps
// byte for byte and adds or removes no line break (in markup, line breaks
// are syntax). A diagnostic that loses a fix gets `lost_fix_note`.
void MapToSource(const OffsetMap& map, std::string_view view,
                 size_t source_size, std::string_view lost_fix_note,
                 std::vector<Diagnostic>* diagnostics);

}  // namespace mtlint
