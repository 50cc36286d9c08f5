#include "cross/align.h"

#include <catch2/catch.hpp>

#include "text/segmenter.h"

namespace {

using mtlint::Bead;

std::vector<std::string> Render(const std::vector<Bead>& beads) {
  std::vector<std::string> out;
  for (const Bead& b : beads) {
    out.push_back(std::to_string(b.source_end - b.source_begin) + "-" +
                  std::to_string(b.target_end - b.target_begin));
  }
  return out;
}

}  // namespace

TEST_CASE("lengths in proportion align one to one", "[align]") {
  CHECK(Render(mtlint::AlignByLength({10, 20, 30}, {33, 61, 92})) ==
        std::vector<std::string>{"1-1", "1-1", "1-1"});
}

TEST_CASE("a sentence split in two", "[align]") {
  CHECK(Render(mtlint::AlignByLength({10, 40, 10}, {30, 60, 60, 30})) ==
        std::vector<std::string>{"1-1", "1-2", "1-1"});
}

TEST_CASE("a sentence left out", "[align]") {
  CHECK(Render(mtlint::AlignByLength({20, 20}, {})) ==
        std::vector<std::string>{"1-0", "1-0"});
  CHECK(Render(mtlint::AlignByLength({20, 20, 20}, {60, 60})) ==
        std::vector<std::string>{"1-1", "2-1"});
  // A short one joins its neighbour rather than stand alone.
  CHECK(Render(mtlint::AlignByLength({30, 5, 30}, {90, 90})) ==
        std::vector<std::string>{"1-1", "2-1"});
}

TEST_CASE("texts align by paragraph, then by sentence", "[align]") {
  mtlint::Segmenter segmenter;
  std::string zh = "会议在北京举行。代表们讨论了贸易问题。\n第二段很短。\n";
  std::string en =
      "The meeting was held in Beijing. Delegates discussed trade.\n"
      "The second paragraph is short.\n";
  mtlint::Document source("zh", zh, segmenter);
  mtlint::Document target("en", en, segmenter);
  std::vector<mtlint::AlignedParagraphs> aligned =
      mtlint::AlignTexts(source, target);
  REQUIRE(aligned.size() == 2);
  REQUIRE(aligned[0].sentences.size() == 2);
  CHECK(source.Text(aligned[0].sentences[1].source) ==
        "代表们讨论了贸易问题。");
  CHECK(target.Text(aligned[0].sentences[1].target) ==
        "Delegates discussed trade.");
  CHECK(target.Text(aligned[1].target) == "The second paragraph is short.");
}
