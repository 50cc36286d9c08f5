#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_range.h"

namespace mtlint {

// Mojibake: UTF-8 text that was decoded as Windows-1252 (or Latin-1) and
// encoded as UTF-8 again, so that "’" reads "â€™" and "é" reads "Ã©".
struct Mojibake {
  ByteRange range;  // in the text searched; never includes invalid bytes
  // What the text was. Exactly one meaning when the repair is unambiguous;
  // several, one character each, when the decoder lost a byte (U+FFFD).
  std::vector<std::string> meanings;
  int rounds = 1;  // how many times the text was mis-decoded (1 to 3)
};

// The mojibake in UTF-8 text, in order. Adjacent mis-decoded characters form
// one run; only runs that pass the plausibility rules described in
// docs/checks/encoding-mojibake.md are returned.
std::vector<Mojibake> FindMojibake(std::string_view text);

// What `run` stood for, when every character of it is part of a plausible
// mis-decoded sequence and the repair is unambiguous; text encoded twice or
// three times is decoded as often. `before` and `after` are the characters
// around the run (0 for none), which decide whether it could be real text.
std::optional<std::string> RepairMojibake(std::string_view run,
                                          char32_t before = 0,
                                          char32_t after = 0);

}  // namespace mtlint
