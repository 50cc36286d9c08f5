#include "text/transliteration.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace mtlint {
namespace {

bool IsPlainAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string NameKey(std::string_view utf8) {
  if (IsPlainAscii(utf8)) {
    std::string out(utf8);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  // Transliterators are not thread-safe: one per thread.
  thread_local std::unique_ptr<icu::Transliterator> to_key = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (to_key) to_key->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::vector<std::pair<std::string, std::string>> CountryDisplayNames() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const char* const* code = icu::Locale::getISOCountries(); *code;
       ++code) {
    icu::UnicodeString name;
    icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), name);
    std::string utf8;
    name.toUTF8String(utf8);
    out.emplace_back(*code, utf8);
  }
  return out;
}

}  // namespace mtlint
