#include "cross/companions.h"

#include <fmt/format.h>

#include <stdexcept>

#include "engine/inputs.h"
#include "markup/markdown.h"
#include "text/segmenter.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

SourceScript ScriptOfText(std::string_view text) {
  size_t han = 0;
  size_t latin = 0;
  for (size_t i = 0; i < text.size();) {
    DecodedCodePoint d = DecodeUtf8(text, i);
    i += d.length;
    if (d.code_point < 0x80) {
      char32_t c = d.code_point | 0x20;
      latin += c >= 'a' && c <= 'z';
      continue;
    }
    if (d.code_point == kInvalidCodePoint || !IsLetter(d.code_point)) continue;
    int script = ScriptOf(d.code_point);
    latin += IsLatinScript(script);
    han += IsHanScript(script);
  }
  return han > latin ? SourceScript::kHan : SourceScript::kLatin;
}

std::string ReadCompanion(const std::string& path) {
  if (path == "-") {
    throw std::runtime_error(
        "a reference or source text must be a file, not standard input");
  }
  return ReadInput(path);
}

}  // namespace

CompanionText::CompanionText(std::string path, std::string text,
                             Segmenter& segmenter)
    : path_(std::move(path)) {
  if (IsMarkdownPath(path_)) {
    // Its prose only, as for a Markdown article; the view keeps the lines.
    MarkdownView view = ReadMarkdown(text);
    text_ = std::make_unique<const std::string>(std::move(view.text));
    doc_ =
        std::make_unique<Document>(path_, *text_, view.paragraphs, segmenter);
  } else {
    text_ = std::make_unique<const std::string>(std::move(text));
    doc_ = std::make_unique<Document>(path_, *text_, segmenter);
  }
  script_ = ScriptOfText(*text_);
}

std::string CompanionText::Where(size_t offset) const {
  return fmt::format("{}:{}", path_, doc_->lines().Locate(offset).line);
}

Companions::Companions() : segmenter_(std::make_unique<Segmenter>()) {}
Companions::~Companions() = default;

void Companions::AddReferenceFile(const std::string& path) {
  AddReference(path, ReadCompanion(path));
}

void Companions::SetSourceFile(const std::string& path) {
  SetSource(path, ReadCompanion(path));
}

void Companions::AddReference(std::string path, std::string text) {
  references_.push_back(std::make_unique<CompanionText>(
      std::move(path), std::move(text), *segmenter_));
}

void Companions::SetSource(std::string path, std::string text) {
  source_ = std::make_unique<CompanionText>(std::move(path), std::move(text),
                                            *segmenter_);
}

}  // namespace mtlint
