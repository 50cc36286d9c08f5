#include "engine/inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <system_error>

namespace mtlint {
namespace fs = std::filesystem;
namespace {

bool MatchesAny(const std::vector<PathGlob>& globs, const fs::path& p) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const PathGlob& g) { return g.Matches(p); });
}

bool IsLintable(const fs::path& relative, const WalkFilter& filter) {
  if (!filter.include.empty()) return MatchesAny(filter.include, relative);
  std::string ext = relative.extension().string();
  return ext == ".txt" || ext == ".md";
}

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

void WalkDirectory(const fs::path& dir, const WalkFilter& filter, Inputs* out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out->errors.push_back(fmt::format("{}: {}", dir.string(), ec.message()));
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      out->errors.push_back(fmt::format("{}: {}", dir.string(), ec.message()));
      break;
    }
    const fs::directory_entry& entry = *it;
    fs::path relative = entry.path().lexically_relative(dir);
    if (IsHidden(entry.path()) || MatchesAny(filter.exclude, relative) ||
        (filter.excluded && filter.excluded(entry.path()))) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(ec) && IsLintable(relative, filter)) {
      found.push_back(entry.path().string());
    }
  }
  std::sort(found.begin(), found.end());
  out->files.insert(out->files.end(), found.begin(), found.end());
}

}  // namespace

Inputs ExpandInputs(const std::vector<std::string>& paths,
                    const WalkFilter& filter) {
  Inputs out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.files.push_back(path);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      out.errors.push_back(fmt::format("{}: no such file or directory", path));
    } else if (fs::is_directory(status)) {
      WalkDirectory(path, filter, &out);
    } else {
      out.files.push_back(path);
    }
  }
  return out;
}

std::string ReadInput(const std::string& path) {
  if (path == "-") {
    std::ios::sync_with_stdio(false);
    return std::string(std::istreambuf_iterator<char>(std::cin), {});
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error(
        fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  }
  std::string data;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<size_t>(size));
    in.seekg(0);
    in.read(data.data(), size);
    data.resize(static_cast<size_t>(in.gcount()));
  } else {
    // Pipes and special files have no size: read to the end.
    in.clear();
    in.seekg(0);
    data.assign(std::istreambuf_iterator<char>(in), {});
  }
  if (in.bad()) {
    throw std::runtime_error(
        fmt::format("{}: read error: {}", path, std::strerror(errno)));
  }
  return data;
}

}  // namespace mtlint
