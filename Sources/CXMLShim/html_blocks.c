// HTML → blocks with features, through libxml2's SAX HTML parser (no tree is built).
#include "CXMLBlocks.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

// ---- growable buffers ---------------------------------------------------------------------------

typedef struct {
  char *data;
  size_t length, capacity;
} bytes_buf;

typedef struct {
  void *data;
  size_t count, capacity, size;
} array_buf;

static int bytes_reserve(bytes_buf *b, size_t extra) {
  if (b->length + extra + 1 <= b->capacity) return 1;
  size_t cap = b->capacity ? b->capacity : 8192;
  while (b->length + extra + 1 > cap) cap *= 2;
  char *grown = (char *)realloc(b->data, cap);
  if (grown == NULL) return 0;
  b->data = grown;
  b->capacity = cap;
  return 1;
}

static void *array_push(array_buf *a) {
  if (a->count == a->capacity) {
    size_t cap = a->capacity ? a->capacity * 2 : 256;
    void *grown = realloc(a->data, cap * a->size);
    if (grown == NULL) return NULL;
    a->data = grown;
    a->capacity = cap;
  }
  void *slot = (char *)a->data + a->count * a->size;
  a->count++;
  memset(slot, 0, a->size);
  return slot;
}

// ---- tags ---------------------------------------------------------------------------------------

enum {
  ROLE_NONE = 0,
  ROLE_BLOCK = 1,   // ends the current block
  ROLE_SKIP = 2,    // contents never reach the text
  ROLE_BREAK = 3,   // <br>
};

typedef struct {
  const char *name;
  uint8_t tag;
  uint8_t role;
  uint32_t flags;
} tag_info;

static const tag_info tags[] = {
    {"a", QX_TAG_A, ROLE_NONE, 0},
    {"address", QX_TAG_ADDRESS, ROLE_BLOCK, QX_IN_ADDRESS},
    {"article", QX_TAG_ARTICLE, ROLE_BLOCK, QX_IN_ARTICLE},
    {"aside", QX_TAG_ASIDE, ROLE_BLOCK, QX_IN_ASIDE},
    {"audio", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"blockquote", QX_TAG_BLOCKQUOTE, ROLE_BLOCK, QX_IN_BLOCKQUOTE},
    {"body", QX_TAG_BODY, ROLE_BLOCK, 0},
    {"br", QX_TAG_OTHER, ROLE_BREAK, 0},
    {"button", QX_TAG_BUTTON, ROLE_BLOCK, QX_IN_BUTTON},
    {"canvas", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"caption", QX_TAG_CAPTION, ROLE_BLOCK, QX_IN_FIGCAPTION},
    {"center", QX_TAG_CENTER, ROLE_BLOCK, 0},
    {"datalist", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"dd", QX_TAG_DD, ROLE_BLOCK, QX_IN_LIST},
    {"details", QX_TAG_DIV, ROLE_BLOCK, 0},
    {"dialog", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"div", QX_TAG_DIV, ROLE_BLOCK, 0},
    {"dl", QX_TAG_DL, ROLE_BLOCK, QX_IN_LIST},
    {"dt", QX_TAG_DT, ROLE_BLOCK, QX_IN_LIST},
    {"em", QX_TAG_EM, ROLE_NONE, 0},
    {"embed", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"fieldset", QX_TAG_DIV, ROLE_BLOCK, QX_IN_FORM},
    {"figcaption", QX_TAG_FIGCAPTION, ROLE_BLOCK, QX_IN_FIGCAPTION},
    {"figure", QX_TAG_FIGURE, ROLE_BLOCK, QX_IN_FIGURE},
    {"footer", QX_TAG_FOOTER, ROLE_BLOCK, QX_IN_FOOTER},
    {"form", QX_TAG_FORM, ROLE_BLOCK, QX_IN_FORM},
    {"frameset", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"h1", QX_TAG_H1, ROLE_BLOCK, QX_IN_HEADING},
    {"h2", QX_TAG_H2, ROLE_BLOCK, QX_IN_HEADING},
    {"h3", QX_TAG_H3, ROLE_BLOCK, QX_IN_HEADING},
    {"h4", QX_TAG_H4, ROLE_BLOCK, QX_IN_HEADING},
    {"h5", QX_TAG_H5, ROLE_BLOCK, QX_IN_HEADING},
    {"h6", QX_TAG_H6, ROLE_BLOCK, QX_IN_HEADING},
    {"head", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"header", QX_TAG_HEADER, ROLE_BLOCK, QX_IN_HEADER},
    {"hr", QX_TAG_OTHER, ROLE_BLOCK, 0},
    {"iframe", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"img", QX_TAG_IMG, ROLE_NONE, 0},
    {"input", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"label", QX_TAG_LABEL, ROLE_NONE, QX_IN_BUTTON},
    {"legend", QX_TAG_DIV, ROLE_BLOCK, QX_IN_FORM},
    {"li", QX_TAG_LI, ROLE_BLOCK, QX_IN_LIST},
    {"main", QX_TAG_MAIN, ROLE_BLOCK, QX_IN_MAIN},
    {"map", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"math", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"menu", QX_TAG_UL, ROLE_BLOCK, QX_IN_NAV},
    {"nav", QX_TAG_NAV, ROLE_BLOCK, QX_IN_NAV},
    {"noembed", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"noframes", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"noscript", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"object", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"ol", QX_TAG_OL, ROLE_BLOCK, QX_IN_LIST},
    {"option", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"p", QX_TAG_P, ROLE_BLOCK, 0},
    {"picture", QX_TAG_OTHER, ROLE_NONE, 0},
    {"pre", QX_TAG_PRE, ROLE_BLOCK, QX_IN_PRE},
    {"script", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"section", QX_TAG_SECTION, ROLE_BLOCK, 0},
    {"select", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"span", QX_TAG_SPAN, ROLE_NONE, 0},
    {"strong", QX_TAG_STRONG, ROLE_NONE, 0},
    {"style", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"svg", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"table", QX_TAG_TABLE, ROLE_BLOCK, QX_IN_TABLE},
    {"tbody", QX_TAG_OTHER, ROLE_BLOCK, 0},
    {"td", QX_TAG_TD, ROLE_BLOCK, 0},
    {"template", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"textarea", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"tfoot", QX_TAG_OTHER, ROLE_BLOCK, 0},
    {"th", QX_TAG_TH, ROLE_BLOCK, 0},
    {"thead", QX_TAG_OTHER, ROLE_BLOCK, 0},
    {"time", QX_TAG_TIME, ROLE_NONE, 0},
    {"title", QX_TAG_OTHER, ROLE_SKIP, 0},
    {"tr", QX_TAG_TR, ROLE_BLOCK, 0},
    {"ul", QX_TAG_UL, ROLE_BLOCK, QX_IN_LIST},
    {"video", QX_TAG_OTHER, ROLE_SKIP, 0},
};

static const tag_info *lookup_tag(const char *name) {
  size_t lo = 0, hi = sizeof(tags) / sizeof(tags[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(name, tags[mid].name);
    if (c == 0) return &tags[mid];
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return NULL;
}

// ---- class/id hints -----------------------------------------------------------------------------

// Words anywhere inside a class or id token.
static const char *negative_parts[] = {
    "comment", "sidebar", "breadcrumb", "share", "social", "related", "recommend", "advert", "sponsor",
    "copyright", "footer", "navbar", "navigation", "menu", "widget", "subscribe", "newsletter", "pagination",
    "promo", "banner", "popup", "cookie", "toolbar", "disclaimer", "login", "signup", "byline", "caption",
    "masthead", "outbrain", "taboola", "author", "editor", "keyword", "hotnews", "ranking", "copyright",
    "relate", "extra", "sitemap", "tooltip", "modal", NULL};
// Whole class or id tokens.
static const char *negative_tokens[] = {
    "nav", "ad", "ads", "side", "aside", "foot", "tags", "tag", "hot", "rank", "more", "meta", "share", "tool",
    "tools", "pager", "pages", "bottom", "links", "top", "header", "head", "source", "info", "time", "date",
    "title", "label", "btn", "button", "icon", "logo", "search", "bread", "crumb", "next", "prev", "print",
    "cite", "credit", "credits", "copy", "hide", "hidden", NULL};
// Readability's "unlikely candidates": class/id text naming a subtree that does not hold the article
// (comments, sidebars, menus…), unless it also names content ("ok" words). Substrings of the lower-cased
// class and id together, as readability matches them.
static const char *unlikely_words[] = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
                                       "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
                                       "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
                                       "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
                                       "pager", "popup", "yom-remote", NULL};
static const char *ok_words[] = {"and", "article", "body", "column", "content", "main", "shadow", NULL};

static int contains_any(const char *s, const char **words) {
  for (int i = 0; words[i]; i++)
    if (strstr(s, words[i]) != NULL) return 1;
  return 0;
}

/// Whether class and id mark an unlikely subtree.
static int is_unlikely(const char *cls, const char *id) {
  char buf[512];
  size_t n = 0;
  const char *parts[2] = {cls, id};
  for (int k = 0; k < 2; k++) {
    const char *p = parts[k];
    if (p == NULL) continue;
    if (n > 0 && n < sizeof(buf) - 1) buf[n++] = ' ';
    for (; *p && n < sizeof(buf) - 1; p++) buf[n++] = (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : *p;
  }
  buf[n] = 0;
  return n > 0 && contains_any(buf, unlikely_words) && !contains_any(buf, ok_words);
}

static const char *positive_parts[] = {"article", "content", "entry", "story", "detail", "artibody", "postbody",
                                       "maintext", "zwcon", NULL};
static const char *positive_tokens[] = {"main", "body", "text", "post", "zw", "txt", "con", "cont", "news",
                                        "blog", "page", NULL};

static int token_matches(const char *t, size_t n, const char **parts, const char **whole) {
  for (int i = 0; whole[i]; i++)
    if (whole[i][0] == t[0] && strcmp(whole[i], t) == 0) return 1;
  for (int i = 0; parts[i]; i++)
    if (n >= 2 && strstr(t, parts[i]) != NULL) return 1;
  return 0;
}

/// Hint of a class or id value: tokens split at non-alphanumerics; each matching group counts once.
static void hint_of(const char *value, int *pos, int *neg) {
  char token[64];
  const char *s = value;
  while (*s) {
    while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'))) s++;
    size_t n = 0;
    while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')) {
      char c = *s;
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      if (n < sizeof(token) - 1) token[n++] = c;
      s++;
    }
    if (n == 0) continue;
    token[n] = 0;
    if (token_matches(token, n, negative_parts, negative_tokens)) *neg = 1;
    else if (token_matches(token, n, positive_parts, positive_tokens)) *pos = 1;
  }
}

// ---- parse state --------------------------------------------------------------------------------

typedef struct {
  int32_t element;   // index into elements (-1 if the element is not recorded)
  int32_t block_element;  // nearest block-level element
  uint8_t block_kind;
  uint8_t skip;      // inside a skipped or hidden subtree
  uint8_t in_link;
  uint8_t in_head;
  uint8_t capture;   // 1 title, 2 JSON-LD
  uint32_t flags;
  int32_t hint;
  uint8_t role;
} frame;

typedef struct {
  htmlParserCtxtPtr ctxt;
  int32_t max_depth;
  int status;
  frame *stack;
  size_t depth, stack_capacity;
  array_buf elements, blocks, facts;
  bytes_buf text, strings;
  // the open block
  int open;              // text has been appended since the last boundary
  int pending_space;
  int after_br;
  qx_xml_block current;
  // capture of title / JSON-LD text
  bytes_buf capture;
  int capture_kind;
  int seen_title;
  int time_facts;
  // hint cache: open addressing on a hash of "class\x01id"
  struct { char *key; int8_t hint; int8_t unlikely_hint; } cache[512];
} state;

/// Class/id hints of recently seen (class, id) pairs: pages repeat the same few hundred.
static int8_t cached_hint(state *st, const char *cls, const char *id, int is_candidate_tag);

static void fail(state *st, int status) {
  if (st->status == 0) st->status = status;
  xmlStopParser(st->ctxt);
}

static void add_fact(state *st, const char *key, size_t key_n, const char *value, size_t value_n) {
  if (st->facts.count >= 4096) return;
  if (value_n > (1u << 20)) value_n = 1u << 20;
  if (!bytes_reserve(&st->strings, key_n + value_n)) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
  qx_xml_fact *f = (qx_xml_fact *)array_push(&st->facts);
  if (f == NULL) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
  f->key_start = (uint32_t)st->strings.length;
  f->key_bytes = (uint32_t)key_n;
  memcpy(st->strings.data + st->strings.length, key, key_n);
  st->strings.length += key_n;
  f->value_start = (uint32_t)st->strings.length;
  f->value_bytes = (uint32_t)value_n;
  memcpy(st->strings.data + st->strings.length, value, value_n);
  st->strings.length += value_n;
}

static void flush_block(state *st) {
  if (!st->open) {
    st->pending_space = 0;
    return;
  }
  st->open = 0;
  st->pending_space = 0;
  qx_xml_block *b = (qx_xml_block *)array_push(&st->blocks);
  if (b == NULL) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
  *b = st->current;
  b->text_bytes = (uint32_t)(st->text.length - b->text_start);
}

static void block_boundary(state *st, int by_br) {
  flush_block(st);
  st->after_br = by_br;
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void append_text(state *st, const unsigned char *s, size_t n) {
  frame *f = &st->stack[st->depth - 1];
  int pre = (f->flags & QX_IN_PRE) != 0;
  if (!bytes_reserve(&st->text, n + 1)) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (pre && (c == '\n' || c == '\r')) {
      block_boundary(st, 1);
      i++;
      continue;
    }
    if (is_space(c)) {
      if (st->open) st->pending_space = 1;
      i++;
      continue;
    }
    if (!st->open) {
      st->open = 1;
      st->pending_space = 0;
      memset(&st->current, 0, sizeof(st->current));
      st->current.element = f->block_element;
      st->current.kind = f->block_kind;
      st->current.depth = (uint16_t)(st->depth > 65535 ? 65535 : st->depth);
      st->current.flags = f->flags | (f->in_link ? QX_STARTS_IN_LINK : 0) | (st->after_br ? QX_AFTER_BR : 0);
      st->current.hint = f->hint;
      st->current.text_start = (uint32_t)st->text.length;
    }
    if (st->pending_space) {
      st->text.data[st->text.length++] = ' ';
      st->current.scalars++;
      if (f->in_link) st->current.link_scalars++;
      st->pending_space = 0;
    }
    // Copy a run of non-space bytes.
    size_t j = i;
    uint32_t scalars = 0;
    while (j < n && !is_space(s[j])) {
      if ((s[j] & 0xC0) != 0x80) scalars++;
      j++;
    }
    memcpy(st->text.data + st->text.length, s + i, j - i);
    st->text.length += j - i;
    st->current.scalars += scalars;
    if (f->in_link) st->current.link_scalars += scalars;
    i = j;
  }
  if (st->text.length > 0xF0000000u) fail(st, QX_XML_BLOCKS_TOO_LARGE);
}

static const char *attr(const xmlChar **atts, const char *name) {
  if (atts == NULL) return NULL;
  for (int i = 0; atts[i] != NULL; i += 2)
    if (strcasecmp((const char *)atts[i], name) == 0) return atts[i + 1] ? (const char *)atts[i + 1] : "";
  return NULL;
}

static const char *find_nocase(const char *s, const char *needle) {
  size_t m = strlen(needle);
  for (; *s; s++)
    if (strncasecmp(s, needle, m) == 0) return s;
  return NULL;
}

/// display:none or visibility:hidden in a style attribute.
static int style_hides(const char *style) {
  const char *props[] = {"display", "visibility"};
  const char *values[] = {"none", "hidden"};
  for (int p = 0; p < 2; p++) {
    const char *s = style;
    size_t m = strlen(props[p]);
    while ((s = find_nocase(s, props[p])) != NULL) {
      const char *v = s + m;
      while (*v == ' ' || *v == '\t') v++;
      if (*v == ':') {
        v++;
        while (*v == ' ' || *v == '\t') v++;
        if (strncasecmp(v, values[p], strlen(values[p])) == 0) return 1;
      }
      s = v;
    }
  }
  return 0;
}

static uint32_t role_flags(const char *role) {
  if (role == NULL) return 0;
  if (strcasecmp(role, "navigation") == 0 || strcasecmp(role, "menu") == 0 || strcasecmp(role, "menubar") == 0)
    return QX_IN_NAV;
  if (strcasecmp(role, "complementary") == 0) return QX_IN_ASIDE;
  if (strcasecmp(role, "contentinfo") == 0) return QX_IN_FOOTER;
  if (strcasecmp(role, "banner") == 0) return QX_IN_HEADER;
  if (strcasecmp(role, "main") == 0) return QX_IN_MAIN;
  if (strcasecmp(role, "article") == 0) return QX_IN_ARTICLE;
  if (strcasecmp(role, "search") == 0 || strcasecmp(role, "form") == 0) return QX_IN_FORM;
  if (strcasecmp(role, "dialog") == 0 || strcasecmp(role, "alert") == 0) return QX_IN_ASIDE;
  return 0;
}

static void head_element(state *st, const char *name, const xmlChar **atts) {
  if (strcmp(name, "meta") == 0) {
    const char *content = attr(atts, "content");
    const char *charset = attr(atts, "charset");
    if (charset) add_fact(st, "charset", 7, charset, strlen(charset));
    if (content == NULL) return;
    const char *keys[] = {"property", "name", "itemprop", "http-equiv"};
    for (int k = 0; k < 4; k++) {
      const char *key = attr(atts, keys[k]);
      if (key && *key) {
        char buf[160];
        size_t n = strlen(key);
        if (n > sizeof(buf) - 6) n = sizeof(buf) - 6;
        memcpy(buf, "meta:", 5);
        for (size_t i = 0; i < n; i++) {
          char c = key[i];
          buf[5 + i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
        }
        add_fact(st, buf, 5 + n, content, strlen(content));
        return;
      }
    }
  } else if (strcmp(name, "link") == 0) {
    const char *rel = attr(atts, "rel");
    const char *href = attr(atts, "href");
    if (rel && href && strcasecmp(rel, "canonical") == 0) add_fact(st, "canonical", 9, href, strlen(href));
  }
}

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **atts) {
  state *st = (state *)ctx;
  if (st->status) return;
  const char *name = (const char *)xname;
  if (st->depth >= (size_t)st->max_depth) {
    fail(st, QX_XML_BLOCKS_TOO_DEEP);
    return;
  }
  if (st->depth == st->stack_capacity) {
    size_t cap = st->stack_capacity ? st->stack_capacity * 2 : 64;
    frame *grown = (frame *)realloc(st->stack, cap * sizeof(frame));
    if (grown == NULL) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
    st->stack = grown;
    st->stack_capacity = cap;
  }
  frame *parent = &st->stack[st->depth - 1];
  frame f = *parent;
  f.capture = 0;
  f.role = ROLE_NONE;
  const tag_info *info = lookup_tag(name);
  uint8_t tag = info ? info->tag : QX_TAG_OTHER;
  uint8_t role = info ? info->role : ROLE_NONE;

  if (strcmp(name, "html") == 0) {
    const char *lang = attr(atts, "lang");
    if (lang == NULL) lang = attr(atts, "xml:lang");
    if (lang) add_fact(st, "lang", 4, lang, strlen(lang));
  }
  if (strcmp(name, "head") == 0) {
    f.in_head = 1;
    role = ROLE_NONE;
  }
  if (f.in_head || (strcmp(name, "meta") == 0) || (strcmp(name, "link") == 0)) head_element(st, name, atts);
  if (strcmp(name, "title") == 0 && !st->seen_title && !f.skip) {
    f.capture = 1;
  }
  if (strcmp(name, "script") == 0) {
    const char *type = attr(atts, "type");
    if (type && strcasecmp(type, "application/ld+json") == 0) f.capture = 2;
  }
  if (f.capture) {
    st->capture.length = 0;
    st->capture_kind = f.capture;
  }

  if (!f.skip && !f.in_head) {
    // Hidden or skipped subtrees.
    int hidden = role == ROLE_SKIP;
    if (!hidden && atts) {
      if (attr(atts, "hidden")) hidden = 1;
      const char *aria = attr(atts, "aria-hidden");
      if (aria && strcasecmp(aria, "true") == 0) hidden = 1;
      const char *style = attr(atts, "style");
      if (style && style_hides(style)) hidden = 1;
    }
    // Dates in the body.
    if (tag == QX_TAG_TIME || attr(atts, "pubdate") || attr(atts, "itemprop")) {
      const char *dt = attr(atts, "datetime");
      const char *itemprop = attr(atts, "itemprop");
      const char *content = attr(atts, "content");
      if (itemprop && (content || dt) && st->time_facts < 64) {
        char buf[160];
        size_t n = strlen(itemprop);
        if (n > sizeof(buf) - 6) n = sizeof(buf) - 6;
        memcpy(buf, "meta:", 5);
        memcpy(buf + 5, itemprop, n);
        const char *v = dt ? dt : content;
        add_fact(st, buf, 5 + n, v, strlen(v));
        st->time_facts++;
      } else if (dt && st->time_facts < 64) {
        if (attr(atts, "pubdate")) add_fact(st, "time:pubdate", 12, dt, strlen(dt));
        else add_fact(st, "time", 4, dt, strlen(dt));
        st->time_facts++;
      }
    }
    if (hidden) {
      f.skip = 1;
      if (role == ROLE_BLOCK || role == ROLE_SKIP) block_boundary(st, 0);
    } else {
      uint32_t own = info ? info->flags : 0;
      own |= role_flags(attr(atts, "role"));
      const char *itemprop = attr(atts, "itemprop");
      if (itemprop && strcasecmp(itemprop, "articleBody") == 0) own |= QX_IN_ARTICLE_BODY;
      const char *cls = attr(atts, "class");
      const char *id = attr(atts, "id");
      int8_t hint = (cls || id) ? cached_hint(st, cls, id,
                                              tag != QX_TAG_BODY && tag != QX_TAG_A && strcmp(name, "html") != 0)
                                : 0;
      if (tag == QX_TAG_A && attr(atts, "href")) f.in_link = 1;
      f.flags |= own;
      f.hint += hint;
      if (role == ROLE_BREAK) {
        block_boundary(st, 1);
      } else if (role == ROLE_BLOCK || own != 0 || hint != 0) {
        qx_xml_element *e = (qx_xml_element *)array_push(&st->elements);
        if (e == NULL) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
        e->parent = parent->element;
        e->tag = tag;
        e->hint = hint;
        e->depth = (uint16_t)(st->depth > 65535 ? 65535 : st->depth);
        e->flags = own;
        f.element = (int32_t)(st->elements.count - 1);
        if (role == ROLE_BLOCK) {
          block_boundary(st, 0);
          f.block_element = f.element;
          f.block_kind = tag;
        }
      }
      f.role = role;
    }
  } else if (!f.in_head && role == ROLE_SKIP) {
    f.skip = 1;
  }
  st->stack[st->depth++] = f;
}

static void on_end(void *ctx, const xmlChar *xname) {
  state *st = (state *)ctx;
  if (st->status || st->depth <= 1) return;
  frame *f = &st->stack[st->depth - 1];
  if (f->capture) {
    const char *d = st->capture.data ? st->capture.data : "";
    size_t n = st->capture.length;
    if (f->capture == 1) {
      add_fact(st, "title", 5, d, n);
      st->seen_title = 1;
    } else {
      add_fact(st, "ld+json", 7, d, n);
    }
    st->capture.length = 0;
    st->capture_kind = 0;
  }
  if (!f->skip && !f->in_head && f->role == ROLE_BLOCK) block_boundary(st, 0);
  (void)xname;
  st->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
  state *st = (state *)ctx;
  if (st->status || st->depth == 0 || len <= 0) return;
  frame *f = &st->stack[st->depth - 1];
  if (f->capture) {
    if (st->capture.length < (1u << 20)) {
      if (!bytes_reserve(&st->capture, (size_t)len)) { fail(st, QX_XML_BLOCKS_NO_MEMORY); return; }
      memcpy(st->capture.data + st->capture.length, ch, (size_t)len);
      st->capture.length += (size_t)len;
    }
    return;
  }
  if (f->skip || f->in_head) return;
  append_text(st, ch, (size_t)len);
}

static void silent(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static int8_t compute_hint(const char *cls, const char *id, int may_be_unlikely) {
  int pos = 0, neg = 0;
  if (cls) hint_of(cls, &pos, &neg);
  if (id) hint_of(id, &pos, &neg);
  if (may_be_unlikely && is_unlikely(cls, id)) return -2;
  return (int8_t)(pos - neg);
}

static int8_t cached_hint(state *st, const char *cls, const char *id, int may_be_unlikely) {
  const char *a = cls ? cls : "";
  const char *b = id ? id : "";
  size_t na = strlen(a), nb = strlen(b);
  if (na + nb > 200) return compute_hint(cls, id, may_be_unlikely);
  char key[204];
  memcpy(key, a, na);
  key[na] = 1;
  memcpy(key + na + 1, b, nb);
  key[na + 1 + nb] = 0;
  uint32_t h = 2166136261u;
  for (const char *p = key; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
  size_t slot = h & 511;
  for (int probe = 0; probe < 8; probe++, slot = (slot + 1) & 511) {
    if (st->cache[slot].key == NULL) {
      int8_t plain = compute_hint(cls, id, 0);
      int8_t full = compute_hint(cls, id, 1);
      st->cache[slot].key = strdup(key);
      st->cache[slot].hint = plain;
      st->cache[slot].unlikely_hint = full;
      return may_be_unlikely ? full : plain;
    }
    if (strcmp(st->cache[slot].key, key) == 0)
      return may_be_unlikely ? st->cache[slot].unlikely_hint : st->cache[slot].hint;
  }
  return compute_hint(cls, id, may_be_unlikely);
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static void init_libxml(void) { xmlInitParser(); }

qx_xml_page qx_xml_html_blocks(const char *bytes, size_t length, int32_t max_depth, size_t max_bytes) {
  // libxml2 must be initialized once before threads parse concurrently.
  pthread_once(&init_once, init_libxml);
  qx_xml_page page;
  memset(&page, 0, sizeof(page));
  if (length > max_bytes || length > (size_t)INT32_MAX) {
    page.status = QX_XML_BLOCKS_TOO_LARGE;
    return page;
  }
  state st;
  memset(&st, 0, sizeof(st));
  st.max_depth = max_depth > 0 ? max_depth : 1;
  st.elements.size = sizeof(qx_xml_element);
  st.blocks.size = sizeof(qx_xml_block);
  st.facts.size = sizeof(qx_xml_fact);
  st.stack = (frame *)calloc(64, sizeof(frame));
  st.stack_capacity = 64;
  qx_xml_element *root = (qx_xml_element *)array_push(&st.elements);
  if (st.stack == NULL || root == NULL) {
    free(st.stack);
    free(st.elements.data);
    page.status = QX_XML_BLOCKS_NO_MEMORY;
    return page;
  }
  root->parent = -1;
  st.stack[0].element = 0;
  st.stack[0].block_element = 0;
  st.depth = 1;

  htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(length ? bytes : " ", length ? (int)length : 1);
  if (ctxt == NULL) {
    free(st.stack);
    free(st.elements.data);
    page.status = QX_XML_BLOCKS_NO_DOCUMENT;
    return page;
  }
  st.ctxt = ctxt;
  // Our handlers replace the tree builder: no tree, no DTD, no entity loading.
  xmlSAXHandler *sax = ctxt->sax;
  memset(sax, 0, sizeof(xmlSAXHandler));
  sax->startElement = on_start;
  sax->endElement = on_end;
  sax->characters = on_text;
  sax->ignorableWhitespace = on_text;
  sax->cdataBlock = on_text;
  sax->warning = silent;
  sax->error = silent;
  sax->fatalError = silent;
  ctxt->userData = &st;
  htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                               HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
  xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt);
  if (st.status == 0) flush_block(&st);
  htmlFreeParserCtxt(ctxt);
  free(st.stack);
  free(st.capture.data);
  for (int i = 0; i < 512; i++) free(st.cache[i].key);

  page.status = st.status;
  if (st.status != 0) {
    free(st.text.data);
    free(st.strings.data);
    free(st.elements.data);
    free(st.blocks.data);
    free(st.facts.data);
    return page;
  }
  page.text = st.text.data;
  page.text_bytes = st.text.length;
  page.blocks = (qx_xml_block *)st.blocks.data;
  page.block_count = st.blocks.count;
  page.elements = (qx_xml_element *)st.elements.data;
  page.element_count = st.elements.count;
  page.strings = st.strings.data;
  page.strings_bytes = st.strings.length;
  page.facts = (qx_xml_fact *)st.facts.data;
  page.fact_count = st.facts.count;
  return page;
}

void qx_xml_page_free(qx_xml_page *page) {
  if (page == NULL) return;
  free(page->text);
  free(page->blocks);
  free(page->elements);
  free(page->strings);
  free(page->facts);
  memset(page, 0, sizeof(*page));
}
