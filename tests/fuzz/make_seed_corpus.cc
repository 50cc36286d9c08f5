// Writes the seed corpora of the fuzz targets from the fixtures, so that no
// binary corpus is kept in the repository:
//   make_seed_corpus SOURCE-DIR OUT-DIR
// OUT-DIR/lint_fix: the input of every fixture case and every example
// article, and Markdown pages to be read as Markdown; OUT-DIR/segmenter:
// those inputs but the Markdown pages; OUT-DIR/normalize: the same, each
// after an options byte; OUT-DIR/config: the TOML examples of
// docs/configuration.md and the default settings as `mtlint dump-config`
// prints them.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "case_file.h"
#include "engine/config.h"
#include "engine/inputs.h"

namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::vector<fs::path> Sorted(const fs::path& dir, std::string_view ext) {
  std::vector<fs::path> out;
  for (const fs::directory_entry& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ext) {
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace mtlint;
  if (argc != 3) {
    std::cerr << "usage: make_seed_corpus SOURCE-DIR OUT-DIR\n";
    return 2;
  }
  fs::path src = argv[1];
  fs::path out = argv[2];
  try {
    for (const char* target :
         {"lint_fix", "normalize", "config", "segmenter"}) {
      fs::remove_all(out / target);
      fs::create_directories(out / target);
    }
    std::vector<std::string> texts;
    for (const fs::path& file : Sorted(src / "fixtures" / "checks", ".case")) {
      for (const FixtureCase& c : ParseCaseFile(ReadInput(file.string()))) {
        texts.push_back(c.input);
      }
    }
    for (const fs::path& file : Sorted(src / "fixtures" / "articles", ".txt")) {
      texts.push_back(ReadInput(file.string()));
    }
    for (size_t i = 0; i < texts.size(); ++i) {
      Write(out / "lint_fix" / fmt::format("{:04}", i), texts[i]);
      Write(out / "segmenter" / fmt::format("{:04}", i), texts[i]);
      // The options byte cycles through the six combinations.
      Write(out / "normalize" / fmt::format("{:04}", i),
            std::string(1, static_cast<char>(i % 6)) + texts[i]);
    }
    // Markdown: the example article and the check pages, with a last byte
    // ('@', 0x40) that makes the target read them as Markdown.
    std::vector<fs::path> markdown = Sorted(src / "docs" / "checks", ".md");
    markdown.push_back(src / "fixtures" / "articles" / "port-fees.md");
    for (size_t i = 0; i < markdown.size(); ++i) {
      Write(out / "lint_fix" / fmt::format("md-{:04}", i),
            ReadInput(markdown[i].string()) + "@");
    }
    std::string doc = ReadInput((src / "docs" / "configuration.md").string());
    size_t n = 0;
    for (size_t at = doc.find("```toml\n"); at != std::string::npos;
         at = doc.find("```toml\n", at)) {
      at += 8;
      size_t end = doc.find("```", at);
      Write(out / "config" / fmt::format("{:04}", n++),
            doc.substr(at, end - at));
    }
    Config defaults;
    Write(out / "config" / fmt::format("{:04}", n++),
          SettingsToToml(defaults, ResolveSettings(defaults, {})));
    std::cout << fmt::format("{} texts, {} configurations\n", texts.size(), n);
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "make_seed_corpus: " << e.what() << '\n';
    return 1;
  }
}
