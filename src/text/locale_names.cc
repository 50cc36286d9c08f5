#include "text/locale_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace mtlint {

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

std::string LanguageDisplayName(const std::string& code) {
  icu::UnicodeString name;
  icu::Locale(code.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string utf8;
  name.toUTF8String(utf8);
  return utf8;
}

}  // namespace mtlint
