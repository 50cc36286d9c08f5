#include "text/break_suppressions.h"

#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "text/unicode.h"

namespace mtlint {
namespace {

struct BundleCloser {
  void operator()(UResourceBundle* b) const { ures_close(b); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

// brkitr/<locale>.txt: exceptions { SentenceBreak { "Mr.", ... } }.
std::vector<std::string> IcuAbbreviations(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  Bundle root(ures_open(U_ICUDATA_NAME "-brkitr", locale, &status));
  Bundle exceptions(ures_getByKey(root.get(), "exceptions", nullptr, &status));
  Bundle list(
      ures_getByKey(exceptions.get(), "SentenceBreak", nullptr, &status));
  std::vector<std::string> entries;
  if (U_FAILURE(status)) return entries;
  for (int32_t i = 0; i < ures_getSize(list.get()); ++i) {
    int32_t length = 0;
    const UChar* s = ures_getStringByIndex(list.get(), i, &length, &status);
    if (U_FAILURE(status)) return {};
    std::string entry;
    icu::UnicodeString(s, length).toUTF8String(entry);
    entries.push_back(std::move(entry));
  }
  return entries;
}

// Up to and including the first full stop; empty without one.
std::string_view UpToFirstStop(std::string_view entry) {
  size_t dot = entry.find('.');
  return dot == std::string_view::npos ? std::string_view()
                                       : entry.substr(0, dot + 1);
}

}  // namespace

BreakSuppressions::BreakSuppressions(const char* locale) {
  std::vector<std::string> entries = IcuAbbreviations(locale);
  if (entries.empty() ||
      !std::all_of(entries.begin(), entries.end(), IsAscii)) {
    return;
  }
  Add(entries);
}

void BreakSuppressions::Add(const std::vector<std::string>& entries) {
  // The first parts of the abbreviations with an inner full stop.
  StringSet first_parts;
  for (const std::string& e : entries) {
    std::string_view part = UpToFirstStop(e);
    if (!part.empty() && part.size() < e.size()) first_parts.emplace(part);
  }
  auto backward = [&](std::string s, bool partial) {
    std::reverse(s.begin(), s.end());
    longest_backward_ = std::max(longest_backward_, s.size());
    backward_[std::move(s)] = partial;
  };
  for (const std::string& e : entries) {
    // ICU's builder sends every entry that starts like one with an inner
    // full stop ("U." like "U.S.") to the forward list.
    if (first_parts.contains(UpToFirstStop(e))) {
      forward_.insert(e);
      for (size_t n = 1; n < e.size(); ++n) {
        forward_prefixes_.emplace(e.substr(0, n));
      }
    } else {
      backward(e, false);
    }
  }
  for (const std::string& part : first_parts) backward(part, true);
}

bool BreakSuppressions::Suppresses(std::string_view text, size_t at) const {
  if (!usable()) return false;
  size_t end = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
  // The longest abbreviation that ends there, read backwards.
  std::string reversed;
  size_t best = std::string_view::npos;
  bool partial = false;
  for (size_t i = end; i > 0 && reversed.size() < longest_backward_; --i) {
    char c = text[i - 1];
    if (static_cast<unsigned char>(c) >= 0x80) break;
    reversed.push_back(c);
    auto it = backward_.find(reversed);
    if (it != backward_.end()) {
      best = i - 1;
      partial = it->second;
    }
  }
  if (best == std::string_view::npos) return false;
  if (!partial) return true;
  // Forwards from its start, as far as some abbreviation goes on: the text
  // read so far must then be one.
  std::string read;
  for (size_t i = best; i < text.size(); ++i) {
    char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    read.push_back(c);
    if (!forward_prefixes_.contains(read)) break;
  }
  return forward_.contains(read);
}

}  // namespace mtlint
