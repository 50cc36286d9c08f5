#include "checks/encoding_invalid_utf8.h"

#include <fmt/format.h>

namespace mtlint {
namespace {

// Shows at most this many bytes of a run in the message.
constexpr size_t kBytesShown = 4;

std::string DescribeBytes(std::string_view bytes) {
  std::string out;
  for (size_t i = 0; i < bytes.size() && i < kBytesShown; ++i) {
    if (i) out += ' ';
    out += fmt::format("0x{:02X}", static_cast<unsigned char>(bytes[i]));
  }
  if (bytes.size() > kBytesShown) out += " ...";
  return out;
}

}  // namespace

void EncodingInvalidUtf8Check::Run(const Document& doc,
                                   DiagnosticSink& sink) const {
  for (ByteRange r : doc.invalid_utf8()) {
    std::string_view bytes = doc.Text(r);
    Diagnostic& d = sink.Report(
        Severity::kError, r,
        bytes.size() == 1
            ? fmt::format("invalid UTF-8 byte {}", DescribeBytes(bytes))
            : fmt::format("{} bytes of invalid UTF-8: {}", bytes.size(),
                          DescribeBytes(bytes)));
    d.notes.push_back(
        "mtlint never changes these bytes; if the file is in another "
        "encoding, convert it first (iconv -f WINDOWS-1252 -t UTF-8)");
  }
}

}  // namespace mtlint
