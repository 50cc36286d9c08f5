#include "checks/registry.h"

#include <type_traits>

#include "checks/abbreviation_style.h"
#include "checks/boilerplate_line.h"
#include "checks/calque_phrase.h"
#include "checks/char_invisible.h"
#include "checks/dropped_determiner.h"
#include "checks/dropped_ending.h"
#include "checks/dropped_role.h"
#include "checks/dropped_verb.h"
#include "checks/encoding_invalid_utf8.h"
#include "checks/encoding_mojibake.h"
#include "checks/hyphen_spacing.h"
#include "checks/name_duplicated.h"
#include "checks/name_garbled.h"
#include "checks/name_order.h"
#include "checks/name_variant.h"
#include "checks/number_separator.h"
#include "checks/quote_marks.h"
#include "checks/quote_spacing.h"
#include "checks/quote_unbalanced.h"
#include "checks/reference_name.h"
#include "checks/reference_number.h"
#include "checks/reference_title.h"
#include "checks/script_foreign.h"
#include "checks/source_name.h"
#include "checks/source_number.h"
#include "checks/source_untranslated.h"
#include "checks/spacing.h"
#include "checks/spelling.h"
#include "checks/title_mismatch.h"
#include "checks/unicode_nfc.h"
#include "checks/word_repeated.h"
#include "text/edit_distance.h"

namespace mtlint {
namespace {

// Checks that read dictionaries take the context in their constructor.
template <typename T>
std::unique_ptr<Check> Make(const CheckContext& context) {
  if constexpr (std::is_constructible_v<T, const CheckContext&>) {
    return std::make_unique<T>(context);
  } else {
    return std::make_unique<T>();
  }
}

}  // namespace

const std::vector<CheckInfo>& Registry() {
  static const std::vector<CheckInfo> checks = {
      {"abbreviation-style",
       "abbreviations in the house form: 'US' written 'U.S.'",
       Make<AbbreviationStyleCheck>},
      {"boilerplate-line",
       "credit, navigation, disclaimer and banner lines that are not text",
       Make<BoilerplateLineCheck>},
      {"calque-phrase",
       "word-for-word translations: 'commercial war' for 'trade war'",
       Make<CalquePhraseCheck>},
      {"char-invisible",
       "invisible, bidirectional-control and odd space characters",
       Make<CharInvisibleCheck>},
      {"dropped-determiner",
       "a determiner followed by a preposition or verb: 'the of', 'a is'",
       Make<DroppedDeterminerCheck>},
      {"dropped-ending",
       "a sentence or quotation cut short: 'adding that talk'",
       Make<DroppedEndingCheck>},
      {"dropped-role",
       "an organisation followed by a person with no role: 'JPMorgan Chase "
       "Jamie Dimon'",
       Make<DroppedRoleCheck>},
      {"dropped-verb",
       "a verb slot left empty: 'Ma had with the new ambassador'",
       Make<DroppedVerbCheck>},
      {"encoding-binary", "binary files (with NUL bytes) are skipped", nullptr},
      {"encoding-invalid-utf8", "bytes that are not valid UTF-8",
       Make<EncodingInvalidUtf8Check>},
      {"encoding-mojibake", "UTF-8 read as Windows-1252: 'â€™' for '’'",
       Make<EncodingMojibakeCheck>},
      {"hyphen-spacing",
       "a hyphen spaced on one side, or used as a dash: 'high -level'",
       Make<HyphenSpacingCheck>},
      {"name-duplicated",
       "a name said twice back to back: 'Donald Trump, Donald Trump'",
       Make<NameDuplicatedCheck>},
      {"name-garbled",
       "a name-like word that is no name and almost pinyin: 'Yuyuuantian'",
       Make<NameGarbledCheck>},
      {"name-order", "a family-first name written given name first: 'Xinbo Wu'",
       Make<NameOrderCheck>},
      {"name-variant",
       "a name spelled two ways, or one edit from a known name: 'Peredue'",
       Make<NameVariantCheck>},
      {"number-separator",
       "a number of 1,000 or more without thousands separators: '1080 days'",
       Make<NumberSeparatorCheck>,
       {{"min-digits",
         "the fewest digits of a number reported; 5 where house style "
         "writes four-digit numbers bare",
         4, 4, 20}}},
      {"quote-marks", "apostrophes and quotes of the wrong kind or style",
       Make<QuoteMarksCheck>},
      {"quote-spacing",
       "a space inside quotation marks: '\" once' or 'said. \"'",
       Make<QuoteSpacingCheck>},
      {"quote-unbalanced",
       "quotes and brackets without their partner in a paragraph",
       Make<QuoteUnbalancedCheck>},
      {"reference-name",
       "a name one or two edits from its spelling in --reference: 'Landou'",
       Make<ReferenceNameCheck>},
      {"reference-number",
       "a number that differs from the --reference's for the same thing",
       Make<ReferenceNumberCheck>},
      {"reference-title",
       "a person's title that differs from the --reference's",
       Make<ReferenceTitleCheck>},
      {"script-foreign",
       "runs of Han, Cyrillic, Arabic or other non-Latin script in English",
       Make<ScriptForeignCheck>},
      {"source-name",
       "a Chinese name of the --source missing or garbled in the translation",
       Make<SourceNameCheck>},
      {"source-number",
       "a number of the --source missing, changed or added in the translation",
       Make<SourceNumberCheck>},
      {"source-untranslated",
       "text of the --source copied into the translation untranslated",
       Make<SourceUntranslatedCheck>},
      {"spacing",
       "spaces before punctuation, missing after it, doubled or trailing",
       Make<SpacingCheck>},
      {"spelling",
       "ordinary words the dictionary does not know, with suggestions",
       Make<SpellingCheck>,
       {{"max-suggestions", "the most suggestions offered for a word", 3, 0,
         10}}},
      {"suppression-comment",
       "mtlint-disable comments in Markdown naming unknown checks", nullptr},
      {"title-mismatch",
       "a person's title that contradicts the dictionary or the article",
       Make<TitleMismatchCheck>},
      {"unicode-nfc", "text not in Unicode normalization form C",
       Make<UnicodeNfcCheck>},
      {"word-repeated", "a word repeated back to back: 'the the'",
       Make<WordRepeatedCheck>},
  };
  return checks;
}

const CheckInfo* FindCheck(std::string_view id) {
  for (const CheckInfo& info : Registry()) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

std::string_view SuggestCheck(std::string_view id) {
  std::vector<std::string_view> ids;
  for (const CheckInfo& info : Registry()) ids.push_back(info.id);
  return ClosestMatch(id, ids);
}

}  // namespace mtlint
