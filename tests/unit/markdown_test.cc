#include "markup/markdown.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include "analysis/document.h"
#include "text/segmenter.h"

using mtlint::ByteRange;
using mtlint::MarkdownView;
using mtlint::ReadMarkdown;

namespace {

// The source bytes behind the first `word` of the view, or "<none>" when
// the word is not all prose.
std::string SourceOf(const MarkdownView& view, std::string_view source,
                     std::string_view word) {
  size_t at = view.text.find(word);
  REQUIRE(at != std::string::npos);
  std::optional<ByteRange> r = view.map.ToSource({at, at + word.size()});
  if (!r) return "<none>";
  return std::string(source.substr(r->begin, r->size()));
}

std::vector<std::string> Paragraphs(const MarkdownView& view) {
  std::vector<std::string> out;
  for (ByteRange p : view.paragraphs) {
    out.push_back(view.text.substr(p.begin, p.size()));
  }
  return out;
}

std::vector<std::string> Comments(const MarkdownView& view,
                                  std::string_view source) {
  std::vector<std::string> out;
  for (ByteRange c : view.comments) {
    out.emplace_back(source.substr(c.begin, c.size()));
  }
  return out;
}

size_t Lines(std::string_view s) {
  return std::count(s.begin(), s.end(), '\n');
}

// Reads `source`, requiring the prose to read `prose`.
MarkdownView Read(const std::string& source, const std::string& prose) {
  MarkdownView view = ReadMarkdown(source);
  CHECK(view.text == prose);
  return view;
}

}  // namespace

TEST_CASE("inline markup takes no room in the prose", "[markdown]") {
  std::string source =
      "Talks on *trade* and **high** -level [ties](http://x.org \"t\") "
      "resumed.\n";
  MarkdownView view =
      Read(source, "Talks on trade and high -level ties resumed.\n");
  CHECK(
      Paragraphs(view) ==
      std::vector<std::string>{"Talks on trade and high -level ties resumed."});
  // Each word is found at its own bytes in the file.
  std::optional<ByteRange> trade = view.map.ToSource({9, 14});
  REQUIRE(trade);
  CHECK(*trade == ByteRange{10, 15});
  CHECK(SourceOf(view, source, "ties resumed.") == "<none>");
  CHECK(SourceOf(view, source, " resumed.") == " resumed.");
  // A range across markup is not prose: "high** -level".
  CHECK(SourceOf(view, source, "high -level") == "<none>");
}

TEST_CASE("offsets count bytes, after multi-byte characters", "[markdown]") {
  std::string source = "# H\xC3\xA9llo *w\xC3\xB6rld*\n";
  MarkdownView view = Read(source, "H\xC3\xA9llo w\xC3\xB6rld\n");
  std::optional<ByteRange> world = view.map.ToSource({7, 13});
  REQUIRE(world);
  CHECK(*world == ByteRange{10, 16});
}

TEST_CASE("code, images and URLs read as a placeholder word", "[markdown]") {
  std::string source =
      "Run `make -j2` or see https://x.org/a, <https://y.org> and "
      "![a chart](c.png) or www.z.com now.\n";
  MarkdownView view = Read(source, "Run x or see x, x and x or x now.\n");
  CHECK(SourceOf(view, source, "x") == "<none>");
  CHECK(SourceOf(view, source, " now.") == " now.");
}

TEST_CASE("entities read as their character", "[markdown]") {
  std::string source = "AT&amp;T and Caf&eacute; &bogus; &#x4E2D;\n";
  MarkdownView view = Read(source, "AT&T and Caf\xC3\xA9 x \xE4\xB8\xAD\n");
  // An entity is prose, so a finding on it stands, but no fix can be made
  // byte for byte.
  CHECK(SourceOf(view, source, "AT&T") == "AT&amp;T");
  CHECK_FALSE(view.map.ToSource(mtlint::Edit{{2, 3}, "and"}, source.size()));
  CHECK(view.map.ToSource(mtlint::Edit{{0, 2}, "BT"}, source.size()));
}

TEST_CASE("blocks of prose are paragraphs", "[markdown]") {
  std::string source =
      "Trade *talks*\n"
      "=============\n"
      "\n"
      "The minister said the talks\n"
      "would resume.\n"
      "\n"
      "- first item\n"
      "- second item\n"
      "  1. nested item\n"
      "\n"
      "> quoted line\n"
      "> goes on\n"
      "\n"
      "| Country | Tariff |\n"
      "|---------|--------|\n"
      "| Chile | 5 % |\n";
  MarkdownView view = ReadMarkdown(source);
  CHECK(Paragraphs(view) == std::vector<std::string>{
                                "Trade talks",
                                "The minister said the talks\nwould resume.",
                                "first item",
                                "second item",
                                "nested item",
                                "quoted line\ngoes on",
                                "Country",
                                "Tariff",
                                "Chile",
                                "5 %",
                            });
  CHECK(Lines(view.text) == Lines(source));
  // Cells on one line are kept apart by a space that is not prose.
  CHECK(view.text.find("Country Tariff\n") != std::string::npos);
  CHECK(SourceOf(view, source, "Country Tariff") == "<none>");
  CHECK(SourceOf(view, source, "quoted line\ngoes") == "<none>");
}

TEST_CASE("code blocks, HTML blocks and front matter are left out",
          "[markdown]") {
  std::string source =
      "---\n"
      "title: The the report\n"
      "---\n"
      "Prose here.\n"
      "\n"
      "```\n"
      "the the high -level\n"
      "```\n"
      "\n"
      "    indented the the\n"
      "\n"
      "<div>\n"
      "the the\n"
      "</div>\n"
      "\n"
      "+++\n";
  MarkdownView view =
      Read(source, "\n\n\nProse here.\n\n\n\n\n\n\n\n\n\n\n\n+++\n");
  // Front matter is only at the very start: "+++" later is text.
  CHECK(Paragraphs(view) == std::vector<std::string>{"Prose here.", "+++"});
  // Every line break of the file is in the view, at its line.
  CHECK(Lines(view.text) == Lines(source));
}

TEST_CASE("front matter only at the very start", "[markdown]") {
  using mtlint::FrontMatterEnd;
  CHECK(FrontMatterEnd("---\na: 1\n---\nText\n") == 13);
  CHECK(FrontMatterEnd("+++\na = 1\n+++\r\nText\n") == 15);
  CHECK(FrontMatterEnd("---\na: 1\n...\n") == 13);
  CHECK(FrontMatterEnd("\xEF\xBB\xBF---\na: 1\n---\n") == 16);
  CHECK(FrontMatterEnd("---\nnever closed\n") == 0);
  CHECK(FrontMatterEnd("Text\n---\na: 1\n---\n") == 0);
  CHECK(FrontMatterEnd("+++\na = 1\n---\n") == 0);
}

TEST_CASE("line breaks inside a paragraph", "[markdown]") {
  // Trailing spaces and a backslash make hard breaks: markup, not prose.
  std::string source = "One line  \nnext\\\nlast line\n";
  MarkdownView view = Read(source, "One line\nnext\nlast line\n");
  CHECK(Paragraphs(view) ==
        std::vector<std::string>{"One line\nnext\nlast line"});
  // A wrapped paragraph is one sentence.
  mtlint::Segmenter segmenter;
  std::string wrapped =
      "The talks in Geneva ended\non Friday. Both sides left.\n";
  MarkdownView v = ReadMarkdown(wrapped);
  mtlint::Document doc("a.md", v.text, v.paragraphs, segmenter);
  REQUIRE(doc.sentences().size() == 2);
  CHECK(doc.Text(doc.sentences()[0].range) ==
        "The talks in Geneva ended\non Friday.");
}

TEST_CASE("emphasis inside a word leaves the word whole", "[markdown]") {
  std::string source = "An un*believ*able result.\n";
  MarkdownView view = Read(source, "An unbelievable result.\n");
  CHECK(SourceOf(view, source, "unbelievable") == "<none>");
  CHECK(SourceOf(view, source, "result.") == "result.");
}

TEST_CASE("spaces before markup that ends a line are not prose", "[markdown]") {
  std::string source = "He left. <!-- a note -->\nShe <b>stayed</b> \n";
  MarkdownView view = Read(source, "He left.\nShe stayed\n");
  CHECK(Paragraphs(view) == std::vector<std::string>{"He left.\nShe stayed"});
}

TEST_CASE("HTML comments outside code are found", "[markdown]") {
  std::string source =
      "<!-- mtlint-disable spelling -->\n"
      "\n"
      "Text `<!-- in code -->` and <!-- inline --> more.\n"
      "\n"
      "```\n"
      "<!-- in a code block -->\n"
      "```\n"
      "<!-- spans\n"
      "two lines -->\n";
  MarkdownView view = ReadMarkdown(source);
  CHECK(Comments(view, source) ==
        std::vector<std::string>{"<!-- mtlint-disable spelling -->",
                                 "<!-- inline -->",
                                 "<!-- spans\ntwo lines -->"});
}

TEST_CASE("the view's verbatim pieces are the file's bytes", "[markdown]") {
  // Random documents from fragments of Markdown: whatever md4c makes of
  // them, verbatim pieces hold the source's bytes, pieces advance through
  // the source, and the view has the source's line breaks.
  const std::vector<std::string> fragments = {"word ",
                                              "Caf\xC3\xA9 ",
                                              "*em* ",
                                              "**strong** ",
                                              "`code` ",
                                              "[link](u) ",
                                              "&amp; ",
                                              "\\* ",
                                              "<b>",
                                              "</b> ",
                                              "\n",
                                              "\n\n",
                                              "# ",
                                              "- ",
                                              "> ",
                                              "| a | b |\n|---|---|\n",
                                              "```\nx\n```\n",
                                              "    ",
                                              "  \n",
                                              "https://e.org ",
                                              "\r\n",
                                              "<!-- c -->",
                                              "\xE2\x80\x9C"
                                              "q\xE2\x80\x9D ",
                                              "_u_",
                                              "~~d~~ "};
  std::mt19937 random(12345);
  for (int round = 0; round < 300; ++round) {
    std::string source;
    int n = static_cast<int>(random() % 40);
    for (int i = 0; i < n; ++i)
      source += fragments[random() % fragments.size()];
    MarkdownView view = ReadMarkdown(source);
    INFO(source);
    CHECK(Lines(view.text) == Lines(source));
    size_t source_end = 0;
    size_t view_end = 0;
    for (const auto& p : view.map.pieces()) {
      CHECK(p.view_begin == view_end);
      CHECK(p.source.begin >= source_end);
      if (p.kind == mtlint::OffsetMap::Kind::kVerbatim) {
        CHECK(view.text.substr(p.view_begin, p.view_end - p.view_begin) ==
              source.substr(p.source.begin, p.source.size()));
      }
      source_end = p.source.end;
      view_end = p.view_end;
    }
    CHECK(view_end == view.text.size());
    for (ByteRange para : view.paragraphs) CHECK(para.end <= view.text.size());
  }
}
