#include "text/address.h"

#include <algorithm>
#include <array>
#include <string>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// ASCII letters and digits (std::isalnum in the C locale mtlint runs in).
bool IsHostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// Whether ASCII `s` is `lowercase` in any case.
bool EqualsIgnoringCase(std::string_view s, std::string_view lowercase) {
  if (s.size() != lowercase.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (AsciiLower(s[i]) != lowercase[i]) return false;
  }
  return true;
}

// Only generic top-level domains: country codes such as "it", "in" and "no"
// are also words that start sentences ("ended.It"). Labels are ASCII.
bool IsGenericTopLevel(std::string_view label) {
  static constexpr std::array<std::string_view, 10> kDomains = {
      "com", "net", "org", "gov", "edu", "int", "mil", "info", "biz", "io"};
  return std::any_of(kDomains.begin(), kDomains.end(), [&](std::string_view d) {
    return EqualsIgnoringCase(label, d);
  });
}

// "trade.gov.uk", "Booking.Com": labels joined by dots, one after the first
// a generic top-level domain. A final dot ends the sentence.
bool IsDomainName(std::string_view host) {
  while (!host.empty() && host.back() == '.') host.remove_suffix(1);
  size_t dot = host.find('.');
  if (dot == 0 || dot == std::string_view::npos) return false;
  bool generic = false;
  while (dot != std::string_view::npos) {
    size_t next = host.find('.', dot + 1);
    std::string_view label = host.substr(dot + 1, next - dot - 1);
    if (label.empty()) return false;
    generic = generic || IsGenericTopLevel(label);
    dot = next;
  }
  return generic;
}

// The stretch around `at` within `bounds` whose characters all pass `keep`.
template <typename Keep>
std::string_view Around(std::string_view text, ByteRange bounds, size_t at,
                        Keep keep) {
  size_t begin = at;
  while (begin > bounds.begin) {
    DecodedCodePoint d = DecodeUtf8Before(text, begin);
    if (!keep(d.code_point)) break;
    begin -= d.length;
  }
  size_t end = at;
  while (end < bounds.end) {
    DecodedCodePoint d = DecodeUtf8(text, end);
    if (!keep(d.code_point)) break;
    end += d.length;
  }
  return text.substr(begin, end - begin);
}

// The text between white space around `at`.
std::string_view RunAround(std::string_view text, ByteRange bounds, size_t at) {
  return Around(text, bounds, at,
                [](char32_t cp) { return !IsWhiteSpace(cp); });
}

}  // namespace

bool AddressScanner::IsInside(size_t at) {
  if (at < run_.begin || at >= run_.end) {
    std::string_view run = RunAround(text_, bounds_, at);
    size_t begin = static_cast<size_t>(run.data() - text_.data());
    run_ = {begin, begin + run.size()};
    marked_ = run.find('@') != run.npos || run.find("://") != run.npos;
    dotted_ = run.find('.') != run.npos;
  }
  if (marked_) return true;
  // A host name needs a dot, "www." as much as a top-level domain.
  if (!dotted_) return false;
  return IsInsideAddress(text_, bounds_, at);
}

bool IsInsideAddress(std::string_view text, ByteRange bounds, size_t at) {
  std::string_view run = RunAround(text, bounds, at);
  if (run.find('@') != run.npos || run.find("://") != run.npos) return true;
  if (at >= bounds.end || !IsHostChar(text[at])) return false;
  std::string_view host = Around(text, bounds, at, [](char32_t cp) {
    return cp < 0x80 && IsHostChar(static_cast<char>(cp));
  });
  // The host is ASCII: its case folding is its ASCII lowercase.
  return EqualsIgnoringCase(host.substr(0, 4), "www.") || IsDomainName(host);
}

}  // namespace mtlint
