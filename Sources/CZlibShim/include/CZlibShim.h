// CZlibShim: the project's narrow seam onto zlib, for gzip input.
#ifndef CZLIBSHIM_H
#define CZLIBSHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Result of qx_z_gunzip; free `data` with qx_z_free.
typedef struct {
  uint8_t *data;
  size_t length;
  /// 0 ok; 1 not gzip data; 2 corrupt data; 3 truncated stream; 4 out of memory; 5 output over the limit
  int32_t status;
  /// zlib's own message for status 2, or NULL (static storage)
  const char *message;
} qx_z_result;

/// Decompresses a whole gzip file (all members, as `gzip -d` does). Output beyond `max_output` bytes stops
/// the decompression with status 5, so a decompression bomb cannot exhaust memory.
qx_z_result qx_z_gunzip(const uint8_t *input, size_t length, size_t max_output);
void qx_z_free(qx_z_result *r);

#ifdef __cplusplus
}
#endif

#endif
