#include "dict/calques.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

#include "dict/data_files.h"
#include "dict/tsv.h"
#include "text/locale_names.h"
#include "text/plural.h"
#include "text/segmenter.h"
#include "text/unicode.h"

namespace mtlint {
namespace fs = std::filesystem;

CalqueIndex::CalqueIndex(const std::vector<fs::path>& dirs,
                         Segmenter& segmenter) {
  // One pattern per phrase: a phrase listed for several languages counts
  // as a signal for each.
  std::map<std::string, size_t> by_phrase;
  for (const fs::path& dir : dirs) {
    for (const fs::path& file : DataFiles(dir / "calques", "", ".tsv")) {
      if (file.filename().string().find("-en") == std::string::npos) continue;
      std::string code = file.filename().string();
      code = code.substr(0, code.find('-'));
      std::string language = LanguageDisplayName(code);
      TsvTable t =
          ReadTsv(file, {"phrase", "replacement", "source", "guards", "safe"});
      for (size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<std::string>& row = t.rows[r];
        if (row[4] != "yes" && row[4] != "no") {
          throw std::runtime_error(fmt::format("{}:{}: safe must be yes or no",
                                               file.string(), t.lines[r]));
        }
        auto [it, inserted] = by_phrase.try_emplace(row[0], patterns_.size());
        if (!inserted) {
          patterns_[it->second].sources.push_back({language, row[2]});
          continue;
        }
        CalquePattern p;
        p.phrase = row[0];
        p.replacement = row[1];
        p.safe = row[4] == "yes";
        p.sources.push_back({language, row[2]});
        for (std::string& g : SplitList(row[3]))
          p.guards.push_back(FoldCase(g));
        std::vector<Token> tokens;
        segmenter.Words(p.phrase, {0, p.phrase.size()}, &tokens);
        if (tokens.empty()) {
          throw std::runtime_error(
              fmt::format("{}:{}: empty phrase", file.string(), t.lines[r]));
        }
        for (size_t k = 0; k < tokens.size(); ++k) {
          p.tokens.push_back(FoldCase(std::string_view(p.phrase).substr(
              tokens[k].begin, tokens[k].end - tokens[k].begin)));
          p.space_before.push_back(k > 0 &&
                                   tokens[k].begin > tokens[k - 1].end);
        }
        patterns_.push_back(std::move(p));
      }
    }
  }
  for (size_t i = 0; i < patterns_.size(); ++i) {
    CalqueCandidates& c = by_first_token_[patterns_[i].tokens.front()];
    if (patterns_[i].tokens.size() == 1) {
      c.single_token.push_back(i);
    } else {
      c.by_second_token[patterns_[i].tokens[1]].push_back(i);
      second_tokens_.insert(patterns_[i].tokens[1]);
    }
  }
  for (auto& [first, c] : by_first_token_) {
    for (auto& [second, list] : c.by_second_token) {
      std::sort(list.begin(), list.end(),
                [&](size_t a, size_t b) { return Before(a, b); });
    }
  }
}

const CalqueCandidates* CalqueIndex::StartingWith(
    std::string_view lowercase_token) const {
  auto it = by_first_token_.find(lowercase_token);
  return it == by_first_token_.end() ? nullptr : &it->second;
}

bool CalqueIndex::Before(size_t a, size_t b) const {
  size_t na = patterns_[a].tokens.size(), nb = patterns_[b].tokens.size();
  return na != nb ? na > nb : a < b;
}

bool CalqueIndex::MayBeSecond(std::string_view next) const {
  return AnySingular(
      next, [&](std::string_view w) { return second_tokens_.contains(w); });
}

std::span<const size_t> CalqueIndex::MayMatch(
    const CalqueCandidates& candidates, std::string_view next,
    std::vector<size_t>* scratch) const {
  std::array<const std::vector<size_t>*, 5> lists{};
  size_t count = 0;
  if (!candidates.single_token.empty()) {
    lists[count++] = &candidates.single_token;
  }
  if (!next.empty() && !candidates.by_second_token.empty()) {
    AnySingular(next, [&](std::string_view second) {
      auto it = candidates.by_second_token.find(second);
      if (it != candidates.by_second_token.end()) lists[count++] = &it->second;
      return false;  // every singular
    });
  }
  if (count == 0) return {};
  if (count == 1) return *lists[0];
  scratch->clear();
  for (size_t k = 0; k < count; ++k) {
    scratch->insert(scratch->end(), lists[k]->begin(), lists[k]->end());
  }
  std::sort(scratch->begin(), scratch->end(),
            [&](size_t a, size_t b) { return Before(a, b); });
  return *scratch;
}

}  // namespace mtlint
