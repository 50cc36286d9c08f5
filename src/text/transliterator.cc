#include "text/transliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace mtlint {

struct HanTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> transliterator;
};

HanTransliterator::HanTransliterator() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->transliterator.reset(icu::Transliterator::createInstance(
      "Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !impl_->transliterator) {
    throw std::runtime_error(
        std::string("ICU transliterator Han-Latin/Names: ") +
        u_errorName(status));
  }
}

HanTransliterator::~HanTransliterator() = default;

std::string HanTransliterator::ToPinyin(std::string_view han) const {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(han.data(), static_cast<int32_t>(han.size())));
  impl_->transliterator->transliterate(text);
  std::string utf8;
  text.toUTF8String(utf8);
  // One space between syllables, none at the ends.
  std::string out;
  for (char c : utf8) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace mtlint
