// CXMLBlocks: HTML pages as a sequence of text blocks with layout features, for main-text extraction.
// Only stdint/stddef types cross this seam.
#ifndef CXMLBLOCKS_H
#define CXMLBLOCKS_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Outcome of qx_xml_html_blocks.
enum {
  QX_XML_BLOCKS_OK = 0,
  QX_XML_BLOCKS_NO_DOCUMENT = 1,  ///< the parser could not start
  QX_XML_BLOCKS_NO_MEMORY = 2,
  QX_XML_BLOCKS_TOO_DEEP = 3,     ///< elements nested deeper than the limit
  QX_XML_BLOCKS_TOO_LARGE = 4,    ///< input over the size limit
};

/// Element codes (`qx_xml_element.tag`, `qx_xml_block.kind`).
enum {
  QX_TAG_OTHER = 0,
  QX_TAG_P, QX_TAG_DIV, QX_TAG_H1, QX_TAG_H2, QX_TAG_H3, QX_TAG_H4, QX_TAG_H5, QX_TAG_H6,
  QX_TAG_LI, QX_TAG_DT, QX_TAG_DD, QX_TAG_UL, QX_TAG_OL, QX_TAG_DL,
  QX_TAG_TABLE, QX_TAG_TR, QX_TAG_TD, QX_TAG_TH, QX_TAG_CAPTION,
  QX_TAG_PRE, QX_TAG_BLOCKQUOTE, QX_TAG_FIGURE, QX_TAG_FIGCAPTION,
  QX_TAG_ARTICLE, QX_TAG_MAIN, QX_TAG_NAV, QX_TAG_ASIDE, QX_TAG_FOOTER, QX_TAG_HEADER,
  QX_TAG_SECTION, QX_TAG_FORM, QX_TAG_BODY, QX_TAG_A, QX_TAG_SPAN, QX_TAG_ADDRESS, QX_TAG_CENTER,
  QX_TAG_BUTTON, QX_TAG_LABEL, QX_TAG_TIME, QX_TAG_STRONG, QX_TAG_EM, QX_TAG_IMG,
  QX_TAG_COUNT
};

/// Ancestor semantics (`qx_xml_block.flags`: the union over the block's ancestors and itself;
/// `qx_xml_element.flags`: the element's own).
enum {
  QX_IN_ARTICLE = 1u << 0,
  QX_IN_MAIN = 1u << 1,
  QX_IN_NAV = 1u << 2,
  QX_IN_ASIDE = 1u << 3,
  QX_IN_FOOTER = 1u << 4,
  QX_IN_HEADER = 1u << 5,
  QX_IN_FIGURE = 1u << 6,
  QX_IN_FIGCAPTION = 1u << 7,
  QX_IN_FORM = 1u << 8,
  QX_IN_LIST = 1u << 9,
  QX_IN_TABLE = 1u << 10,
  QX_IN_BLOCKQUOTE = 1u << 11,
  QX_IN_PRE = 1u << 12,
  QX_IN_ARTICLE_BODY = 1u << 13,  ///< itemprop="articleBody" (schema.org)
  QX_IN_HEADING = 1u << 14,
  QX_IN_ADDRESS = 1u << 15,
  QX_IN_BUTTON = 1u << 16,        ///< button or label
  QX_STARTS_IN_LINK = 1u << 17,   ///< the block's first text is inside <a>
  QX_AFTER_BR = 1u << 18,         ///< the block began at a <br>, not at a block element
};

/// One element of <body> that holds (or is an ancestor of) text. Index 0 is a virtual root.
typedef struct {
  int32_t parent;      ///< index of the parent element (-1 for the root)
  uint8_t tag;         ///< QX_TAG_*
  int8_t hint;         ///< class/id hint: 1 content-like words, -1 boilerplate-like words, -2 a subtree
                       ///< unlikely to hold the article (comments, sidebar, menu…, no content word), else 0
  uint16_t depth;
  uint32_t flags;      ///< the element's own semantics (QX_IN_*)
} qx_xml_element;

/// One block of visible text: whitespace collapsed as a browser does, no line breaks inside.
typedef struct {
  int32_t element;     ///< the block-level element that holds it
  uint8_t kind;        ///< that element's QX_TAG_*
  uint8_t reserved;
  uint16_t depth;
  uint32_t flags;      ///< QX_IN_* of the element and its ancestors
  uint32_t text_start; ///< byte offset into `text`
  uint32_t text_bytes;
  uint32_t scalars;    ///< Unicode scalars in the block
  uint32_t link_scalars; ///< of them, inside <a href>
  int32_t hint;        ///< sum of the class/id hints of the element and its ancestors
} qx_xml_block;

/// A fact from the page: <title>, <meta> name/property/itemprop → content, canonical link, lang,
/// JSON-LD script bodies, <time datetime>. Keys and values are offsets into `strings`.
typedef struct {
  uint32_t key_start, key_bytes, value_start, value_bytes;
} qx_xml_fact;

typedef struct {
  int32_t status;               ///< QX_XML_BLOCKS_*
  char *text;                   ///< the blocks' UTF-8 text, back to back (no separators)
  size_t text_bytes;
  qx_xml_block *blocks;
  size_t block_count;
  qx_xml_element *elements;
  size_t element_count;
  char *strings;
  size_t strings_bytes;
  qx_xml_fact *facts;
  size_t fact_count;
} qx_xml_page;

/// Parses `length` bytes of UTF-8 HTML (no network, no DTD or external entity, the page's own charset
/// declarations ignored) into blocks. Elements nested deeper than `max_depth` make the page rejected
/// (status QX_XML_BLOCKS_TOO_DEEP); so does input over `max_bytes`.
qx_xml_page qx_xml_html_blocks(const char *bytes, size_t length, int32_t max_depth, size_t max_bytes);
void qx_xml_page_free(qx_xml_page *page);

#ifdef __cplusplus
}
#endif

#endif
