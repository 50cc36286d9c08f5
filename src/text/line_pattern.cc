#include "text/line_pattern.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <stdexcept>

namespace mtlint {

struct LinePattern::Impl {
  std::unique_ptr<icu::RegexMatcher> matcher;
};

LinePattern::LinePattern(const std::string& pattern)
    : impl_(std::make_unique<Impl>()), prefilter_(pattern) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->matcher = std::make_unique<icu::RegexMatcher>(
      icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("bad pattern '") + pattern +
                             "': " + u_errorName(status));
  }
}

LinePattern::~LinePattern() = default;
LinePattern::LinePattern(LinePattern&&) noexcept = default;

bool LinePattern::Matches(std::string_view line) const {
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, line.data(),
                               static_cast<int64_t>(line.size()), &status);
  impl_->matcher->reset(text);
  bool found = U_SUCCESS(status) && impl_->matcher->matches(status);
  impl_->matcher->reset(icu::UnicodeString());
  utext_close(text);
  return found && U_SUCCESS(status);
}

}  // namespace mtlint
