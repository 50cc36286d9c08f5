#include "text/transliterator.h"

#include <catch2/catch.hpp>

TEST_CASE("hanzi become toneless pinyin with the readings of names",
          "[transliterator]") {
  mtlint::HanTransliterator pinyin;
  CHECK(pinyin.ToPinyin("马朝旭") == "ma chao xu");
  // 单 as a surname is Shan, not Dan.
  CHECK(pinyin.ToPinyin("单") == "shan");
  CHECK(pinyin.ToPinyin("abc") == "abc");
}
