#include "cross/align.h"

#include <cmath>
#include <limits>

#include "text/utf8.h"

namespace mtlint {
namespace {

struct Move {
  size_t source;
  size_t target;
  double penalty;  // on top of the length cost
};

// One to one is the rule; merges and splits cost a little, a unit without
// a partner a lot.
constexpr Move kMoves[] = {{1, 1, 0.0}, {1, 2, 0.6}, {2, 1, 0.6}, {1, 3, 1.2},
                           {3, 1, 1.2}, {1, 0, 2.5}, {0, 1, 2.5}};

// Lengths are smoothed so that short units do not weigh too much.
constexpr double kSmoothing = 8.0;

// The length of a range without its white space, in code points.
size_t Length(std::string_view text, ByteRange r) {
  size_t n = 0;
  for (size_t i = r.begin; i < r.end;) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    i += d.length;
    if (d.code_point != ' ' && d.code_point != '\t' && d.code_point != '\n' &&
        d.code_point != '\r' && d.code_point != 0x3000) {
      ++n;
    }
  }
  return n;
}

ByteRange Span(const std::vector<ByteRange>& ranges, size_t begin, size_t end,
               size_t at) {
  if (begin == end) return {at, at};
  return {ranges[begin].begin, ranges[end - 1].end};
}

// Where an empty side of a bead stands: the end of what came before.
size_t EmptyAt(const std::vector<ByteRange>& ranges, size_t index,
               size_t fallback) {
  return index > 0 ? ranges[index - 1].end : fallback;
}

std::vector<AlignedSentences> AlignSentences(const Document& source,
                                             const Paragraph& sp,
                                             const Document& target,
                                             const Paragraph& tp) {
  std::vector<ByteRange> s;
  std::vector<ByteRange> t;
  std::vector<size_t> s_lengths;
  std::vector<size_t> t_lengths;
  for (uint32_t k = sp.first_sentence; k < sp.end_sentence; ++k) {
    s.push_back(source.sentences()[k].range);
    s_lengths.push_back(Length(source.text(), s.back()));
  }
  for (uint32_t k = tp.first_sentence; k < tp.end_sentence; ++k) {
    t.push_back(target.sentences()[k].range);
    t_lengths.push_back(Length(target.text(), t.back()));
  }
  std::vector<AlignedSentences> out;
  for (const Bead& b : AlignByLength(s_lengths, t_lengths)) {
    out.push_back({Span(s, b.source_begin, b.source_end,
                        EmptyAt(s, b.source_begin, sp.range.begin)),
                   Span(t, b.target_begin, b.target_end,
                        EmptyAt(t, b.target_begin, tp.range.begin))});
  }
  return out;
}

// Beyond this many cells the alignment goes by position: each target unit
// goes with the source unit at the same share of the text.
constexpr size_t kMaxCells = 4'000'000;

std::vector<Bead> AlignByPosition(const std::vector<size_t>& source,
                                  const std::vector<size_t>& target) {
  double source_total = 0;
  double target_total = 0;
  for (size_t l : source) source_total += static_cast<double>(l);
  for (size_t l : target) target_total += static_cast<double>(l);
  std::vector<Bead> beads;
  for (size_t i = 0; i < source.size(); ++i) {
    beads.push_back({i, i + 1, 0, 0});
  }
  double at = 0;
  size_t i = 0;
  double source_at = source.empty() ? 0 : static_cast<double>(source[0]);
  for (size_t j = 0; j < target.size() && !beads.empty(); ++j) {
    double middle =
        (at + target[j] / 2.0) / std::max(target_total, 1.0) * source_total;
    while (i + 1 < source.size() && middle > source_at) {
      source_at += static_cast<double>(source[++i]);
    }
    Bead& b = beads[i];
    if (b.target_begin == b.target_end) b.target_begin = j;
    b.target_end = j + 1;
    at += static_cast<double>(target[j]);
  }
  // A source unit without a target unit stands where the previous ended.
  for (size_t k = 0; k < beads.size(); ++k) {
    if (beads[k].target_begin == beads[k].target_end) {
      size_t where = k > 0 ? beads[k - 1].target_end : 0;
      beads[k].target_begin = beads[k].target_end = where;
    }
  }
  return beads;
}

}  // namespace

std::vector<Bead> AlignByLength(const std::vector<size_t>& source,
                                const std::vector<size_t>& target) {
  size_t n = source.size();
  size_t m = target.size();
  if ((n + 1) * (m + 1) > kMaxCells) return AlignByPosition(source, target);
  double source_total = 0;
  double target_total = 0;
  for (size_t l : source) source_total += static_cast<double>(l);
  for (size_t l : target) target_total += static_cast<double>(l);
  double ratio = source_total > 0 ? target_total / source_total : 1.0;
  std::vector<double> prefix_s(n + 1, 0);
  std::vector<double> prefix_t(m + 1, 0);
  for (size_t i = 0; i < n; ++i) prefix_s[i + 1] = prefix_s[i] + source[i];
  for (size_t j = 0; j < m; ++j) prefix_t[j + 1] = prefix_t[j] + target[j];

  constexpr double kInfinity = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cost(n + 1,
                                        std::vector<double>(m + 1, kInfinity));
  std::vector<std::vector<int>> via(n + 1, std::vector<int>(m + 1, -1));
  cost[0][0] = 0;
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (cost[i][j] == kInfinity) continue;
      for (int k = 0; k < static_cast<int>(std::size(kMoves)); ++k) {
        const Move& move = kMoves[k];
        size_t ni = i + move.source;
        size_t nj = j + move.target;
        if (ni > n || nj > m) continue;
        double ls = prefix_s[ni] - prefix_s[i];
        double lt = prefix_t[nj] - prefix_t[j];
        double length_cost =
            move.source && move.target
                ? std::fabs(
                      std::log((lt + kSmoothing) / (ls * ratio + kSmoothing)))
                : 0.0;
        double c = cost[i][j] + move.penalty + length_cost;
        if (c < cost[ni][nj]) {
          cost[ni][nj] = c;
          via[ni][nj] = k;
        }
      }
    }
  }
  std::vector<Bead> beads;
  for (size_t i = n, j = m; i > 0 || j > 0;) {
    const Move& move = kMoves[via[i][j]];
    beads.push_back({i - move.source, i, j - move.target, j});
    i -= move.source;
    j -= move.target;
  }
  return {beads.rbegin(), beads.rend()};
}

std::vector<AlignedParagraphs> AlignTexts(const Document& source,
                                          const Document& target) {
  const std::vector<Paragraph>& sp = source.paragraphs();
  const std::vector<Paragraph>& tp = target.paragraphs();
  std::vector<Bead> beads;
  if (sp.size() == tp.size()) {
    for (size_t i = 0; i < sp.size(); ++i)
      beads.push_back({i, i + 1, i, i + 1});
  } else {
    std::vector<size_t> s_lengths;
    std::vector<size_t> t_lengths;
    for (const Paragraph& p : sp)
      s_lengths.push_back(Length(source.text(), p.range));
    for (const Paragraph& p : tp)
      t_lengths.push_back(Length(target.text(), p.range));
    beads = AlignByLength(s_lengths, t_lengths);
  }
  std::vector<AlignedParagraphs> out;
  for (const Bead& b : beads) {
    if (b.source_begin == b.source_end || b.target_begin == b.target_end) {
      continue;  // nothing to compare
    }
    // Several paragraphs on a side: one merged paragraph for the sentence
    // alignment.
    Paragraph s_merged{
        {sp[b.source_begin].range.begin, sp[b.source_end - 1].range.end},
        sp[b.source_begin].first_sentence,
        sp[b.source_end - 1].end_sentence};
    Paragraph t_merged{
        {tp[b.target_begin].range.begin, tp[b.target_end - 1].range.end},
        tp[b.target_begin].first_sentence,
        tp[b.target_end - 1].end_sentence};
    out.push_back({s_merged.range, t_merged.range,
                   AlignSentences(source, s_merged, target, t_merged)});
  }
  return out;
}

}  // namespace mtlint
