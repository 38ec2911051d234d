// Charset detection (ucsdet) and conversion to UTF-8 (ucnv), behind stdint-only signatures.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

int32_t qx_icu_detect_charset(const char *bytes, int32_t length, int32_t strip_markup, char *name, int32_t capacity,
                              int32_t *confidence, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  *confidence = 0;
  if (capacity > 0) name[0] = 0;
  UCharsetDetector *det = ucsdet_open(&err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  ucsdet_enableInputFilter(det, (UBool)(strip_markup ? 1 : 0));
  ucsdet_setText(det, bytes, length, &err);
  const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(det, &err) : NULL;
  int32_t found = 0;
  if (U_SUCCESS(err) && match != NULL) {
    const char *n = ucsdet_getName(match, &err);
    int32_t c = ucsdet_getConfidence(match, &err);
    if (U_SUCCESS(err) && n != NULL && (int32_t)strlen(n) < capacity) {
      strcpy(name, n);
      *confidence = c;
      found = 1;
    }
  }
  ucsdet_close(det);
  *status = U_FAILURE(err) ? (int32_t)err : 0;
  return found;
}

// A to-Unicode callback that writes U+FFFD for each illegal, unassigned or irregular sequence and counts
// them in the int32_t its context points to.
static void qx_replace_and_count(const void *context, UConverterToUnicodeArgs *args, const char *units,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode *err) {
  (void)units;
  (void)length;
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  int32_t *count = (int32_t *)context;
  if (count != NULL && *count < INT32_MAX) *count += 1;
  static const UChar replacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
}

char *qx_icu_convert_to_utf8(const char *charset, const char *bytes, int32_t length, int32_t *out_length,
                             int32_t *invalid_at, int32_t *status) {
  return qx_icu_convert_to_utf8_replacing(charset, bytes, length, out_length, invalid_at, NULL, status);
}

char *qx_icu_convert_to_utf8_replacing(const char *charset, const char *bytes, int32_t length, int32_t *out_length,
                                       int32_t *invalid_at, int32_t *replaced, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  *out_length = 0;
  *invalid_at = -1;
  if (replaced != NULL) *replaced = 0;
  UConverter *cnv = ucnv_open(charset, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return NULL;
  }
  if (replaced != NULL) {
    ucnv_setToUCallBack(cnv, qx_replace_and_count, replaced, NULL, NULL, &err);
  } else {
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
  }
  int64_t units_cap = (int64_t)length * 2 + 16;
  UChar *units = (UChar *)malloc((size_t)units_cap * sizeof(UChar));
  if (units == NULL || U_FAILURE(err)) {
    free(units);
    ucnv_close(cnv);
    *status = U_FAILURE(err) ? (int32_t)err : (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  UChar *target = units;
  const char *source = bytes;
  ucnv_toUnicode(cnv, &target, units + units_cap, &source, bytes + length, NULL, (UBool)1, &err);
  if (U_FAILURE(err)) {
    char bad[32];
    int8_t bad_len = sizeof(bad);
    UErrorCode e2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv, bad, &bad_len, &e2);
    if (U_FAILURE(e2)) bad_len = 0;
    *invalid_at = (int32_t)(source - bytes) - bad_len;
    if (*invalid_at < 0) *invalid_at = 0;
    free(units);
    ucnv_close(cnv);
    *status = (int32_t)err;
    return NULL;
  }
  ucnv_close(cnv);
  int32_t n_units = (int32_t)(target - units);
  int64_t cap = (int64_t)n_units * 3 + 1;
  char *out = (char *)malloc((size_t)cap);
  if (out == NULL) {
    free(units);
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  int32_t written = 0;
  u_strToUTF8(out, (int32_t)cap, &written, units, n_units, &err);
  free(units);
  if (U_FAILURE(err)) {
    free(out);
    *status = (int32_t)err;
    return NULL;
  }
  *out_length = written;
  *status = 0;
  return out;
}

void qx_icu_free(void *p) { free(p); }
