#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"

namespace mtlint {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "human";
  std::string color = "auto";
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::string fail_on = "warning";
  std::string dict_path;              // Hunspell dictionary, without extension
  std::vector<std::string> dict_dirs;  // the user's dictionary directories
};

int RunCheck(const CheckOptions& options);

}  // namespace mtlint
