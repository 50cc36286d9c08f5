// `mtlint normalize` over arbitrary bytes. The first byte picks the options
// (--quotes curly, straight or keep; --strip-boilerplate or not); the rest
// is the text. Asserts:
// - the edits lie inside the text, sorted and apart, and turn it into the
//   normalized text, every other byte unchanged;
// - edits replace whole code points with UTF-8 and leave invalid bytes be;
// - normalizing is idempotent: normalized text that offers no more fix
//   comes back unchanged from a second run.
#include <array>
#include <memory>
#include <string_view>

#include "dict/dictionaries.h"
#include "engine/fix_planner.h"
#include "engine/normalizer.h"
#include "fuzz/invariants.h"

namespace mtlint::fuzz {
namespace {

Normalizer& NormalizerFor(unsigned char selector) {
  static Dictionaries dictionaries(DefaultDictionaryOptions({}, ""));
  static std::array<std::unique_ptr<Normalizer>, 6> normalizers;
  size_t i = selector % normalizers.size();
  if (!normalizers[i]) {
    constexpr QuoteStyle kStyles[] = {QuoteStyle::kCurly, QuoteStyle::kStraight,
                                      QuoteStyle::kKeep};
    normalizers[i] = std::make_unique<Normalizer>(
        NormalizeOptions{kStyles[i % 3], i >= 3}, dictionaries);
  }
  return *normalizers[i];
}

}  // namespace
}  // namespace mtlint::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mtlint;
  using namespace mtlint::fuzz;
  if (size == 0) return 0;
  Normalizer& normalizer = NormalizerFor(data[0]);
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  FixResult result = normalizer.Normalize("fuzz.txt", text);
  RequireOrderedEdits(text.size(), result.edits, "normalize");
  RequireAppliedExactly(text, result.edits, result.text, "normalize");
  RequireEditsKeepEncoding(text, result.edits, "normalize");
  RequireWellFormed(result.text, result.left);
  std::vector<Diagnostic> left = result.left;
  if (PlanFixes(&left, FixMode::kSafe).size() != 0) return 0;  // gave up
  FixResult again = normalizer.Normalize("fuzz.txt", result.text);
  Require(again.text == result.text,
          "normalizing twice changes the text again ({} edits)",
          again.edits.size());
  return 0;
}
