#include "dict/calques.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "dict/data_files.h"
#include "dict/tsv.h"
#include "text/locale_names.h"
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
    c.patterns.push_back(i);
    if (patterns_[i].tokens.size() == 1) {
      c.single_token.push_back(i);
    } else {
      c.second_tokens.insert(patterns_[i].tokens[1]);
    }
  }
  for (auto& [token, c] : by_first_token_) {
    std::stable_sort(
        c.patterns.begin(), c.patterns.end(), [&](size_t a, size_t b) {
          return patterns_[a].tokens.size() > patterns_[b].tokens.size();
        });
  }
}

const CalqueCandidates* CalqueIndex::StartingWith(
    std::string_view lowercase_token) const {
  auto it = by_first_token_.find(lowercase_token);
  return it == by_first_token_.end() ? nullptr : &it->second;
}

}  // namespace mtlint
