// CXMLShim: the project's narrow seam onto libxml2's forgiving HTML parser.
// Only stdint/stddef types cross it (libxml2's headers pull in ICU's, which clash with Foundation's).
#ifndef CXMLSHIM_H
#define CXMLSHIM_H

#include <stdint.h>
#include <stddef.h>

#include "CXMLBlocks.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Text extracted from an HTML page; free it with qx_xml_text_free.
typedef struct {
  char *text;        ///< UTF-8, block elements separated by "\n", NUL-terminated
  size_t text_length;
  char *title;       ///< UTF-8 contents of <title>, or NULL
  int32_t status;    ///< 0 on success; 1 the parser produced no document; 2 out of memory
} qx_xml_text;

/// Parses `length` bytes of HTML (broken markup is repaired, as browsers do) and returns its visible text:
/// script, style, noscript, template and head contents are skipped; block-level elements and <br> end a line.
/// `encoding` names the byte encoding ("UTF-8"), or NULL to let libxml2 sniff it from the document.
qx_xml_text qx_xml_html_text(const char *bytes, size_t length, const char *encoding);
void qx_xml_text_free(qx_xml_text *t);

#ifdef __cplusplus
}
#endif

#endif
