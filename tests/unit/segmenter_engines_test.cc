// The segmenter's fast paths against ICU alone: sentences and tokens must be
// the same, on random text where every class of character meets every other
// and on every article, fixture and evaluation document at hand.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "describe_tokens.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace fs = std::filesystem;
using mtlint::ByteRange;
using mtlint::Segmenter;

namespace {

std::string Segments(Segmenter& segmenter, std::string_view text) {
  std::vector<ByteRange> sentences;
  segmenter.Sentences(text, {0, text.size()}, &sentences);
  std::string out;
  for (ByteRange s : sentences) {
    std::vector<mtlint::Token> tokens;
    segmenter.Words(text, s, &tokens);
    out += "{" + DescribeTokens(text, tokens) + "}";
  }
  return out;
}

void RequireSameAsIcu(std::string_view text) {
  static Segmenter fast;
  static Segmenter icu(Segmenter::Engine::kIcuOnly);
  INFO("text: " << text);
  REQUIRE(Segments(fast, text) == Segments(icu, text));
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the fast paths agree with ICU on random text", "[segmenter]") {
  // Every ASCII character, the non-ASCII ones of each word and sentence
  // class the fast paths handle, and a few they leave to ICU.
  std::vector<std::string> alphabet;
  for (char c = 1; c < 0x7F; ++c) alphabet.emplace_back(1, c);
  for (char32_t cp : {0xA0,   0xAB,   0xAD,   0xB2,   0xB7,   0xBB,   0xC9,
                      0xD7,   0xDF,   0xE9,   0x15F,  0x24F,  0x301,  0x2010,
                      0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                      0x2024, 0x2026, 0x2027, 0x2028, 0x3002, 0x4E2D, 0xFF01}) {
    alphabet.push_back(mtlint::EncodeUtf8(cp));
  }
  // Sentence ends are rare among 150 characters: add them often, and
  // pieces of the abbreviations ICU keeps sentences going after.
  for (const char* piece :
       {". ",  ".",  "? ", "!", "\" ", ") ", " A",  " a", "Mr", "U",  "S", "Lt",
        "Cdr", "Ph", "D",  "A", "e",   "g",  "etc", "Dr", "  ", "No", "5"}) {
    for (int i = 0; i < 6; ++i) alphabet.emplace_back(piece);
  }
  std::mt19937 random(20261123);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<size_t> length(1, 10);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += alphabet[pick(random)];
    RequireSameAsIcu(text);
  }
}

TEST_CASE("the fast paths agree with ICU on real articles", "[segmenter]") {
  std::vector<fs::path> roots = {fs::path(MTLINT_SOURCE_DIR) / "fixtures"};
  fs::path shared = fs::path(MTLINT_SOURCE_DIR) / ".." / "shared";
  if (fs::is_directory(shared)) {
    roots.push_back(shared);
  } else {
    WARN("no " << shared.string() << ": the fixtures only");
  }
  size_t files = 0;
  for (const fs::path& root : roots) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() ||
          (ext != ".txt" && ext != ".md" && ext != ".case")) {
        continue;
      }
      std::string text = ReadFile(entry.path());
      INFO(entry.path().string());
      RequireSameAsIcu(text);  // hard-wrapped: line breaks inside
      std::istringstream lines(text);
      for (std::string line; std::getline(lines, line);) RequireSameAsIcu(line);
      ++files;
    }
  }
  CHECK(files > 100);
}
