#include "format/json_writer.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "format/json.h"

using mtlint::DumpJson;
using mtlint::Json;
using mtlint::JsonWriter;

TEST_CASE("the JSON writer nests objects and arrays", "[json-writer]") {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject().Key("a").Number(1).Key("b").BeginArray();
  w.BeginObject().Key("ok").Bool(true).EndObject();
  w.String("x").Number(0).BeginArray().EndArray();
  w.EndArray().Key("c").String("q\"\\\n\x01\x7F\xC3\xA9").EndObject();
  CHECK(out ==
        "{\"a\":1,\"b\":[{\"ok\":true},\"x\",0,[]],"
        "\"c\":\"q\\\"\\\\\\n\\u0001\x7F\xC3\xA9\"}");
}

TEST_CASE("the JSON writer escapes strings as DumpJson does", "[json-writer]") {
  // Random bytes, invalid UTF-8 and control characters among them: the
  // formats promise the bytes DumpJson wrote before.
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 12);
  const std::string pieces[] = {
      "\xC3\xA9", "\xE2\x80\x9D", "\xF0\x9F\x98\x80", "\"", "\\", "\t", "a"};
  std::uniform_int_distribution<size_t> piece(0, std::size(pieces) - 1);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int n = length(random); n > 0; --n) {
      if (byte(random) < 128) {
        s += pieces[piece(random)];
      } else {
        s.push_back(static_cast<char>(byte(random)));
      }
    }
    std::string out;
    JsonWriter(&out).String(s);
    INFO(DumpJson(Json(s)));
    REQUIRE(out == DumpJson(Json(s)));
  }
}

TEST_CASE("the JSON writer writes numbers as DumpJson does", "[json-writer]") {
  for (uint64_t n : {uint64_t{0}, uint64_t{7}, uint64_t{1000000},
                     uint64_t{UINT32_MAX} + 1, UINT64_MAX}) {
    std::string out;
    JsonWriter(&out).Number(n);
    CHECK(out == DumpJson(Json(n)));
  }
}
