// CZlibShim: the project's narrow seam onto zlib, for gzip input.
#ifndef CZLIBSHIM_H
#define CZLIBSHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Status codes of the inflater:
/// 0 ok; 1 not gzip data; 2 corrupt data; 3 truncated stream; 4 out of memory; 5 output over the limit.
typedef struct qx_z_inflater qx_z_inflater;

/// A streaming gzip decompressor that reads every member of a file (as `gzip -d` does) and ignores bytes
/// after the last member that do not start another one. Output beyond `max_output` bytes in total stops it
/// with status 5, so a decompression bomb cannot exhaust memory. NULL when out of memory.
qx_z_inflater *qx_z_inflater_new(size_t max_output);

/// Inflates from `input` (`length` bytes) into `output` (`capacity` bytes). Returns when the input is used
/// up or the output is full; `*consumed` and `*produced` say how much of each. Call again with the rest of
/// the input (or with no input) while the output comes back full. Returns a status; after a non-zero
/// status the inflater stays failed.
int32_t qx_z_inflate(qx_z_inflater *z, const uint8_t *input, size_t length, size_t *consumed,
                     uint8_t *output, size_t capacity, size_t *produced);

/// Ends the input: 0 if it stopped at the end of a member, 3 if inside one, 1 if no gzip data was seen.
int32_t qx_z_inflate_finish(qx_z_inflater *z);

/// zlib's message for a status 2, or NULL (static storage).
const char *qx_z_inflater_message(const qx_z_inflater *z);

void qx_z_inflater_free(qx_z_inflater *z);

/// A streaming gzip compressor (one member). Status codes: 0 ok; 4 out of memory; 6 internal zlib error.
typedef struct qx_z_deflater qx_z_deflater;

/// A compressor at `level` (0-9; -1 zlib's default). NULL when out of memory.
qx_z_deflater *qx_z_deflater_new(int32_t level);

/// Compresses from `input` (`length` bytes) into `output` (`capacity` bytes); with `finish` non-zero,
/// ends the member once all input is used. `*consumed` and `*produced` say how much of each was used.
/// Call again (with the rest of the input) while the output comes back full; after finishing, `*done`
/// is 1 when the whole member (with its trailer) has been produced.
int32_t qx_z_deflate(qx_z_deflater *z, const uint8_t *input, size_t length, size_t *consumed, int32_t finish,
                     uint8_t *output, size_t capacity, size_t *produced, int32_t *done);

void qx_z_deflater_free(qx_z_deflater *z);

#ifdef __cplusplus
}
#endif

#endif
