// The segmenter's fast paths against ICU alone over arbitrary bytes: the
// sentences of the input as one paragraph, and the tokens of each, must be
// the same (tests/unit/segmenter_engines_test.cc does this on random strings
// of chosen characters; here libFuzzer looks for the inputs).
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/invariants.h"
#include "text/segmenter.h"

namespace mtlint::fuzz {
namespace {

// Sentences and their tokens, as offsets and kinds.
std::vector<size_t> Segments(Segmenter& segmenter, std::string_view text) {
  std::vector<ByteRange> sentences;
  segmenter.Sentences(text, {0, text.size()}, &sentences);
  std::vector<size_t> out;
  for (ByteRange s : sentences) {
    out.insert(out.end(), {s.begin, s.end});
    std::vector<Token> tokens;
    segmenter.Words(text, s, &tokens);
    for (const Token& t : tokens) {
      out.insert(out.end(),
                 {t.begin, t.end, static_cast<size_t>(t.kind) + 1000});
    }
  }
  return out;
}

}  // namespace
}  // namespace mtlint::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mtlint;
  using namespace mtlint::fuzz;
  static Segmenter fast;
  static Segmenter icu(Segmenter::Engine::kIcuOnly);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Require(Segments(fast, text) == Segments(icu, text),
          "the fast paths and ICU segment differently");
  return 0;
}
