#include "engine/atomic_write.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "engine/inputs.h"
#include "unit/temp_dir.h"

namespace fs = std::filesystem;
using mtlint::ReadInput;
using mtlint::ReplaceFile;
using mtlint::WriteStatus;
using mtlint::testing::TempDir;

namespace {

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

TEST_CASE("write: a missing file is not created", "[atomic-write]") {
  TempDir dir;
  std::string missing = dir.File("a.txt", "") + ".missing";
  CHECK(ReplaceFile(missing, "", "x") == WriteStatus::kRemovedSinceRead);
  CHECK(dir.Entries() == 1);
}

TEST_CASE("write: a file removed while it was fixed is not brought back",
          "[atomic-write]") {
  TempDir dir;
  std::string target = dir.File("a.txt", "old\n");
  CHECK(ReplaceFile(target, "old\n", "new\n", [&] { fs::remove(target); }) ==
        WriteStatus::kRemovedSinceRead);
  CHECK_FALSE(fs::exists(target));
  CHECK(dir.Entries() == 0);  // and no temporary file left
}

TEST_CASE("write: a file replaced by a FIFO is an error naming it",
          "[atomic-write]") {
  TempDir dir;
  std::string target = dir.File("a.txt", "old\n");
  auto to_fifo = [&] {
    fs::remove(target);
    REQUIRE(mkfifo(target.c_str(), 0644) == 0);
  };
  CHECK_THROWS_WITH(ReplaceFile(target, "old\n", "new\n", to_fifo),
                    Catch::Contains(target + ": is a FIFO"));
  CHECK(fs::is_fifo(target));
  CHECK(dir.Entries() == 1);
}
