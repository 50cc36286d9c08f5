#include "format/json_writer.h"

#include <fmt/format.h>

#include <charconv>

#include "format/json.h"
#include "text/byte_set.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

// What the scan of a string stops at: the bytes JSON escapes (controls,
// '"' and '\\') and the first bytes of characters beyond ASCII, whose
// UTF-8 is checked.
constexpr ByteSet kStops = ByteSet("\"\\").With(0x00, 0x1F).With(0x80, 0xFF);

}  // namespace

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_->push_back(',');
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::Close(char bracket) {
  out_->push_back(bracket);
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  out_->push_back('"');
  out_->append(key);
  out_->append("\":", 2);
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  Quoted(value);
  return *this;
}

JsonWriter& JsonWriter::Number(uint64_t value) {
  BeforeValue();
  char digits[20];
  char* end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out_->append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
  return *this;
}

void JsonWriter::Quoted(std::string_view s) {
  const size_t start = out_->size();
  out_->push_back('"');
  // Runs that need no escape are appended whole.
  size_t plain = 0;
  for (size_t i = kStops.Find(s, 0, s.size()); i < s.size();
       i = kStops.Find(s, i, s.size())) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      DecodedCodePoint d = DecodeUtf8(s, i);
      if (d.code_point == kInvalidCodePoint) {
        // Invalid UTF-8 is rare: nlohmann's replacement rules write it.
        out_->resize(start);
        out_->append(DumpJson(Json(std::string(s))));
        return;
      }
      i += d.length;
      continue;
    }
    out_->append(s, plain, i - plain);
    plain = ++i;
    // The characters with a short escape, and the letter of each.
    constexpr std::string_view kShort = "\"\\\b\f\n\r\t";
    constexpr std::string_view kLetter = "\"\\bfnrt";
    size_t k = kShort.find(static_cast<char>(c));
    if (k != std::string_view::npos) {
      out_->push_back('\\');
      out_->push_back(kLetter[k]);
    } else {
      fmt::format_to(std::back_inserter(*out_), "\\u{:04x}",
                     static_cast<unsigned>(c));
    }
  }
  out_->append(s, plain, s.size() - plain);
  out_->push_back('"');
}

}  // namespace mtlint
