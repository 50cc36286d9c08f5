#include "engine/atomic_write.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include "engine/inputs.h"

namespace mtlint {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void Fail(const std::string& path, std::string_view what,
                       int error) {
  throw std::runtime_error(
      fmt::format("{}: {}: {}", path, what, std::strerror(error)));
}

// A temporary file that is removed unless it was renamed into place.
class TemporaryFile {
 public:
  TemporaryFile(const std::string& path, const fs::path& directory,
                const std::string& name)
      : name_((directory / ("." + name + ".mtlint-XXXXXX")).string()) {
    fd_ = mkstemp(name_.data());
    if (fd_ < 0) {
      int error = errno;
      Fail(path,
           fmt::format("cannot create a temporary file in {}",
                       directory.string()),
           error);
    }
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) close(fd_);
    if (!name_.empty()) unlink(name_.c_str());
  }

  int fd() const { return fd_; }
  const std::string& name() const { return name_; }
  // Closes the descriptor; returns false when the last writes failed.
  bool Close() {
    int status = close(fd_);
    fd_ = -1;
    return status == 0;
  }
  // The file was renamed into place: nothing left to remove.
  void Release() { name_.clear(); }

 private:
  std::string name_;
  int fd_ = -1;
};

void WriteAll(const std::string& path, int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      Fail(path, "cannot write", errno);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

WriteStatus ReplaceFile(const std::string& path, std::string_view expected,
                        std::string_view contents,
                        const std::function<void()>& before_compare) {
  std::error_code ec;
  fs::path target = fs::canonical(path, ec);
  if (ec == std::errc::no_such_file_or_directory) {
    return WriteStatus::kRemovedSinceRead;
  }
  if (ec) {
    throw std::runtime_error(fmt::format("{}: {}", path, ec.message()));
  }
  struct stat status;
  if (stat(target.c_str(), &status) != 0) Fail(path, "cannot stat", errno);

  TemporaryFile temporary(path, target.parent_path(),
                          target.filename().string());
  WriteAll(path, temporary.fd(), contents);
  if (fchmod(temporary.fd(), status.st_mode & 07777) != 0) {
    Fail(path, "cannot set the permissions of the temporary file", errno);
  }
  if (fsync(temporary.fd()) != 0 || !temporary.Close()) {
    Fail(path, "cannot write", errno);
  }

  if (before_compare) before_compare();
  if (!fs::exists(target, ec)) return WriteStatus::kRemovedSinceRead;
  if (ReadInput(target.string()) != expected) {
    return WriteStatus::kChangedSinceRead;
  }
  if (rename(temporary.name().c_str(), target.c_str()) != 0) {
    Fail(path, "cannot replace the file", errno);
  }
  temporary.Release();
  // Make the rename itself durable. The new bytes are already in place, so
  // a failure here is not worth reporting.
  int directory = open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY);
  if (directory >= 0) {
    fsync(directory);
    close(directory);
  }
  return WriteStatus::kWritten;
}

}  // namespace mtlint
