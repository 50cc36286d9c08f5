#include "markup/markdown.h"

#include <md4c.h>

#include <algorithm>
#include <charconv>
#include <utility>

#include "text/unicode.h"
#include "text/utf8.h"

namespace mtlint {
namespace {

using Kind = OffsetMap::Kind;

constexpr size_t kNone = std::string_view::npos;
// What code, an image or a URL reads as: a word, so that the prose around
// it stays a sentence ("run x to build", "see x for details").
constexpr std::string_view kPlaceholder = "x";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

// What md4c reports, in document order. Text carries its source range;
// md4c points into the buffer it parses, except for line breaks and the
// like, which it makes itself (kNone).
struct Event {
  enum Type { kEnterBlock, kLeaveBlock, kEnterSpan, kLeaveSpan, kText };
  Event(Type t, int d) : type(t), detail(d) {}
  Type type;
  int detail;  // MD_BLOCKTYPE, MD_SPANTYPE or MD_TEXTTYPE
  size_t begin = kNone;
  size_t end = kNone;
  std::string href;  // MD_SPAN_A
};

struct Collector {
  std::string_view source;
  std::vector<Event> events;
};

Collector& Of(void* userdata) { return *static_cast<Collector*>(userdata); }

int EnterBlock(MD_BLOCKTYPE type, void*, void* userdata) {
  Of(userdata).events.emplace_back(Event::kEnterBlock, type);
  return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* userdata) {
  Of(userdata).events.emplace_back(Event::kLeaveBlock, type);
  return 0;
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* userdata) {
  Event e(Event::kEnterSpan, type);
  if (type == MD_SPAN_A) {
    const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
    e.href.assign(href.text, href.size);
  }
  Of(userdata).events.push_back(std::move(e));
  return 0;
}

int LeaveSpan(MD_SPANTYPE type, void*, void* userdata) {
  Of(userdata).events.emplace_back(Event::kLeaveSpan, type);
  return 0;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  Collector& c = Of(userdata);
  Event e(Event::kText, type);
  const char* base = c.source.data();
  if (text >= base && text + size <= base + c.source.size()) {
    e.begin = static_cast<size_t>(text - base);
    e.end = e.begin + size;
  }
  c.events.push_back(std::move(e));
  return 0;
}

// A link whose text is its own address: <https://x>, a bare URL, a bare
// www. address or e-mail address (md4c's permissive autolinks).
bool IsAutolink(std::string_view source, const std::vector<Event>& events,
                size_t enter) {
  std::string text;
  for (size_t k = enter + 1; k < events.size(); ++k) {
    const Event& e = events[k];
    if (e.type == Event::kLeaveSpan) break;
    if (e.type != Event::kText || e.detail != MD_TEXT_NORMAL ||
        e.begin == kNone) {
      return false;
    }
    text += source.substr(e.begin, e.end - e.begin);
  }
  const std::string& href = events[enter].href;
  return !text.empty() &&
         (href == text || href == "http://" + text || href == "mailto:" + text);
}

// Named entities common in news copy; others stand as a placeholder.
constexpr std::pair<std::string_view, char32_t> kEntities[] = {
    {"amp", U'&'},         {"lt", U'<'},          {"gt", U'>'},
    {"quot", U'"'},        {"apos", U'\''},       {"nbsp", U'\u00A0'},
    {"ndash", U'\u2013'},  {"mdash", U'\u2014'},  {"hellip", U'\u2026'},
    {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'},  {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'},  {"laquo", U'\u00AB'},  {"raquo", U'\u00BB'},
    {"bdquo", U'\u201E'},  {"sbquo", U'\u201A'},  {"copy", U'\u00A9'},
    {"reg", U'\u00AE'},    {"trade", U'\u2122'},  {"euro", U'\u20AC'},
    {"pound", U'\u00A3'},  {"yen", U'\u00A5'},    {"cent", U'\u00A2'},
    {"deg", U'\u00B0'},    {"middot", U'\u00B7'}, {"bull", U'\u2022'},
    {"times", U'\u00D7'},  {"divide", U'\u00F7'}, {"minus", U'\u2212'},
    {"shy", U'\u00AD'},    {"zwj", U'\u200D'},    {"zwnj", U'\u200C'},
    {"thinsp", U'\u2009'}, {"ensp", U'\u2002'},   {"emsp", U'\u2003'},
    {"aacute", U'\u00E1'}, {"agrave", U'\u00E0'}, {"acirc", U'\u00E2'},
    {"auml", U'\u00E4'},   {"atilde", U'\u00E3'}, {"aring", U'\u00E5'},
    {"ccedil", U'\u00E7'}, {"eacute", U'\u00E9'}, {"egrave", U'\u00E8'},
    {"ecirc", U'\u00EA'},  {"euml", U'\u00EB'},   {"iacute", U'\u00ED'},
    {"igrave", U'\u00EC'}, {"icirc", U'\u00EE'},  {"iuml", U'\u00EF'},
    {"ntilde", U'\u00F1'}, {"oacute", U'\u00F3'}, {"ograve", U'\u00F2'},
    {"ocirc", U'\u00F4'},  {"ouml", U'\u00F6'},   {"otilde", U'\u00F5'},
    {"oslash", U'\u00F8'}, {"uacute", U'\u00FA'}, {"ugrave", U'\u00F9'},
    {"ucirc", U'\u00FB'},  {"uuml", U'\u00FC'},   {"szlig", U'\u00DF'},
    {"Aacute", U'\u00C1'}, {"Eacute", U'\u00C9'}, {"Oacute", U'\u00D3'},
    {"Uacute", U'\u00DA'}, {"Auml", U'\u00C4'},   {"Ouml", U'\u00D6'},
    {"Uuml", U'\u00DC'},   {"Ccedil", U'\u00C7'}, {"Ntilde", U'\u00D1'},
};

// The character an entity ("&amp;", "&#233;", "&#xE9;") names, in UTF-8;
// empty when unknown or not a character.
std::string DecodeEntity(std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') {
    return "";
  }
  std::string_view name = entity.substr(1, entity.size() - 2);
  if (name.front() == '#') {
    name.remove_prefix(1);
    int base = 10;
    if (!name.empty() && (name.front() == 'x' || name.front() == 'X')) {
      name.remove_prefix(1);
      base = 16;
    }
    uint32_t cp = 0;
    auto [end, ec] =
        std::from_chars(name.data(), name.data() + name.size(), cp, base);
    if (ec != std::errc() || end != name.data() + name.size() || cp == 0 ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return "";
    }
    return EncodeUtf8(cp);
  }
  for (const auto& [n, cp] : kEntities) {
    if (n == name) return EncodeUtf8(cp);
  }
  return "";
}

bool StartsWithTag(std::string_view html, std::string_view tag) {
  if (html.size() <= tag.size()) return false;
  for (size_t i = 0; i < tag.size(); ++i) {
    if (AsciiLower(html[i]) != tag[i]) return false;
  }
  char next = html[tag.size()];
  return next == '>' || next == '/' || next == ' ' || next == '\t' ||
         next == '\n' || next == '\r';
}

// Builds the view: pieces of prose in source order, the line breaks of
// everything between them, paragraphs.
class ViewBuilder {
 public:
  explicit ViewBuilder(std::string_view source) : source_(source) {}

  // Prose standing for source[r] (`bytes` when it is not verbatim).
  void Prose(ByteRange r, std::string_view bytes, Kind kind) {
    if (r.begin < cursor_) return;  // out of order: never from md4c
    if (!open_) {
      // A block that starts on the line where another ended (a table
      // cell) is kept apart from it by a space standing for the markup.
      bool same_line =
          !view_.text.empty() && view_.text.back() != '\n' &&
          source_.substr(cursor_, r.begin - cursor_).find('\n') == kNone;
      if (same_line) {
        Piece({cursor_, r.begin}, " ", Kind::kMarkup);
      } else {
        Gap(r.begin);
      }
      open_ = true;
      paragraph_begin_ = view_.text.size();
    } else {
      Gap(r.begin);
    }
    Piece(r, bytes, kind);
    paragraph_end_ = view_.text.size();
  }

  // Code, an image, a URL: the placeholder for its first line, so that the
  // view keeps the line breaks of the rest.
  void Atom(ByteRange r) {
    if (r.begin == kNone) r = {cursor_, cursor_};
    size_t nl = r.In(source_).find('\n');
    if (nl != kNone) r.end = r.begin + nl;
    Prose(r, kPlaceholder, Kind::kMarkup);
  }

  void EndBlock() {
    if (open_ && paragraph_end_ > paragraph_begin_) {
      view_.paragraphs.push_back({paragraph_begin_, paragraph_end_});
    }
    open_ = false;
  }

  // The HTML of a block or an inline run: its comments.
  void Html(ByteRange r) {
    for (size_t at = source_.find("<!--", r.begin); at < r.end;
         at = source_.find("<!--", at)) {
      size_t close = source_.find("-->", at + 4);
      if (close == kNone || close + 3 > r.end) break;
      view_.comments.push_back({at, close + 3});
      at = close + 3;
    }
  }

  MarkdownView Finish() {
    Gap(source_.size());
    EndBlock();
    return std::move(view_);
  }

 private:
  void Piece(ByteRange r, std::string_view bytes, Kind kind) {
    view_.text += bytes;
    view_.map.Append(r, bytes.size(), kind);
    cursor_ = r.end;
  }

  // Leaves out source_[cursor_, end) but for its line breaks.
  void Gap(size_t end) {
    size_t from = cursor_;
    size_t line_end = std::min(source_.find('\n', from), source_.size());
    if (line_end <= end &&
        source_.substr(from, line_end - from).find_first_not_of(" \t\r") !=
            kNone) {
      TrimLineEnd();
    }
    for (size_t nl = source_.find('\n', from); nl < end;
         nl = source_.find('\n', from)) {
      size_t b = nl > from && source_[nl - 1] == '\r' ? nl - 1 : nl;
      Piece({b, nl + 1}, source_.substr(b, nl + 1 - b), Kind::kVerbatim);
      from = nl + 1;
    }
    cursor_ = std::max(cursor_, end);
  }

  // Spaces before markup that ends a line ("said. <!-- note -->") are not
  // trailing spaces of the prose: they go with the markup.
  void TrimLineEnd() {
    size_t n = 0;
    std::string_view text = view_.text;
    while (n < text.size() && (text[text.size() - 1 - n] == ' ' ||
                               text[text.size() - 1 - n] == '\t')) {
      ++n;
    }
    n = view_.map.TrimBack(n);
    view_.text.resize(view_.text.size() - n);
    size_t end = view_.text.size();
    paragraph_end_ = std::min(paragraph_end_, end);
    std::vector<ByteRange>& paragraphs = view_.paragraphs;
    if (!paragraphs.empty() && paragraphs.back().end > end) {
      paragraphs.back().end = end;
      if (paragraphs.back().empty()) paragraphs.pop_back();
    }
  }

  std::string_view source_;
  MarkdownView view_;
  size_t cursor_ = 0;
  bool open_ = false;
  size_t paragraph_begin_ = 0;
  size_t paragraph_end_ = 0;
};

bool IsLine(std::string_view line, std::string_view mark) {
  while (!line.empty() &&
         (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  return line == mark;
}

}  // namespace

size_t FrontMatterEnd(std::string_view source) {
  size_t start = source.substr(0, 3) == kByteOrderMark ? 3 : 0;
  size_t first_end = source.find('\n', start);
  if (first_end == kNone) return 0;
  std::string_view first = source.substr(start, first_end - start);
  bool yaml = IsLine(first, "---");
  if (!yaml && !IsLine(first, "+++")) return 0;
  for (size_t begin = first_end + 1; begin < source.size();) {
    size_t nl = source.find('\n', begin);
    size_t end = nl == kNone ? source.size() : nl;
    std::string_view line = source.substr(begin, end - begin);
    if (yaml ? IsLine(line, "---") || IsLine(line, "...")
             : IsLine(line, "+++")) {
      return nl == kNone ? source.size() : nl + 1;
    }
    begin = end + 1;
  }
  return 0;
}

bool IsMarkdownPath(std::string_view path) {
  return path.ends_with(".md") || path.ends_with(".markdown");
}

MarkdownView ReadMarkdown(std::string_view source) {
  size_t start = FrontMatterEnd(source);
  if (start == 0 && source.substr(0, 3) == kByteOrderMark) start = 3;

  Collector collector{source, {}};
  MD_PARSER parser{};
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = EnterBlock;
  parser.leave_block = LeaveBlock;
  parser.enter_span = EnterSpan;
  parser.leave_span = LeaveSpan;
  parser.text = Text;
  md_parse(source.data() + start, static_cast<MD_SIZE>(source.size() - start),
           &parser, &collector);
  const std::vector<Event>& events = collector.events;

  ViewBuilder view(source);
  std::vector<bool> span_is_atom;
  int atom_depth = 0;
  ByteRange atom{kNone, kNone};
  bool in_html_block = false;
  ByteRange html{kNone, kNone};  // the run of raw HTML being read
  for (size_t k = 0; k < events.size(); ++k) {
    const Event& e = events[k];
    bool html_text = e.type == Event::kText && e.detail == MD_TEXT_HTML;
    bool made_text = e.type == Event::kText && e.begin == kNone;
    if (html.begin != kNone && !html_text && !made_text) {
      view.Html(html);
      html = {kNone, kNone};
    }
    switch (e.type) {
      case Event::kEnterBlock:
      case Event::kLeaveBlock:
        view.EndBlock();
        if (e.detail == MD_BLOCK_HTML) {
          in_html_block = e.type == Event::kEnterBlock;
        }
        break;
      case Event::kEnterSpan: {
        bool is_atom = e.detail == MD_SPAN_CODE || e.detail == MD_SPAN_IMG ||
                       e.detail == MD_SPAN_LATEXMATH ||
                       e.detail == MD_SPAN_LATEXMATH_DISPLAY ||
                       (e.detail == MD_SPAN_A && IsAutolink(source, events, k));
        span_is_atom.push_back(is_atom);
        if (is_atom && atom_depth++ == 0) atom = {kNone, kNone};
        break;
      }
      case Event::kLeaveSpan: {
        bool is_atom = !span_is_atom.empty() && span_is_atom.back();
        if (!span_is_atom.empty()) span_is_atom.pop_back();
        if (is_atom && --atom_depth == 0) view.Atom(atom);
        break;
      }
      case Event::kText: {
        if (made_text) break;
        ByteRange r{e.begin, e.end};
        if (atom_depth > 0) {
          if (atom.begin == kNone) atom.begin = r.begin;
          atom.end = r.end;
          break;
        }
        std::string_view bytes = r.In(source);
        if (e.detail == MD_TEXT_NORMAL) {
          view.Prose(r, bytes, Kind::kVerbatim);
        } else if (e.detail == MD_TEXT_ENTITY) {
          std::string decoded = DecodeEntity(bytes);
          if (decoded.empty()) {
            view.Atom(r);
          } else {
            view.Prose(r, decoded, Kind::kProse);
          }
        } else if (e.detail == MD_TEXT_HTML) {
          if (html.begin == kNone) html.begin = r.begin;
          html.end = r.end;
          // Inline tags take no room, but a line break or an image does.
          if (!in_html_block && StartsWithTag(bytes, "<br")) {
            view.Prose(r, " ", Kind::kMarkup);
          } else if (!in_html_block && StartsWithTag(bytes, "<img")) {
            view.Atom(r);
          }
        }
        break;
      }
    }
  }
  if (html.begin != kNone) view.Html(html);
  return view.Finish();
}

}  // namespace mtlint
