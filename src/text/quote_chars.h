#pragma once

namespace mtlint {

// The curly quotation marks. German and Polish quotes open low („ ‚) and
// close with “ ‘.
inline constexpr char32_t kLeftSingle = U'\u2018';
inline constexpr char32_t kRightSingle = U'\u2019';
inline constexpr char32_t kLowSingle = U'\u201A';
inline constexpr char32_t kLeftDouble = U'\u201C';
inline constexpr char32_t kRightDouble = U'\u201D';
inline constexpr char32_t kLowDouble = U'\u201E';

}  // namespace mtlint
