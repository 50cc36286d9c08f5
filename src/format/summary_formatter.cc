#include "format/summary_formatter.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <tuple>
#include <utility>

#include "format/human_formatter.h"

namespace mtlint {
namespace {

using Counts = SummaryFormatter::Counts;
using Row = std::pair<std::string, Counts>;

size_t Count(const Counts& c, Severity s) { return c[static_cast<int>(s)]; }

// Worst first: more errors, then more warnings, then more notes, then by
// name so that equal rows keep a stable order.
bool Worse(const Row& a, const Row& b) {
  auto key = [](const Row& r) {
    return std::make_tuple(Count(r.second, Severity::kError),
                           Count(r.second, Severity::kWarning),
                           Count(r.second, Severity::kNote));
  };
  if (key(a) != key(b)) return key(a) > key(b);
  return a.first < b.first;
}

// Numbers first, in columns as wide as their heading or largest value, and
// the name last, so long paths cannot break the alignment.
void PrintTable(std::ostream& out, std::string_view name_heading,
                std::vector<Row> rows) {
  std::sort(rows.begin(), rows.end(), Worse);
  constexpr std::array<std::string_view, 3> kHeadings = {"errors", "warnings",
                                                         "notes"};
  constexpr std::array<Severity, 3> kOrder = {
      Severity::kError, Severity::kWarning, Severity::kNote};
  std::array<size_t, 3> width{};
  for (size_t i = 0; i < 3; ++i) {
    width[i] = kHeadings[i].size();
    for (const Row& r : rows) {
      width[i] = std::max(
          width[i], fmt::formatted_size("{}", Count(r.second, kOrder[i])));
    }
  }
  out << fmt::format("{:>{}}  {:>{}}  {:>{}}  {}\n", kHeadings[0], width[0],
                     kHeadings[1], width[1], kHeadings[2], width[2],
                     name_heading);
  for (const Row& r : rows) {
    out << fmt::format("{:>{}}  {:>{}}  {:>{}}  {}\n",
                       Count(r.second, kOrder[0]), width[0],
                       Count(r.second, kOrder[1]), width[1],
                       Count(r.second, kOrder[2]), width[2], r.first);
  }
}

}  // namespace

void SummaryFormatter::File(const std::string& path, std::string_view,
                            const std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty()) {
    ++clean_files_;
    return;
  }
  Counts file{};
  for (const Diagnostic& d : diagnostics) {
    ++by_check_[d.check][static_cast<int>(d.severity)];
    ++file[static_cast<int>(d.severity)];
  }
  by_file_.emplace_back(path, file);
}

void SummaryFormatter::Finish(const RunSummary& summary) {
  if (!by_check_.empty()) {
    PrintTable(out_, "check",
               std::vector<Row>(by_check_.begin(), by_check_.end()));
    out_ << '\n';
    PrintTable(out_, "file", by_file_);
    out_ << '\n';
  }
  out_ << RunSummaryLine(summary);
  if (clean_files_ > 0) {
    out_ << fmt::format("; {} clean", clean_files_);
  }
  out_ << '\n';
}

}  // namespace mtlint
