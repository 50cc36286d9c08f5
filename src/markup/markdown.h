#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"
#include "core/offset_map.h"

namespace mtlint {

// The prose of a Markdown file, as checks read it (docs/markdown.md).
//
// `text` holds the prose of paragraphs, headings, list items, block quotes
// and table cells, with inline markup left out: emphasis marks, link
// brackets and destinations, raw HTML tags and backslashes before escaped
// characters take no room; a code span, an image, an autolink or a bare URL
// becomes the word "x"; an entity becomes the character it names; two
// blocks on one line (table cells) are kept apart by a space; spaces before
// markup that ends a line are left out with it. Code blocks, HTML blocks, front
// matter and block markers
// ("> ", "- ", "# ") are left out, but every line break of the source is
// kept, so `text` has the source's lines. `map` leads back to the source.
struct MarkdownView {
  std::string text;
  OffsetMap map;
  // Blocks of prose, in `text`: a paragraph, a heading, a list item's own
  // text, a table cell.
  std::vector<ByteRange> paragraphs;
  // HTML comments ("<!-- ... -->") outside code, in the source.
  std::vector<ByteRange> comments;
};

MarkdownView ReadMarkdown(std::string_view source);

// The end of YAML ("---") or TOML ("+++") front matter opening the text
// (after a byte order mark, if any): just past its closing line. 0 when
// there is none.
size_t FrontMatterEnd(std::string_view source);

// Whether a file is read as Markdown: its name ends in .md or .markdown.
bool IsMarkdownPath(std::string_view path);

}  // namespace mtlint
