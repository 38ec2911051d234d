#include "CXMLShim.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct {
  char *data;
  size_t length;
  size_t capacity;
  int failed;
} buffer;

static void buffer_append(buffer *b, const char *s, size_t n) {
  if (b->failed || n == 0) return;
  if (b->length + n + 1 > b->capacity) {
    size_t cap = b->capacity ? b->capacity : 4096;
    while (b->length + n + 1 > cap) cap *= 2;
    char *grown = (char *)realloc(b->data, cap);
    if (grown == NULL) {
      b->failed = 1;
      return;
    }
    b->data = grown;
    b->capacity = cap;
  }
  memcpy(b->data + b->length, s, n);
  b->length += n;
  b->data[b->length] = 0;
}

static void buffer_newline(buffer *b) {
  if (b->length > 0 && b->data[b->length - 1] != '\n') buffer_append(b, "\n", 1);
}

static int is_skipped(const char *name) {
  static const char *skipped[] = {"script", "style", "noscript", "template", "head", "svg", "iframe", NULL};
  for (int i = 0; skipped[i]; i++)
    if (strcasecmp(name, skipped[i]) == 0) return 1;
  return 0;
}

static int is_block(const char *name) {
  static const char *blocks[] = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                 "tr", "table", "section", "article", "header", "footer", "nav", "aside",
                                 "blockquote", "pre", "hr", "dd", "dt", "dl", "figure", "figcaption",
                                 "main", "form", "address", "body", "td", "th", NULL};
  for (int i = 0; blocks[i]; i++)
    if (strcasecmp(name, blocks[i]) == 0) return 1;
  return 0;
}

static void walk(xmlNode *node, buffer *b) {
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != NULL) buffer_append(b, (const char *)n->content, strlen((const char *)n->content));
    } else if (n->type == XML_ELEMENT_NODE && n->name != NULL) {
      const char *name = (const char *)n->name;
      if (is_skipped(name)) continue;
      int block = is_block(name);
      if (block) buffer_newline(b);
      walk(n->children, b);
      if (block) buffer_newline(b);
    }
  }
}

static char *find_title(xmlNode *node) {
  for (xmlNode *n = node; n != NULL; n = n->next) {
    if (n->type == XML_ELEMENT_NODE && n->name != NULL) {
      if (strcasecmp((const char *)n->name, "title") == 0) {
        xmlChar *content = xmlNodeGetContent(n);
        if (content == NULL) return NULL;
        char *copy = strdup((const char *)content);
        xmlFree(content);
        return copy;
      }
      char *inner = find_title(n->children);
      if (inner != NULL) return inner;
    }
  }
  return NULL;
}

qx_xml_text qx_xml_html_text(const char *bytes, size_t length, const char *encoding) {
  qx_xml_text result = {NULL, 0, NULL, 0};
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  int size = length > (size_t)INT32_MAX ? INT32_MAX : (int)length;
  htmlDocPtr doc = htmlReadMemory(bytes, size, NULL, encoding, options);
  if (doc == NULL) {
    result.status = 1;
    return result;
  }
  xmlNode *root = xmlDocGetRootElement(doc);
  buffer b = {NULL, 0, 0, 0};
  walk(root, &b);
  result.title = find_title(root);
  xmlFreeDoc(doc);
  if (b.failed) {
    free(b.data);
    free(result.title);
    result.title = NULL;
    result.status = 2;
    return result;
  }
  if (b.data == NULL) {
    b.data = (char *)calloc(1, 1);
    if (b.data == NULL) {
      result.status = 2;
      return result;
    }
  }
  result.text = b.data;
  result.text_length = b.length;
  return result;
}

void qx_xml_text_free(qx_xml_text *t) {
  if (t == NULL) return;
  free(t->text);
  free(t->title);
  t->text = NULL;
  t->title = NULL;
}
