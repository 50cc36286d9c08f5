#include "engine/config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "engine/config_finder.h"
#include "engine/path_glob.h"

namespace fs = std::filesystem;
using mtlint::Config;
using mtlint::ConfigError;
using mtlint::ConfigFinder;
using mtlint::ParseConfig;
using mtlint::Severity;

namespace {

// A fresh directory under the system's temporary directory, removed after.
class TempTree {
 public:
  TempTree() {
    root_ = fs::temp_directory_path() /
            ("mtlint-config-test-" + std::to_string(::getpid()) + "-" +
             std::to_string(counter_++));
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~TempTree() { fs::remove_all(root_); }
  fs::path Write(const std::string& relative, const std::string& text) {
    fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p;
  }
  fs::path Dir(const std::string& relative) {
    fs::create_directories(root_ / relative);
    return root_ / relative;
  }
  const fs::path& root() const { return root_; }

 private:
  static inline int counter_ = 0;
  fs::path root_;
};

Config Parse(const std::string& text, const fs::path& base = "/nonexistent") {
  return ParseConfig(text, "cfg.toml", base);
}

}  // namespace

TEST_CASE("a full configuration is read", "[config]") {
  TempTree tree;
  tree.Dir("house");
  Config c = Parse(R"(exclude = ["drafts/", "*.tmp.md"]
[checks.spelling]
enabled = false
[checks.word-repeated]
severity = "error"
[dictionaries]
paths = ["house"]
accept = ["Zelensky"]
reject = ["Zelenskiy"]
)",
                   tree.root());
  CHECK(c.checks.at("spelling").enabled == false);
  CHECK_FALSE(c.checks.at("spelling").severity);
  CHECK(c.checks.at("word-repeated").severity == Severity::kError);
  REQUIRE(c.dict_dirs.size() == 1);
  CHECK(c.dict_dirs[0] == tree.root() / "house");
  CHECK(c.accept == std::vector<std::string>{"Zelensky"});
  CHECK(c.reject == std::vector<std::string>{"Zelenskiy"});
  REQUIRE(c.exclude.size() == 2);
  // Directories are pruned as the walk meets them.
  CHECK(c.Excludes(tree.root() / "a" / "drafts"));
  CHECK(c.Excludes(tree.root() / "notes.tmp.md"));
  CHECK_FALSE(c.Excludes(tree.root() / "notes.md"));
  // Patterns apply below the configuration's directory only.
  CHECK_FALSE(c.Excludes(tree.root().parent_path() / "drafts" / "x.txt"));
}

TEST_CASE("every configuration error names file, line and column", "[config]") {
  CHECK_THROWS_WITH(Parse("[checks\n"), Catch::StartsWith("cfg.toml:1:8: "));
  CHECK_THROWS_WITH(Parse("\nexclud = []\n"),
                    "cfg.toml:2:1: unknown key 'exclud'; did you mean "
                    "'exclude'?");
  CHECK_THROWS_WITH(Parse("colour = 1\n"),
                    "cfg.toml:1:1: unknown key 'colour' (expected checks, "
                    "dictionaries, exclude)");
  CHECK_THROWS_WITH(Parse("[checks.speling]\nenabled = false\n"),
                    "cfg.toml:1:9: unknown check 'speling' in [checks]; did "
                    "you mean 'spelling'?");
  CHECK_THROWS_WITH(Parse("[checks.zzz]\n"),
                    "cfg.toml:1:9: unknown check 'zzz' in [checks] (see "
                    "`mtlint list-checks`)");
  CHECK_THROWS_WITH(Parse("[checks.spacing]\nenable = false\n"),
                    "cfg.toml:2:1: unknown key 'enable' in [checks.spacing]; "
                    "did you mean 'enabled'?");
  CHECK_THROWS_WITH(Parse("[checks.spacing]\nenabled = \"no\"\n"),
                    "cfg.toml:2:11: 'enabled' in [checks.spacing] must be a "
                    "boolean, not a string");
  CHECK_THROWS_WITH(Parse("[checks.spacing]\nseverity = \"fatal\"\n"),
                    "cfg.toml:2:12: 'severity' in [checks.spacing] must be "
                    "'error', 'warning' or 'note', not 'fatal'");
  CHECK_THROWS_WITH(Parse("checks = 3\n"),
                    "cfg.toml:1:10: 'checks' must be a table, not an integer");
  CHECK_THROWS_WITH(Parse("exclude = \"drafts\"\n"),
                    "cfg.toml:1:11: 'exclude' must be an array of strings, "
                    "not a string");
  CHECK_THROWS_WITH(Parse("[dictionaries]\naccept = [\"a\", 2]\n"),
                    "cfg.toml:2:16: 'accept' in [dictionaries] must be an "
                    "array of strings, not an integer");
  CHECK_THROWS_WITH(Parse("[dictionaries]\naccept = [\"\"]\n"),
                    "cfg.toml:2:11: 'accept' in [dictionaries] holds an "
                    "empty string");
  CHECK_THROWS_WITH(Parse("[dictionaries]\nreject = [\"trade war\"]\n"),
                    "cfg.toml:2:11: 'reject' in [dictionaries] holds words, "
                    "not phrases: 'trade war'");
  CHECK_THROWS_WITH(
      Parse("[dictionaries]\naccept = [\"Xi\"]\nreject = [\"Xi\"]\n"),
      "cfg.toml:3:11: 'Xi' is both accepted and rejected in [dictionaries]");
  CHECK_THROWS_WITH(Parse("[dictionaries]\npaths = [\"house\"]\n"),
                    "cfg.toml:2:10: dictionary directory "
                    "'/nonexistent/house' does not exist");
  CHECK_THROWS_WITH(Parse("[checks.spelling]\nmax-suggestion = 2\n"),
                    "cfg.toml:2:1: unknown key 'max-suggestion' in "
                    "[checks.spelling]; did you mean 'max-suggestions'?");
  CHECK_THROWS_WITH(Parse("[checks.spacing]\nmax = 2\n"),
                    "cfg.toml:2:1: unknown key 'max' in [checks.spacing] "
                    "(expected enabled, severity)");
  CHECK_THROWS_WITH(Parse("[checks.number-separator]\nmin-digits = 3\n"),
                    "cfg.toml:2:14: 'min-digits' in [checks.number-separator] "
                    "must be from 4 to 20, not 3");
  CHECK_THROWS_WITH(Parse("[checks.number-separator]\nmin-digits = \"5\"\n"),
                    "cfg.toml:2:14: 'min-digits' in [checks.number-separator] "
                    "must be an integer, not a string");
  CHECK_THROWS_WITH(Parse("[dictionaries]\nsizes = 1\n"),
                    Catch::StartsWith("cfg.toml:2:1: unknown key 'sizes' in "
                                      "[dictionaries]"));
  CHECK_THROWS_WITH(Parse("[dictionaries]\nhunspell = \"none/xx_XX\"\n"),
                    Catch::StartsWith("cfg.toml:2:12: "));
}

TEST_CASE("a check's options reach its settings, defaults filled", "[config]") {
  Config c = Parse("[checks.number-separator]\nmin-digits = 5\n");
  CHECK(c.checks.at("number-separator").options.at("min-digits") == 5);
  mtlint::LintSettings s = mtlint::ResolveSettings(c, {});
  CHECK(s.options.at("number-separator").at("min-digits") == 5);
  CHECK(s.options.count("spelling") == 0);
  std::string toml = mtlint::SettingsToToml(c, s);
  CHECK(toml.find(
            "[checks.number-separator]\nenabled = true\nmin-digits = 5\n") !=
        std::string::npos);
  CHECK(toml.find("[checks.spelling]\nenabled = true\nmax-suggestions = 3\n") !=
        std::string::npos);
}

TEST_CASE("the command line goes over the configuration", "[config]") {
  Config c = Parse(
      "[checks.spelling]\nenabled = false\n[checks.spacing]\nenabled = "
      "false\nseverity = \"note\"\n");
  mtlint::LintSettings s = mtlint::ResolveSettings(c, {});
  CHECK_FALSE(s.selection.Has("spelling"));
  CHECK_FALSE(s.selection.Has("spacing"));
  CHECK(s.selection.Has("word-repeated"));
  CHECK(s.severities.at("spacing") == Severity::kNote);
  // --enable brings back what the file disabled; --disable removes more.
  s = mtlint::ResolveSettings(c, {{"spelling"}, {"word-*"}, {}, ""});
  CHECK(s.selection.Has("spelling"));
  CHECK_FALSE(s.selection.Has("word-repeated"));
  CHECK_FALSE(s.selection.Has("spacing"));
  CHECK_THROWS_AS(mtlint::ResolveSettings(c, {{"nope"}, {}, {}, ""}),
                  std::invalid_argument);
}

TEST_CASE("the nearest configuration wins, up to the repository root",
          "[config]") {
  TempTree tree;
  tree.Write("outside/.mtlint.toml", "[checks.spelling]\nenabled = false\n");
  tree.Dir("outside/repo/.git");
  tree.Write("outside/repo/.mtlint.toml",
             "[checks.spacing]\nenabled = false\n");
  tree.Write("outside/repo/news/.mtlint.toml",
             "[checks.word-repeated]\nenabled = false\n");
  tree.Dir("outside/repo/news/world");
  tree.Dir("outside/repo/blog");
  tree.Dir("outside/other/.git");
  fs::path repo = tree.root() / "outside" / "repo";

  CHECK(mtlint::FindConfigFile(repo / "news" / "world") ==
        repo / "news" / ".mtlint.toml");
  CHECK(mtlint::FindConfigFile(repo / "blog") == repo / ".mtlint.toml");
  // The search stops at a repository root: ../.mtlint.toml is not its.
  CHECK_FALSE(mtlint::FindConfigFile(tree.root() / "outside" / "other"));

  ConfigFinder finder;
  const Config& news = finder.ForDirectory(repo / "news" / "world");
  CHECK(news.checks.count("word-repeated") == 1);
  // Nearest replaces, without merging: spacing is not disabled under news/.
  CHECK(news.checks.count("spacing") == 0);
  CHECK(&finder.ForDirectory(repo / "news") == &news);
  CHECK(finder.ForDirectory(repo / "blog").checks.count("spacing") == 1);

  fs::path forced = tree.Write("forced.toml", "exclude = [\"*.md\"]\n");
  ConfigFinder forcing(forced.string());
  const Config& f = forcing.ForDirectory(repo / "news");
  CHECK(f.checks.empty());
  CHECK(f.exclude.size() == 1);
  CHECK(f.file == forced);
}

TEST_CASE("exclude patterns follow gitignore's shape", "[config]") {
  using mtlint::PathGlob;
  CHECK(PathGlob("drafts/").Matches("a/drafts"));
  CHECK(PathGlob("drafts/").Matches("drafts"));
  CHECK(PathGlob("*.tmp.md").Matches("x/y/a.tmp.md"));
  CHECK_FALSE(PathGlob("*.tmp.md").Matches("a.md"));
  CHECK(PathGlob("/notes.md").Matches("notes.md"));
  CHECK_FALSE(PathGlob("/notes.md").Matches("a/notes.md"));
  CHECK(PathGlob("archive/**/old-*.txt").Matches("archive/2019/05/old-a.txt"));
  CHECK(PathGlob("archive/**/old-*.txt").Matches("archive/old-a.txt"));
  CHECK_FALSE(PathGlob("archive/*.txt").Matches("archive/2019/a.txt"));
  CHECK(PathGlob("draft-[0-9].txt").Matches("draft-7.txt"));
  CHECK(PathGlob("a?.txt").Matches("ab.txt"));
}
