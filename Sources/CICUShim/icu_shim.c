#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/uclean.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

int32_t qx_icu_breaks(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                      int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UBreakIteratorType type = kind == QX_ICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *bi = ubrk_open(type, locale, (const UChar *)text, length, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return -1;
  }
  int32_t count = 0;
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
    if (count < capacity) {
      boundaries[count] = b;
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(bi);
    }
    count++;
  }
  ubrk_close(bi);
  *status = 0;
  return count;
}

struct qx_icu_translit {
  UTransliterator *t;
};

/// Boxes an opened transliterator, closing it if the box cannot be allocated.
static qx_icu_translit *box_translit(UTransliterator *t, UErrorCode err, int32_t *status) {
  *status = (int32_t)err;
  if (U_FAILURE(err)) return NULL;
  qx_icu_translit *box = (qx_icu_translit *)malloc(sizeof(qx_icu_translit));
  if (box == NULL) {
    utrans_close(t);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  box->t = t;
  return box;
}

qx_icu_translit *qx_icu_translit_open(const char *ident, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UChar id16[128];
  int32_t n = (int32_t)strlen(ident);
  if (n >= 128) {
    *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return NULL;
  }
  for (int32_t i = 0; i < n; i++) id16[i] = (UChar)(unsigned char)ident[i];
  UTransliterator *t = utrans_openU(id16, n, UTRANS_FORWARD, NULL, 0, NULL, &err);
  return box_translit(t, err, status);
}

qx_icu_translit *qx_icu_translit_clone(const qx_icu_translit *src, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UTransliterator *t = utrans_clone(src->t, &err);
  return box_translit(t, err, status);
}

void qx_icu_translit_close(qx_icu_translit *t) {
  if (t == NULL) return;
  utrans_close(t->t);
  free(t);
}

int32_t qx_icu_translit_run(const qx_icu_translit *t, uint16_t *buffer, int32_t length, int32_t capacity,
                            int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars(t->t, (UChar *)buffer, &textLength, capacity, 0, &limit, &err);
  *status = (int32_t)err;
  return textLength;
}

const char *qx_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t qx_icu_failed(int32_t status) { return U_FAILURE((UErrorCode)status) ? 1 : 0; }

void qx_icu_version(char *out, int32_t capacity) {
  UVersionInfo v;
  char buf[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, buf);
  if (capacity <= 0) return;
  strncpy(out, buf, (size_t)capacity - 1);
  out[capacity - 1] = 0;
}
