#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace mtlint {

enum class WriteStatus { kWritten, kChangedSinceRead, kRemovedSinceRead };

// Replaces the file at `path` (through a symbolic link, its target) with
// `contents`. The bytes go to a temporary file in the same directory, which
// gets the file's permission bits, is flushed to disk and renamed over the
// file, so that a reader or a crash sees the old bytes or the new ones,
// never a mix. Just before the rename the file is read again: if it no
// longer holds `expected`, the bytes it was fixed from, nothing is written
// and the result is kChangedSinceRead, so an editor's save is not lost; if
// it is gone, kRemovedSinceRead, and it is not brought back.
// `before_compare` runs just before that comparison; it exists for tests.
// Throws std::runtime_error naming the path on I/O errors.
WriteStatus ReplaceFile(const std::string& path, std::string_view expected,
                        std::string_view contents,
                        const std::function<void()>& before_compare = {});

}  // namespace mtlint
