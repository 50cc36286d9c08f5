#pragma once

#include <cstddef>
#include <string_view>

#include "core/byte_range.h"

namespace mtlint {

// Whether the character at `at` belongs to an e-mail or web address. It
// does when the text around it within `bounds`, between white space, holds
// "@" or "://" ("mailto:press@wto.org", "https://wto.org"), or when it is
// part of a host name that starts with "www." or has a generic top-level
// domain in any case ("www.wto.org", "Booking.Com").
bool IsInsideAddress(std::string_view text, ByteRange bounds, size_t at);

// IsInsideAddress for many positions within one `bounds`: the run between
// white space around the last position asked about is kept, and a run
// with no "@", "://" or "." holds no address at all.
class AddressScanner {
 public:
  AddressScanner(std::string_view text, ByteRange bounds)
      : text_(text), bounds_(bounds) {}
  bool IsInside(size_t at);

 private:
  std::string_view text_;
  ByteRange bounds_;
  ByteRange run_{0, 0};
  bool marked_ = false;  // the run holds "@" or "://"
  bool dotted_ = false;  // the run holds "."
};

}  // namespace mtlint
