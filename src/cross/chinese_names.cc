#include "cross/chinese_names.h"

#include <algorithm>
#include <map>

#include "cross/code_points.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// Titles and roles written right before a name.
constexpr std::u32string_view kTitlesBefore[] = {
    U"主席", U"总统",   U"总理",     U"首相",   U"部长",       U"外长",
    U"大使", U"发言人", U"董事长",   U"总裁",   U"首席执行官", U"创始人",
    U"行长", U"局长",   U"司长",     U"省长",   U"市长",       U"书记",
    U"主任", U"院长",   U"校长",     U"教授",   U"研究员",     U"专家",
    U"记者", U"经理",   U"议员",     U"国务卿", U"秘书长",     U"委员",
    U"主管", U"分析师", U"经济学家", U"副总理", U"国王",       U"总书记",
    U"会长", U"理事长", U"所长",     U"厅长",   U"处长"};

// Verbs of saying and words written right after a name.
constexpr std::u32string_view kWordsAfter[] = {
    U"表示", U"说",   U"称",   U"指出", U"认为", U"强调",   U"透露",
    U"介绍", U"告诉", U"回应", U"坦言", U"补充", U"提到",   U"宣布",
    U"警告", U"呼吁", U"会见", U"会晤", U"先生", U"女士",   U"教授",
    U"总统", U"总理", U"主席", U"部长", U"博士", U"在演讲", U"在接受"};

bool IsHan(char32_t c) {
  return c != kInvalidCodePoint && IsHanScript(ScriptOf(c));
}

bool TitleBefore(const std::vector<CodePoint>& cps, size_t at) {
  return std::any_of(std::begin(kTitlesBefore), std::end(kTitlesBefore),
                     [&](std::u32string_view t) { return EndsAt(cps, at, t); });
}

bool WordAfter(const std::vector<CodePoint>& cps, size_t at) {
  return std::any_of(
      std::begin(kWordsAfter), std::end(kWordsAfter),
      [&](std::u32string_view w) { return MatchesAt(cps, at, w); });
}

std::string Capitalised(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = s[0] - 'a' + 'A';
  return s;
}

std::string Utf8(std::string_view text, const std::vector<CodePoint>& cps,
                 size_t begin, size_t end) {
  return std::string(
      text.substr(cps[begin].begin, cps[end - 1].end - cps[begin].begin));
}

}  // namespace

std::vector<SourceName> FindChineseNames(const Document& doc, ByteRange range,
                                         const NameData& names,
                                         const HanTransliterator& pinyin) {
  std::string_view text = doc.text();
  // The words ICU's segmentation made, by their first byte.
  std::map<size_t, size_t> word_end;
  for (const Token& t : doc.tokens()) {
    if (t.begin >= range.begin && t.end <= range.end) word_end[t.begin] = t.end;
  }
  auto is_word = [&](size_t begin, size_t end) {
    auto it = word_end.find(begin);
    return it != word_end.end() && it->second == end;
  };
  std::vector<CodePoint> cps = DecodeRange(text, range);
  std::vector<SourceName> out;
  std::vector<bool> covered(cps.size(), false);
  // People the dictionary knows by their native form.
  std::string_view slice = range.In(text);
  for (const auto& [native, index] : names.native_names()) {
    if (native.empty() || !IsHan(DecodeUtf8(native, 0).code_point)) continue;
    for (size_t at = slice.find(native); at != std::string_view::npos;
         at = slice.find(native, at + native.size())) {
      size_t begin = range.begin + at;
      const Person& p = names.people()[index];
      out.push_back({{begin, begin + native.size()},
                     p.canonical,
                     "",
                     "",
                     nullptr,
                     &p,
                     3});
      for (size_t k = 0; k < cps.size(); ++k) {
        if (cps[k].begin >= begin && cps[k].end <= begin + native.size()) {
          covered[k] = true;
        }
      }
    }
  }
  // A surname, then a given name of two hanzi or one.
  for (size_t i = 0; i < cps.size(); ++i) {
    if (covered[i] || !IsHan(cps[i].c)) continue;
    for (size_t length = names.longest_surname(); length >= 1; --length) {
      if (i + length > cps.size()) continue;
      const ChineseSurname* surname =
          names.SurnameByHanzi(Utf8(text, cps, i, i + length));
      if (!surname) continue;
      if (!is_word(cps[i].begin, cps[i + length - 1].end)) continue;
      // The given name: one hanzi that is a word, or two that are a word
      // each or one word together ("安宁").
      size_t given_begin = i + length;
      auto free_han = [&](size_t k) {
        return k < cps.size() && IsHan(cps[k].c) && !covered[k];
      };
      auto single = [&](size_t k) {
        return free_han(k) && is_word(cps[k].begin, cps[k].end);
      };
      size_t run_end = given_begin;
      if (single(given_begin)) run_end = given_begin + 1;
      if (free_han(given_begin) && free_han(given_begin + 1) &&
          ((single(given_begin) && single(given_begin + 1)) ||
           is_word(cps[given_begin].begin, cps[given_begin + 1].end))) {
        run_end = given_begin + 2;
      }
      bool title = TitleBefore(cps, i);
      for (size_t end = run_end; end > given_begin; --end) {
        // One hanzi of a two-hanzi word is no given name.
        if (end == given_begin + 1 && !single(given_begin)) continue;
        // A given name that is a word ("集团", "书记") is a name only
        // between a title and a verb: "泛林集团宣布" is a company, "市长和
        // 书记" two people.
        bool word = end == given_begin + 2 && !single(given_begin);
        int evidence = word ? (title && WordAfter(cps, end) ? 1 : 0)
                       : WordAfter(cps, end) ? 2
                       : title               ? 1
                                             : 0;
        std::string given =
            Capitalised(pinyin.ToPinyin(Utf8(text, cps, given_begin, end)));
        if (given.empty() || !(given[0] >= 'A' && given[0] <= 'Z')) continue;
        const std::string& family = surname->forms.front();
        out.push_back({{cps[i].begin, cps[end - 1].end},
                       family + " " + given,
                       family,
                       given,
                       surname,
                       nullptr,
                       evidence});
      }
      break;
    }
  }
  std::sort(out.begin(), out.end(),
            [](const SourceName& a, const SourceName& b) {
              return a.range.begin < b.range.begin;
            });
  return out;
}

}  // namespace mtlint
