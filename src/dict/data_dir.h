#pragma once

#include <filesystem>

namespace mtlint {

// The dictionaries shipped with mtlint: $MTLINT_DICTIONARY_DIR if set, else
// share/mtlint/dictionaries beside the installed binary, else the source
// tree's dictionaries/ (a build that was not installed).
std::filesystem::path ShippedDictionaryDir();

}  // namespace mtlint
