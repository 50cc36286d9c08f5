#include "engine/atomic_write.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/inputs.h"

namespace fs = std::filesystem;
using mtlint::ReadInput;
using mtlint::ReplaceFile;
using mtlint::WriteStatus;

namespace {

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (fs::temp_directory_path() / "mtlint-write-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string File(const std::string& name, std::string_view contents) const {
    std::string file = (path_ / name).string();
    std::ofstream(file, std::ios::binary) << contents;
    return file;
  }
  size_t Entries() const {
    return std::distance(fs::directory_iterator(path_),
                         fs::directory_iterator());
  }

 private:
  fs::path path_;
};

fs::perms Permissions(const std::string& path) {
  return fs::status(path).permissions();
}

}  // namespace

TEST_CASE("write: new bytes, same permission bits, no temporary left",
          "[atomic-write]") {
  TempDir dir;
  std::string file = dir.File("a.txt", "high -level\r\n");
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write |
                            fs::perms::group_read);
  CHECK(ReplaceFile(file, "high -level\r\n", "high-level\r\n") ==
        WriteStatus::kWritten);
  CHECK(ReadInput(file) == "high-level\r\n");
  CHECK(Permissions(file) == (fs::perms::owner_read | fs::perms::owner_write |
                              fs::perms::group_read));
  CHECK(dir.Entries() == 1);
}

TEST_CASE("write: refused when the file changed since it was read",
          "[atomic-write]") {
  TempDir dir;
  std::string file = dir.File("a.txt", "high -level\n");
  bool called = false;
  WriteStatus status = ReplaceFile(file, "high -level\n", "high-level\n", [&] {
    called = true;
    dir.File("a.txt", "an editor saved this\n");
  });
  CHECK(called);
  CHECK(status == WriteStatus::kChangedSinceRead);
  CHECK(ReadInput(file) == "an editor saved this\n");
  CHECK(dir.Entries() == 1);
}

TEST_CASE("write: through a symbolic link, the target is replaced",
          "[atomic-write]") {
  TempDir dir;
  std::string target = dir.File("target.txt", "old\n");
  std::string link = (fs::path(target).parent_path() / "link.txt").string();
  fs::create_symlink("target.txt", link);
  CHECK(ReplaceFile(link, "old\n", "new\n") == WriteStatus::kWritten);
  CHECK(fs::is_symlink(link));
  CHECK(ReadInput(target) == "new\n");
}

TEST_CASE("write: a missing file is an error naming it", "[atomic-write]") {
  TempDir dir;
  std::string missing = dir.File("a.txt", "") + ".missing";
  CHECK_THROWS_WITH(ReplaceFile(missing, "", "x"), Catch::Contains(missing));
  CHECK(dir.Entries() == 1);
}
