#include "engine/inputs.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
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

std::string_view KindName(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::directory:
      return "a directory";
    default:
      return "not a regular file";
  }
}

std::string_view KindName(mode_t mode) {
  if (S_ISFIFO(mode)) return KindName(fs::file_type::fifo);
  if (S_ISSOCK(mode)) return KindName(fs::file_type::socket);
  if (S_ISCHR(mode)) return KindName(fs::file_type::character);
  if (S_ISBLK(mode)) return KindName(fs::file_type::block);
  if (S_ISDIR(mode)) return KindName(fs::file_type::directory);
  return KindName(fs::file_type::unknown);
}

// "PATH: is a FIFO, not a regular file; skipped"
std::string NotRegular(const std::string& path, std::string_view kind) {
  return fmt::format("{}: is {}, not a regular file; skipped", path, kind);
}

// Walks `root` without following symbolic links to directories (as git
// and ripgrep do), so a link back to a parent cannot make it loop and a
// link out of the tree cannot make `fix` write outside it. Entries that
// are skipped for what they are, rather than for their name, are warned
// about; sorted, like the files.
void WalkDirectory(const fs::path& root, const WalkFilter& filter,
                   Inputs* out) {
  std::vector<std::string> found;
  std::vector<std::string> warnings;
  std::vector<fs::path> pending = {root};
  while (!pending.empty()) {
    fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      fs::path relative = path.lexically_relative(root);
      if (IsHidden(path) || MatchesAny(filter.exclude, relative) ||
          (filter.excluded && filter.excluded(path))) {
        continue;
      }
      std::error_code entry_ec;
      fs::file_status link = it->symlink_status(entry_ec);
      if (fs::is_directory(link)) {
        pending.push_back(path);
        continue;
      }
      bool symlink = fs::is_symlink(link);
      fs::file_status target = symlink ? it->status(entry_ec) : link;
      if (symlink && fs::is_directory(target)) {
        warnings.push_back(fmt::format(
            "{}: a symbolic link to a directory, not followed; name it to "
            "lint what it holds",
            path.string()));
        continue;
      }
      bool lintable = IsLintable(relative, filter);
      if (!lintable || fs::is_regular_file(target)) {
        if (lintable) found.push_back(path.string());
        continue;
      }
      if (symlink && target.type() == fs::file_type::not_found) {
        warnings.push_back(fmt::format(
            "{}: a symbolic link to nothing; skipped", path.string()));
      } else if (entry_ec) {
        warnings.push_back(
            fmt::format("{}: {}; skipped", path.string(), entry_ec.message()));
      } else {
        warnings.push_back(NotRegular(path.string(), KindName(target.type())));
      }
    }
    if (ec) {
      out->errors.push_back(fmt::format("{}: cannot read the directory: {}",
                                        dir.string(), ec.message()));
    }
  }
  std::sort(found.begin(), found.end());
  std::sort(warnings.begin(), warnings.end());
  out->files.insert(out->files.end(), found.begin(), found.end());
  out->warnings.insert(out->warnings.end(), warnings.begin(), warnings.end());
}

// Closes a file descriptor when it goes out of scope.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string TooLarge(const std::string& path, uint64_t size) {
  return fmt::format("{}: too large ({} bytes); mtlint reads files under 4 GiB",
                     path, size);
}

// Reads `fd` to its end; `size` is what fstat said, a hint.
std::string ReadAll(const std::string& path, int fd, uint64_t size) {
  std::string data;
  data.reserve(static_cast<size_t>(std::min<uint64_t>(size, kMaxInputSize)));
  char buffer[65536];
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(
          fmt::format("{}: read error: {}", path, std::strerror(errno)));
    }
    if (n == 0) break;
    if (data.size() + static_cast<size_t>(n) > kMaxInputSize) {
      throw std::runtime_error(TooLarge(path, data.size() + n));
    }
    data.append(buffer, static_cast<size_t>(n));
  }
  return data;
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
    if (status.type() == fs::file_type::not_found) {
      out.errors.push_back(fmt::format("{}: no such file or directory", path));
    } else if (ec) {
      out.errors.push_back(fmt::format("{}: {}", path, ec.message()));
    } else if (fs::is_directory(status)) {
      WalkDirectory(path, filter, &out);
    } else if (fs::is_regular_file(status)) {
      out.files.push_back(path);
    } else {
      // Opening a FIFO waits for a writer, and a device may never end.
      out.errors.push_back(
          fmt::format("{} (give it as standard input instead: - < {})",
                      NotRegular(path, KindName(status.type())), path));
    }
  }
  return out;
}

std::string ReadInput(const std::string& path) {
  if (path == "-") return ReadAll("standard input", STDIN_FILENO, 0);
  // O_NONBLOCK: a FIFO that replaced the file since ExpandInputs looked
  // must not block the open; it is refused below.
  Descriptor fd(open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) {
    throw std::runtime_error(
        fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  }
  struct stat status;
  if (fstat(fd.get(), &status) != 0) {
    throw std::runtime_error(
        fmt::format("{}: cannot stat: {}", path, std::strerror(errno)));
  }
  if (!S_ISREG(status.st_mode)) {
    throw std::runtime_error(NotRegular(path, KindName(status.st_mode)));
  }
  uint64_t size = static_cast<uint64_t>(status.st_size);
  if (size > kMaxInputSize) throw std::runtime_error(TooLarge(path, size));
  return ReadAll(path, fd.get(), size);
}

}  // namespace mtlint
