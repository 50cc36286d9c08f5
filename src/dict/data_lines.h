#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string_view>

namespace mtlint {

// Reads a dictionary file and calls `visit` with each line that holds data
// and its 1-based number: blank lines and lines starting with '#' are
// skipped, and a CR before the LF is dropped. Throws std::runtime_error
// naming the file and line of bytes that are not UTF-8.
void ForEachDataLine(
    const std::filesystem::path& path,
    const std::function<void(std::string_view line, size_t number)>& visit);

// The same over a file's text already read; the views point into `text`.
void ForEachDataLine(
    const std::filesystem::path& path, std::string_view text,
    const std::function<void(std::string_view line, size_t number)>& visit);

}  // namespace mtlint
