#include "engine/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <sstream>

#include "checks/registry.h"
#include "dict/hunspell_speller.h"
#include "engine/inputs.h"
#include "text/edit_distance.h"

namespace mtlint {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kTopKeys[] = {"checks", "dictionaries", "exclude"};
constexpr std::string_view kCheckKeys[] = {"enabled", "severity"};
constexpr std::string_view kDictionaryKeys[] = {"accept", "hunspell", "paths",
                                                "reject"};

// "a string", "an integer": the type a value has, for messages.
std::string_view TypeName(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a floating-point number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// Turns a TOML document into a Config, stopping at the first problem with
// its line and column.
class ConfigReader {
 public:
  ConfigReader(const std::string& shown, const fs::path& base) : shown_(shown) {
    config_.file = shown;
    config_.base = base;
  }

  Config Read(const toml::table& root) {
    for (auto&& [key, node] : root) {
      if (key == "checks") {
        for (auto&& [id, check] : Table(key, node, "")) ReadCheck(id, check);
      } else if (key == "dictionaries") {
        ReadDictionaries(Table(key, node, ""));
      } else if (key == "exclude") {
        for (std::string& p : Strings(key, node, "")) {
          config_.exclude.emplace_back(p);
        }
      } else {
        UnknownKey(key, "", kTopKeys);
      }
    }
    return std::move(config_);
  }

 private:
  [[noreturn]] void Fail(const toml::source_region& at,
                         std::string_view message) const {
    throw ConfigError(fmt::format("{}:{}:{}: {}", shown_, at.begin.line,
                                  at.begin.column, message));
  }

  // "'enabled' in [checks.spelling]", or "'exclude'" at the top.
  static std::string Where(const toml::key& key, std::string_view section) {
    return section.empty() ? fmt::format("'{}'", key.str())
                           : fmt::format("'{}' in [{}]", key.str(), section);
  }

  template <size_t N>
  [[noreturn]] void UnknownKey(const toml::key& key, std::string_view section,
                               const std::string_view (&known)[N]) const {
    UnknownKey(
        key, section,
        std::vector<std::string_view>(std::begin(known), std::end(known)));
  }

  [[noreturn]] void UnknownKey(
      const toml::key& key, std::string_view section,
      const std::vector<std::string_view>& candidates) const {
    std::string_view near = ClosestMatch(key.str(), candidates);
    std::string in = section.empty() ? "" : fmt::format(" in [{}]", section);
    Fail(key.source(),
         near.empty() ? fmt::format("unknown key '{}'{} (expected {})",
                                    key.str(), in, fmt::join(candidates, ", "))
                      : fmt::format("unknown key '{}'{}; did you mean '{}'?",
                                    key.str(), in, near));
  }

  [[noreturn]] void WrongType(const toml::key& key, std::string_view section,
                              const toml::node& node,
                              std::string_view expected) const {
    Fail(node.source(),
         fmt::format("{} must be {}, not {}", Where(key, section), expected,
                     TypeName(node)));
  }

  const toml::table& Table(const toml::key& key, const toml::node& node,
                           std::string_view section) const {
    if (!node.is_table()) WrongType(key, section, node, "a table");
    return *node.as_table();
  }

  std::vector<std::string> Strings(const toml::key& key, const toml::node& node,
                                   std::string_view section) const {
    if (!node.is_array()) WrongType(key, section, node, "an array of strings");
    std::vector<std::string> out;
    for (const toml::node& element : *node.as_array()) {
      if (!element.is_string()) {
        WrongType(key, section, element, "an array of strings");
      }
      const std::string& s = element.as_string()->get();
      if (s.empty()) {
        Fail(element.source(),
             fmt::format("{} holds an empty string", Where(key, section)));
      }
      out.push_back(s);
    }
    return out;
  }

  void ReadCheck(const toml::key& id, const toml::node& node) {
    const CheckInfo* found = FindCheck(id.str());
    if (!found) {
      std::string_view near = SuggestCheck(id.str());
      Fail(id.source(),
           near.empty()
               ? fmt::format("unknown check '{}' in [checks] (see `mtlint "
                             "list-checks`)",
                             id.str())
               : fmt::format("unknown check '{}' in [checks]; did you mean "
                             "'{}'?",
                             id.str(), near));
    }
    const CheckInfo& info = *found;
    std::string section = fmt::format("checks.{}", id.str());
    CheckConfig& check = config_.checks[std::string(id.str())];
    for (auto&& [key, value] : Table(id, node, "checks")) {
      if (key == "enabled") {
        if (!value.is_boolean()) WrongType(key, section, value, "a boolean");
        check.enabled = value.as_boolean()->get();
      } else if (key == "severity") {
        if (!value.is_string()) WrongType(key, section, value, "a string");
        const std::string& name = value.as_string()->get();
        check.severity = ParseSeverity(name);
        if (!check.severity) {
          Fail(value.source(),
               fmt::format("{} must be 'error', 'warning' or 'note', not '{}'",
                           Where(key, section), name));
        }
      } else if (const OptionSpec* spec = FindOption(info, key.str())) {
        check.options[std::string(key.str())] =
            ReadOption(key, section, value, *spec);
      } else {
        std::vector<std::string_view> known(std::begin(kCheckKeys),
                                            std::end(kCheckKeys));
        for (const OptionSpec& o : info.options) known.push_back(o.name);
        UnknownKey(key, section, known);
      }
    }
  }

  static const OptionSpec* FindOption(const CheckInfo& info,
                                      std::string_view name) {
    for (const OptionSpec& o : info.options) {
      if (o.name == name) return &o;
    }
    return nullptr;
  }

  int64_t ReadOption(const toml::key& key, std::string_view section,
                     const toml::node& value, const OptionSpec& spec) const {
    if (!value.is_integer()) WrongType(key, section, value, "an integer");
    int64_t n = value.as_integer()->get();
    if (n < spec.min || n > spec.max) {
      Fail(value.source(),
           fmt::format("{} must be from {} to {}, not {}", Where(key, section),
                       spec.min, spec.max, n));
    }
    return n;
  }

  void ReadDictionaries(const toml::table& table) {
    constexpr std::string_view kSection = "dictionaries";
    const toml::node* reject = nullptr;
    for (auto&& [key, value] : table) {
      if (key == "paths") {
        size_t i = 0;
        for (std::string& p : Strings(key, value, kSection)) {
          fs::path dir = (config_.base / p).lexically_normal();
          if (!fs::is_directory(dir)) {
            Fail((*value.as_array())[i].source(),
                 fmt::format("dictionary directory '{}' does not exist",
                             dir.string()));
          }
          config_.dict_dirs.push_back(std::move(dir));
          ++i;
        }
      } else if (key == "hunspell") {
        if (!value.is_string()) WrongType(key, kSection, value, "a string");
        config_.hunspell = (config_.base / value.as_string()->get())
                               .lexically_normal()
                               .string();
        try {
          HunspellSpeller::CheckFiles(config_.hunspell);
        } catch (const std::runtime_error& e) {
          Fail(value.source(), e.what());
        }
      } else if (key == "accept") {
        config_.accept = Strings(key, value, kSection);
      } else if (key == "reject") {
        config_.reject = Strings(key, value, kSection);
        reject = &value;
      } else {
        UnknownKey(key, kSection, kDictionaryKeys);
      }
    }
    if (!reject) return;
    // Rejected words are matched one token at a time.
    size_t i = 0;
    for (const std::string& word : config_.reject) {
      const toml::node& at = (*reject->as_array())[i++];
      if (word.find_first_of(" \t") != std::string::npos) {
        Fail(at.source(),
             fmt::format("'reject' in [dictionaries] holds words, not "
                         "phrases: '{}'",
                         word));
      }
      if (std::find(config_.accept.begin(), config_.accept.end(), word) !=
          config_.accept.end()) {
        Fail(at.source(), fmt::format("'{}' is both accepted and rejected in "
                                      "[dictionaries]",
                                      word));
      }
    }
  }

  std::string shown_;
  Config config_;
};

}  // namespace

bool Config::Excludes(const fs::path& path) const {
  if (exclude.empty()) return false;
  fs::path relative = path.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return false;
  return std::any_of(exclude.begin(), exclude.end(),
                     [&](const PathGlob& g) { return g.Matches(relative); });
}

Config ParseConfig(std::string_view text, const std::string& shown,
                   const fs::path& base) {
  toml::table root;
  try {
    root = toml::parse(text, shown);
  } catch (const toml::parse_error& e) {
    throw ConfigError(fmt::format("{}:{}:{}: {}", shown, e.source().begin.line,
                                  e.source().begin.column, e.description()));
  }
  return ConfigReader(shown, base).Read(root);
}

Config ReadConfig(const fs::path& file, const std::string& shown) {
  std::string text;
  try {
    // A FIFO or device in its place is refused rather than waited on.
    text = ReadInput(file.string());
  } catch (const std::runtime_error& e) {
    // Its message starts with the path as opened; show it as `shown`.
    std::string_view message = e.what();
    std::string prefix = file.string() + ": ";
    if (message.substr(0, prefix.size()) == prefix) {
      message.remove_prefix(prefix.size());
    }
    throw ConfigError(fmt::format("{}: {}", shown, message));
  }
  return ParseConfig(text, shown,
                     fs::absolute(file).lexically_normal().parent_path());
}

LintSettings ResolveSettings(const Config& config,
                             const CommandLineSettings& command_line) {
  LintSettings settings;
  CheckSelection base = CheckSelection::Default();
  for (const auto& [id, check] : config.checks) {
    if (check.enabled == false) base.enabled.erase(id);
    if (check.enabled == true) base.enabled.insert(id);
    if (check.severity) settings.severities[id] = *check.severity;
    if (!check.options.empty()) settings.options[id] = check.options;
  }
  settings.selection =
      SelectChecks(command_line.enable, command_line.disable, std::move(base));
  std::vector<std::string> dirs;
  for (const fs::path& d : config.dict_dirs) dirs.push_back(d.string());
  dirs.insert(dirs.end(), command_line.dict_dirs.begin(),
              command_line.dict_dirs.end());
  settings.dictionaries = DefaultDictionaryOptions(
      dirs, command_line.dict_path.empty() ? config.hunspell
                                           : command_line.dict_path);
  settings.dictionaries.accept = config.accept;
  settings.dictionaries.reject = config.reject;
  return settings;
}

std::string SettingsToToml(const Config& config, const LintSettings& settings) {
  toml::table checks;
  for (const CheckInfo& info : Registry()) {
    toml::table check{{"enabled", settings.selection.Has(info.id)}};
    auto severity = settings.severities.find(info.id);
    if (severity != settings.severities.end()) {
      check.insert("severity", std::string(SeverityName(severity->second)));
    }
    auto set = settings.options.find(info.id);
    for (const auto& [name, value] : ResolveOptions(
             info.options,
             set == settings.options.end() ? nullptr : &set->second)) {
      check.insert(name, value);
    }
    checks.insert(info.id, std::move(check));
  }
  const DictionaryOptions& d = settings.dictionaries;
  toml::array paths;
  // The shipped directory comes first and always; the header names it.
  for (size_t i = 1; i < d.dirs.size(); ++i) {
    paths.push_back(fs::absolute(d.dirs[i]).lexically_normal().string());
  }
  auto strings = [](const std::vector<std::string>& v) {
    toml::array a;
    for (const std::string& s : v) a.push_back(s);
    return a;
  };
  toml::array exclude;
  for (const PathGlob& g : config.exclude) exclude.push_back(g.pattern());
  toml::table root{
      {"checks", std::move(checks)},
      {"dictionaries", toml::table{{"paths", std::move(paths)},
                                   {"hunspell", d.hunspell_base},
                                   {"accept", strings(d.accept)},
                                   {"reject", strings(d.reject)}}},
      {"exclude", std::move(exclude)},
  };
  std::ostringstream out;
  out << "# configuration file: "
      << (config.file.empty() ? "none (the defaults)" : config.file.string())
      << '\n';
  if (!config.file.empty()) {
    out << "# exclude patterns are relative to " << config.base.string()
        << '\n';
  }
  if (!d.dirs.empty()) {
    out << "# shipped dictionaries: " << d.dirs.front().string() << '\n';
  }
  out << '\n'
      << toml::toml_formatter(root, toml::format_flags::allow_unicode_strings)
      << '\n';
  return out.str();
}

}  // namespace mtlint
