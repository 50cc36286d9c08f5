#include "case_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>

#include "text/utf8.h"

namespace mtlint {
namespace {

enum class Section { kNone, kInput, kDiagnostics, kFixed, kReference, kSource };

// The sections by their heading line.
constexpr std::pair<std::string_view, Section> kSections[] = {
    {"--- input", Section::kInput},
    {"--- diagnostics", Section::kDiagnostics},
    {"--- fixed", Section::kFixed},
    {"--- reference", Section::kReference},
    {"--- source", Section::kSource},
};

// Section text: its lines, each ending in '\n', blank lines at the end
// dropped (they separate cases).
std::string Body(const std::vector<std::string_view>& lines) {
  size_t n = lines.size();
  while (n > 0 && lines[n - 1].empty()) --n;
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    out += lines[i];
    out += '\n';
  }
  return Unescape(out);
}

}  // namespace

std::string Unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    bool u = text.substr(i, 3) == "\\u{";
    bool x = text.substr(i, 3) == "\\x{";
    size_t close = (u || x) ? text.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += text[i];
      continue;
    }
    unsigned long value =
        std::stoul(std::string(text.substr(i + 3, close - i - 3)), nullptr, 16);
    if (u) {
      out += EncodeUtf8(static_cast<char32_t>(value));
    } else {
      out += static_cast<char>(value);
    }
    i = close;
  }
  return out;
}

std::vector<FixtureCase> ParseCaseFile(std::string_view text) {
  std::vector<FixtureCase> cases;
  Section section = Section::kNone;
  std::vector<std::string_view> lines;
  auto flush = [&] {
    if (cases.empty() || section == Section::kNone) return;
    FixtureCase& c = cases.back();
    if (section == Section::kInput) c.input = Body(lines);
    if (section == Section::kFixed) {
      c.has_fixed = true;
      c.fixed = Body(lines);
    }
    if (section == Section::kReference) c.references.push_back(Body(lines));
    if (section == Section::kSource) {
      c.has_source = true;
      c.source = Body(lines);
    }
    if (section == Section::kDiagnostics) {
      for (std::string_view l : lines) {
        if (!l.empty()) c.diagnostics.push_back(Unescape(l));
      }
    }
    lines.clear();
  };
  size_t number = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    if (line.substr(0, 4) == "=== ") {
      flush();
      section = Section::kNone;
      FixtureCase& c = cases.emplace_back();
      c.title = line.substr(4);
      c.line = number;
    } else if (auto heading =
                   std::find_if(std::begin(kSections), std::end(kSections),
                                [&](const auto& h) { return h.first == line; });
               heading != std::end(kSections)) {
      if (cases.empty()) {
        throw std::runtime_error(fmt::format(
            "line {}: section before the first '=== title'", number));
      }
      flush();
      section = heading->second;
    } else if (section != Section::kNone) {
      lines.push_back(line);
    } else if (!line.empty() && line[0] != '#') {
      throw std::runtime_error(
          fmt::format("line {}: text outside a section", number));
    }
  }
  flush();
  return cases;
}

}  // namespace mtlint
