#include "cross/numbers.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>

namespace {

using mtlint::NumberKind;
using mtlint::NumberMention;

// Each number as "text=value", its other values after "|": "3.5万=35,000".
std::vector<std::string> Render(std::string_view text,
                                const std::vector<NumberMention>& numbers) {
  std::vector<std::string> out;
  for (const NumberMention& n : numbers) {
    std::string s =
        fmt::format("{}={}", text.substr(n.range.begin, n.range.size()),
                    mtlint::FormatNumber(n));
    for (double a : n.also) s += fmt::format("|{:.0f}", a);
    if (n.attached) s += " (attached)";
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> Chinese(std::string_view text) {
  return Render(text, mtlint::ChineseNumbers(text, {0, text.size()}));
}

std::vector<std::string> English(std::string_view text) {
  return Render(text, mtlint::EnglishNumbers(text, {0, text.size()}));
}

std::vector<std::string> Spanish(std::string_view text) {
  return Render(text, mtlint::SpanishNumbers(text, {0, text.size()}));
}

}  // namespace

TEST_CASE("Chinese digits with units and percent", "[numbers]") {
  CHECK(Chinese("销量达3.5万辆，增长8.9%。") ==
        std::vector<std::string>{"3.5万=35,000", "8.9%=8.9%"});
  CHECK(Chinese("市值蒸发1100亿美元（约4765亿令吉）") ==
        std::vector<std::string>{"1100亿=110 billion", "4765亿=476.5 billion"});
  CHECK(Chinese("业绩基准为3.70 % - 4.20 % 。") ==
        std::vector<std::string>{"3.70 %=3.7%", "4.20 %=4.2%"});
}

TEST_CASE("Chinese numerals", "[numbers]") {
  CHECK(Chinese("百分之五的人") == std::vector<std::string>{"五=5%"});
  CHECK(Chinese("百分之三点五") == std::vector<std::string>{"三点五=3.5%"});
  CHECK(Chinese("四十八小时内") == std::vector<std::string>{"四十八=48"});
  CHECK(Chinese("价格大概要一万六七千元左右") ==
        std::vector<std::string>{"一万六七千=16,000|17000"});
  CHECK(Chinese("两百名工人") == std::vector<std::string>{"两百=200"});
  CHECK(Chinese("风险等级为三级") == std::vector<std::string>{"三=3"});
  CHECK(Chinese("第二十届年会") == std::vector<std::string>{"二十=20"});
  CHECK(Chinese("二〇二三年") == std::vector<std::string>{"二〇二三年=2023"});
}

TEST_CASE("Chinese words with numerals are no numbers", "[numbers]") {
  CHECK(Chinese("一个统一的市场，两国十分重视") == std::vector<std::string>{});
  CHECK(Chinese("三一重工和四方联盟，千方百计，周五") ==
        std::vector<std::string>{});
  CHECK(Chinese("百姓万一出事，千万不要") == std::vector<std::string>{});
}

TEST_CASE("Chinese years, months, dates and decades", "[numbers]") {
  CHECK(Chinese("2023年2月10日，本周五") ==
        std::vector<std::string>{"2023年=2023", "2月10日=February 10"});
  CHECK(Chinese("上世纪80年代") == std::vector<std::string>{"80年代=1980s|80"});
  CHECK(Chinese("3月") == std::vector<std::string>{"3月=March"});
  CHECK(Chinese("1. 第一条\n") == std::vector<std::string>{});
}

TEST_CASE("English numbers", "[numbers]") {
  CHECK(English("It sold 35,000 cars, up 8.9 percent, for $110 billion.") ==
        std::vector<std::string>{"35,000=35,000", "8.9 percent=8.9%",
                                 "$110 billion=110 billion"});
  CHECK(English("twenty-five people and three hundred others, a million") ==
        std::vector<std::string>{"twenty-five=25", "three hundred=300",
                                 "a million=1 million"});
  CHECK(English("On Feb. 10 and 7 May 2025, in the 1980s, the 20th") ==
        std::vector<std::string>{"Feb. 10=February 10", "7 May=May 7",
                                 "2025=2025", "1980s=1980s", "20th=20"});
  CHECK(English("COVID-19 and the G20 and 5G") ==
        std::vector<std::string>{"19=19 (attached)", "20=20 (attached)",
                                 "5=5 (attached)"});
  CHECK(English("$175B") == std::vector<std::string>{"$175B=175 billion"});
}

TEST_CASE("Spanish numbers", "[numbers]") {
  CHECK(Spanish("unos 1.500 millones de dólares, el 3,5 por ciento") ==
        std::vector<std::string>{"1.500 millones=1.5 billion|1500000",
                                 "3,5 por ciento=3.5%"});
  CHECK(Spanish("el 10 de febrero, dos mil personas") ==
        std::vector<std::string>{"10 de febrero=February 10", "dos mil=2,000"});
}

TEST_CASE("the same number written two ways", "[numbers]") {
  std::string zh = "3.5万";
  std::string en = "35,000";
  auto a = mtlint::ChineseNumbers(zh, {0, zh.size()});
  auto b = mtlint::EnglishNumbers(en, {0, en.size()});
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(mtlint::SameNumber(a[0], b[0]));
}

TEST_CASE("Roman numerals, compound ordinals and list numbers", "[numbers]") {
  CHECK(English("risk level II, the Forty-eighth Institute") ==
        std::vector<std::string>{"II=2", "Forty-eighth=48"});
  CHECK(English("1. Pay attention\n2. Do not log in, said 3 men") ==
        std::vector<std::string>{"3=3"});
  CHECK(Chinese("1. 多关注\n2. 切勿登入5个网站") ==
        std::vector<std::string>{"5=5"});
}
