// CICUShim: the project's narrow seam onto ICU.
// Only stdint/stddef types cross it: Foundation on Linux carries its own ICU module, and importing
// ICU's headers into Swift fails with "UErrorCode has different definitions".
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Break iterator kinds understood by qx_icu_breaks.
enum {
  QX_ICU_BREAK_WORD = 1,
  QX_ICU_BREAK_SENTENCE = 3,
};

/// Writes the boundaries (UTF-16 offsets, first 0, last `length`) of `text` into `boundaries`, and for word
/// breaks the rule status of the segment that ends at each boundary into `statuses` (may be NULL).
/// Returns the number of boundaries written, or -1 on error with `*status` set to ICU's code. If `capacity`
/// is too small the return value is the needed count and nothing past `capacity` is written.
int32_t qx_icu_breaks(int32_t kind, const char *locale, const uint16_t *text, int32_t length,
                      int32_t *boundaries, int32_t *statuses, int32_t capacity, int32_t *status);

/// An opened ICU transliterator; opaque to callers. Not safe for concurrent use: clone per thread.
typedef struct qx_icu_translit qx_icu_translit;

/// Opens the transliterator with the given ICU id (for example "Traditional-Simplified").
qx_icu_translit *qx_icu_translit_open(const char *ident, int32_t *status);
/// Opens an independent copy of `t`, for use on another thread.
qx_icu_translit *qx_icu_translit_clone(const qx_icu_translit *t, int32_t *status);
void qx_icu_translit_close(qx_icu_translit *t);
/// Transliterates `buffer[0..<*length]` in place. Returns the needed length; if it exceeds `capacity`,
/// `*status` is set to a buffer-overflow error and the caller retries with a larger buffer.
int32_t qx_icu_translit_run(const qx_icu_translit *t, uint16_t *buffer, int32_t length, int32_t capacity,
                            int32_t *status);

/// Guesses the charset of `bytes` with ICU's detector (`strip_markup` nonzero skips <…> markup first).
/// Writes the ICU charset name ("GB18030", "UTF-16LE", "Big5"…) into `name` and its confidence (0–100)
/// into `*confidence`; returns 1 when a charset was found, 0 otherwise (`*status` then may hold an error).
int32_t qx_icu_detect_charset(const char *bytes, int32_t length, int32_t strip_markup, char *name, int32_t capacity,
                              int32_t *confidence, int32_t *status);

/// Converts `bytes` in `charset` (any ICU converter name or alias) to UTF-8, stopping at the first byte
/// sequence that is not valid in it. Returns a malloc'd buffer (free with qx_icu_free) and its length in
/// `*out_length`; on failure returns NULL with `*status` set and, for invalid input, `*invalid_at` the byte
/// offset of the offending sequence (else -1).
char *qx_icu_convert_to_utf8(const char *charset, const char *bytes, int32_t length, int32_t *out_length,
                             int32_t *invalid_at, int32_t *status);
/// The same, but every sequence not valid in `charset` becomes U+FFFD and is counted in `*replaced`
/// (when `replaced` is NULL, stops at the first one as `qx_icu_convert_to_utf8` does).
char *qx_icu_convert_to_utf8_replacing(const char *charset, const char *bytes, int32_t length, int32_t *out_length,
                                       int32_t *invalid_at, int32_t *replaced, int32_t *status);
void qx_icu_free(void *p);

/// The symbolic name of an ICU error code ("U_ILLEGAL_ARGUMENT_ERROR"); static storage.
const char *qx_icu_error_name(int32_t status);
/// Nonzero if `status` is an ICU failure (warnings are not failures).
int32_t qx_icu_failed(int32_t status);
/// The ICU version string, for diagnostics ("72.1").
void qx_icu_version(char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
