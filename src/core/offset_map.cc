#include "core/offset_map.h"

#include <algorithm>

namespace mtlint {
namespace {

bool HasLineBreak(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos;
}

}  // namespace

void OffsetMap::Append(ByteRange source, size_t view_size, Kind kind) {
  size_t view_begin = view_end();
  if (kind == Kind::kVerbatim && !pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.kind == Kind::kVerbatim && last.source.end == source.begin) {
      last.view_end += view_size;
      last.source.end = source.end;
      return;
    }
  }
  pieces_.push_back({view_begin, view_begin + view_size, source, kind});
}

size_t OffsetMap::TrimBack(size_t n) {
  if (pieces_.empty() || pieces_.back().kind != Kind::kVerbatim) return 0;
  Piece& last = pieces_.back();
  n = std::min(n, last.view_end - last.view_begin);
  last.view_end -= n;
  last.source.end -= n;
  if (last.view_end == last.view_begin) pieces_.pop_back();
  return n;
}

size_t OffsetMap::PieceAt(size_t offset) const {
  auto it =
      std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                       [](size_t o, const Piece& p) { return o < p.view_end; });
  return static_cast<size_t>(it - pieces_.begin());
}

std::optional<ByteRange> OffsetMap::ToSource(ByteRange view) const {
  if (view.end > view_end() || pieces_.empty()) return std::nullopt;
  if (view.empty()) {
    size_t i = PieceAt(view.begin);
    if (i == pieces_.size()) {
      const Piece& last = pieces_.back();
      if (last.kind == Kind::kMarkup) return std::nullopt;
      return ByteRange{last.source.end, last.source.end};
    }
    const Piece& p = pieces_[i];
    if (p.kind == Kind::kMarkup) return std::nullopt;
    size_t at =
        p.kind == Kind::kVerbatim
            ? p.source.begin + (view.begin - p.view_begin)
            : (view.begin == p.view_begin ? p.source.begin : p.source.end);
    return ByteRange{at, at};
  }
  size_t first = PieceAt(view.begin);
  size_t last = PieceAt(view.end - 1);
  for (size_t i = first; i <= last; ++i) {
    if (pieces_[i].kind == Kind::kMarkup) return std::nullopt;
    if (i > first && pieces_[i - 1].source.end != pieces_[i].source.begin) {
      return std::nullopt;
    }
  }
  const Piece& a = pieces_[first];
  const Piece& b = pieces_[last];
  size_t begin = a.kind == Kind::kVerbatim
                     ? a.source.begin + (view.begin - a.view_begin)
                     : a.source.begin;
  size_t end = b.kind == Kind::kVerbatim
                   ? b.source.begin + (view.end - b.view_begin)
                   : b.source.end;
  return ByteRange{begin, end};
}

std::optional<Edit> OffsetMap::ToSource(const Edit& edit,
                                        size_t source_size) const {
  ByteRange r = edit.range;
  if (r.end > view_end()) return std::nullopt;
  size_t i = PieceAt(r.begin);
  if (r.empty() && (i == pieces_.size() || pieces_[i].view_begin == r.begin)) {
    // Between two pieces (or at an end of the view): only where no markup
    // lies between them in the source, so the place is not in doubt.
    size_t left_end = i > 0 ? pieces_[i - 1].source.end : 0;
    size_t right_begin =
        i < pieces_.size() ? pieces_[i].source.begin : source_size;
    bool verbatim_side =
        (i > 0 && pieces_[i - 1].kind == Kind::kVerbatim) ||
        (i < pieces_.size() && pieces_[i].kind == Kind::kVerbatim);
    if (left_end != right_begin || !verbatim_side) return std::nullopt;
    return Edit{{left_end, left_end}, edit.replacement};
  }
  if (i == pieces_.size()) return std::nullopt;
  const Piece& p = pieces_[i];
  if (p.kind != Kind::kVerbatim || r.end > p.view_end) return std::nullopt;
  size_t begin = p.source.begin + (r.begin - p.view_begin);
  return Edit{{begin, begin + r.size()}, edit.replacement};
}

void MapToSource(const OffsetMap& map, std::string_view view,
                 size_t source_size, std::string_view lost_fix_note,
                 std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> kept;
  kept.reserve(diagnostics->size());
  for (Diagnostic& d : *diagnostics) {
    std::optional<ByteRange> range = map.ToSource(d.range);
    if (!range) continue;
    d.range = *range;
    std::vector<Fix> fixes;
    for (Fix& fix : d.fixes) {
      bool mapped = true;
      for (Edit& e : fix.edits) {
        std::optional<Edit> source_edit = map.ToSource(e, source_size);
        if (!source_edit || HasLineBreak(e.replacement) ||
            HasLineBreak(e.range.In(view))) {
          mapped = false;
          break;
        }
        e = std::move(*source_edit);
      }
      if (mapped) fixes.push_back(std::move(fix));
    }
    if (fixes.size() < d.fixes.size()) d.notes.emplace_back(lost_fix_note);
    d.fixes = std::move(fixes);
    kept.push_back(std::move(d));
  }
  *diagnostics = std::move(kept);
}

}  // namespace mtlint
