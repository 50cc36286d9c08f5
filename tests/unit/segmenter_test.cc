#include "text/segmenter.h"

#include <catch2/catch.hpp>

#include "analysis/document.h"
#include "text/sentence_breaks.h"

namespace {

std::vector<std::string> Words(const mtlint::Document& doc) {
  std::vector<std::string> out;
  for (const mtlint::Token& t : doc.tokens()) out.emplace_back(doc.Text(t));
  return out;
}

}  // namespace

TEST_CASE("abbreviations do not end sentences", "[segmenter]") {
  mtlint::Segmenter segmenter;
  std::string text = "The U.S. Treasury said so. Mr. Smith agreed.";
  mtlint::Document doc("t", text, segmenter);
  REQUIRE(doc.sentences().size() == 2);
  CHECK(doc.Text(doc.sentences()[0].range) == "The U.S. Treasury said so.");
  CHECK(doc.Text(doc.sentences()[1].range) == "Mr. Smith agreed.");
}

TEST_CASE("curly quotes and apostrophes keep byte offsets", "[segmenter]") {
  mtlint::Segmenter segmenter;
  std::string text =
      "He said \xE2\x80\x9C"
      "China\xE2\x80\x99s turn\xE2\x80\x9D today.";
  mtlint::Document doc("t", text, segmenter);
  std::vector<std::string> words = Words(doc);
  CHECK(words == std::vector<std::string>{"He", "said", "\xE2\x80\x9C",
                                          "China\xE2\x80\x99s", "turn",
                                          "\xE2\x80\x9D", "today", "."});
  const mtlint::Token& china = doc.tokens()[3];
  CHECK(china.begin == 11);
  CHECK(china.kind == mtlint::TokenKind::kWord);
}

TEST_CASE("soft hyphens stay inside their word", "[segmenter]") {
  mtlint::Segmenter segmenter;
  std::string text = "inter\xC2\xADnational trade";
  mtlint::Document doc("t", text, segmenter);
  CHECK(Words(doc) ==
        std::vector<std::string>{"inter\xC2\xADnational", "trade"});
}

TEST_CASE("each line is a paragraph unless the text is hard-wrapped",
          "[segmenter]") {
  mtlint::Segmenter segmenter;
  mtlint::Document lines("t", "First line.\nSecond line.\n", segmenter);
  CHECK(lines.paragraphs().size() == 2);
  mtlint::Document wrapped("t", "A wrapped\nparagraph.\n\nAnother one.\n",
                           segmenter);
  REQUIRE(wrapped.paragraphs().size() == 2);
  CHECK(wrapped.Text(wrapped.paragraphs()[0].range) == "A wrapped\nparagraph.");
}

TEST_CASE("numbers and punctuation are told apart", "[segmenter]") {
  mtlint::Segmenter segmenter;
  mtlint::Document doc("t", "Up 3.5% on 1,000 shares", segmenter);
  std::vector<mtlint::TokenKind> kinds;
  for (const mtlint::Token& t : doc.tokens()) kinds.push_back(t.kind);
  using K = mtlint::TokenKind;
  CHECK(kinds == std::vector<K>{K::kWord, K::kNumber, K::kPunctuation, K::kWord,
                                K::kNumber, K::kWord});
}

TEST_CASE("invalid UTF-8 does not stop segmentation", "[segmenter]") {
  mtlint::Segmenter segmenter;
  std::string text = "Bad \xFF byte. Next sentence.";
  mtlint::Document doc("t", text, segmenter);
  CHECK(doc.invalid_utf8().size() == 1);
  CHECK(doc.sentences().size() == 2);
}

TEST_CASE(
    "a paragraph is one sentence unless a terminator comes before its end",
    "[segmenter]") {
  using mtlint::MayEndSentenceInside;
  CHECK_FALSE(MayEndSentenceInside(""));
  CHECK_FALSE(MayEndSentenceInside("Talks resumed on Monday"));
  CHECK_FALSE(MayEndSentenceInside("Talks resumed on Monday."));
  CHECK_FALSE(MayEndSentenceInside("He asked, \"Why now?\"  "));
  CHECK_FALSE(MayEndSentenceInside("Wait!?\xE2\x80\x9D)\n"));
  CHECK(MayEndSentenceInside("Talks resumed. Trade grew."));
  CHECK(MayEndSentenceInside("The U.S. side agreed"));
  CHECK(MayEndSentenceInside("He left. \""));  // the quote after the space
  CHECK(MayEndSentenceInside("One\xE2\x80\xA8two"));  // line separator
  CHECK(MayEndSentenceInside("Done.\xCC\x81"));       // a mark after the stop
}
