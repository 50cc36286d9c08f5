// Prints the toneless pinyin syllables of the CJK Unified Ideographs block,
// one per line, sorted: ICU's Han-Latin transliteration without tones.
// Built and run by tools/regen-dictionaries.sh.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <iostream>
#include <memory>
#include <set>
#include <string>

int main() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_latin(
      icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower",
                                          UTRANS_FORWARD, status));
  if (U_FAILURE(status)) {
    std::cerr << "pinyin_syllables: " << u_errorName(status) << '\n';
    return 1;
  }
  std::set<std::string> syllables;
  for (UChar32 c = 0x4E00; c <= 0x9FFF; ++c) {
    icu::UnicodeString s(c);
    to_latin->transliterate(s);
    std::string out;
    s.toUTF8String(out);
    // Characters without a reading come back unchanged.
    if (!out.empty() && out.find_first_not_of("abcdefghijklmnopqrstuvwxyz") ==
                            std::string::npos) {
      syllables.insert(out);
    }
  }
  for (const std::string& s : syllables) std::cout << s << '\n';
}
