#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/document.h"

namespace mtlint {

// The language of a source text, as far as the source checks care: Han
// (Chinese numerals and names) or Latin script (Spanish and its kin).
enum class SourceScript { kHan, kLatin };

// A text given beside the article: a reference article on the same story
// (--reference) or the original of the translation (--source). It owns its
// bytes and is segmented once, like an article; of a Markdown file (*.md),
// its prose (markup/markdown.h), whose lines are the file's.
class CompanionText {
 public:
  CompanionText(std::string path, std::string text, Segmenter& segmenter);

  const std::string& path() const { return path_; }
  const Document& doc() const { return *doc_; }
  // Han when more of its letters are Han than Latin.
  SourceScript script() const { return script_; }
  // "reference.txt:3": where an offset of the text stands, for notes.
  std::string Where(size_t offset) const;

 private:
  std::string path_;
  std::unique_ptr<const std::string> text_;  // stable: doc_ views it
  std::unique_ptr<Document> doc_;
  SourceScript script_ = SourceScript::kLatin;
};

// The companion texts of one run, read once from --reference and
// --source and shared by every Linter (read-only once built). Checks
// that cross-check reach them through CheckContext::companions and do
// nothing without them.
class Companions {
 public:
  Companions();
  ~Companions();

  // Reads and segments a file ("-" is not allowed: standard input is the
  // article). Throws std::runtime_error naming the path.
  void AddReferenceFile(const std::string& path);
  void SetSourceFile(const std::string& path);
  // The same from text in memory (tests).
  void AddReference(std::string path, std::string text);
  void SetSource(std::string path, std::string text);

  const std::vector<std::unique_ptr<CompanionText>>& references() const {
    return references_;
  }
  const CompanionText* source() const { return source_.get(); }
  bool empty() const { return references_.empty() && !source_; }

 private:
  std::unique_ptr<Segmenter> segmenter_;
  std::vector<std::unique_ptr<CompanionText>> references_;
  std::unique_ptr<CompanionText> source_;
};

}  // namespace mtlint
