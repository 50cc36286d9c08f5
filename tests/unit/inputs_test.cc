#include "engine/inputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "unit/temp_dir.h"

namespace fs = std::filesystem;
using mtlint::ExpandInputs;
using mtlint::Inputs;
using mtlint::ReadInput;
using mtlint::testing::TempDir;

TEST_CASE("inputs: a FIFO named is an error, never opened", "[inputs]") {
  TempDir dir;
  std::string fifo = (dir.path() / "pipe.txt").string();
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  // Opening it to read would wait for a writer forever.
  Inputs inputs = ExpandInputs({fifo});
  CHECK(inputs.files.empty());
  REQUIRE(inputs.errors.size() == 1);
  CHECK(inputs.errors[0] ==
        fifo + ": is a FIFO, not a regular file; skipped (give it as " +
            "standard input instead: - < " + fifo + ")");
  CHECK_THROWS_WITH(ReadInput(fifo),
                    fifo + ": is a FIFO, not a regular file; skipped");
}

TEST_CASE("inputs: a walk skips FIFOs and links to directories, with a warning",
          "[inputs]") {
  TempDir dir;
  fs::create_directories(dir.path() / "sub");
  dir.File("a.txt", "a\n");
  dir.File("sub/b.md", "b\n");
  fs::create_directory_symlink("..", dir.path() / "sub" / "up");
  fs::create_symlink("missing.txt", dir.path() / "gone.txt");
  fs::create_symlink("a.txt", dir.path() / "alias.txt");
  REQUIRE(mkfifo((dir.path() / "pipe.md").c_str(), 0644) == 0);
  std::string root = dir.path().string();
  Inputs inputs = ExpandInputs({root});
  CHECK(inputs.files == std::vector<std::string>{root + "/a.txt",
                                                 root + "/alias.txt",
                                                 root + "/sub/b.md"});
  CHECK(inputs.errors.empty());
  CHECK(inputs.warnings ==
        std::vector<std::string>{
            root + "/gone.txt: a symbolic link to nothing; skipped",
            root + "/pipe.md: is a FIFO, not a regular file; skipped",
            root + "/sub/up: a symbolic link to a directory, not followed; "
                   "name it to lint what it holds"});
}

TEST_CASE("inputs: a file of 4 GiB or more is refused unread", "[inputs]") {
  TempDir dir;
  std::string big = dir.File("big.txt", "");
  // Sparse: no disk space is used, and nothing is read.
  fs::resize_file(big, uint64_t{5} << 30);
  CHECK_THROWS_WITH(ReadInput(big), big +
                                        ": too large (5368709120 bytes); "
                                        "mtlint reads files under 4 GiB");
}
