#include "cli/progress_line.h"

#include <catch2/catch.hpp>
#include <sstream>

using mtlint::ProgressLine;

TEST_CASE("forced progress in a log: a last line at the end", "[progress]") {
  std::ostringstream err;
  {
    ProgressLine p(err, ProgressLine::Mode::kForced, false, 3);
    p.Update(1, 0, 0);
    p.Update(2, 0, 2);  // within the second: not printed
    p.Update(3, 0, 5);
  }
  std::string out = err.str();
  CHECK(out.rfind("mtlint: 1/3 files, 0.0 MB/s, 0 findings\n", 0) == 0);
  CHECK(out.find("2/3") == std::string::npos);
  CHECK(out.find("mtlint: 3/3 files, ") != std::string::npos);
  CHECK(out.substr(out.size() - 12) == " 5 findings\n");
  CHECK(out.find('\r') == std::string::npos);
}

TEST_CASE("on a terminal the line is redrawn in place and cleared",
          "[progress]") {
  std::ostringstream err;
  ProgressLine p(err, ProgressLine::Mode::kForced, true, 2);
  p.Update(1, 0, 0);
  CHECK(err.str() == "\r\033[Kmtlint: 1/2 files, 0.0 MB/s, 0 findings");
  p.Clear();
  CHECK(err.str() == "\r\033[Kmtlint: 1/2 files, 0.0 MB/s, 0 findings\r\033[K");
  std::string before = err.str();
  p.Clear();  // nothing shown: nothing to clear
  CHECK(err.str() == before);
}

TEST_CASE("automatic progress: never off a terminal, not in the first second",
          "[progress]") {
  std::ostringstream err;
  {
    ProgressLine log(err, ProgressLine::Mode::kAuto, false, 2);
    log.Update(1, 100, 1);
    log.Update(2, 200, 1);
    ProgressLine terminal(err, ProgressLine::Mode::kAuto, true, 2);
    terminal.Update(1, 100, 1);
    terminal.Update(2, 200, 1);
    ProgressLine off(err, ProgressLine::Mode::kOff, true, 1);
    off.Update(1, 1, 1);
  }
  CHECK(err.str().empty());
}
