#include "CZlibShim.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

enum { AWAIT_FIRST = 0, IN_MEMBER = 1, BETWEEN = 2, TRAILING = 3 };

struct qx_z_inflater {
  z_stream s;
  int state;
  /// A 0x1f read at the end of one input chunk; the member starts if the next byte is 0x8b.
  int pending_magic;
  int32_t status;
  size_t total_out;
  size_t max_output;
  const char *message;
};

qx_z_inflater *qx_z_inflater_new(size_t max_output) {
  qx_z_inflater *z = (qx_z_inflater *)calloc(1, sizeof *z);
  if (z == NULL) return NULL;
  if (inflateInit2(&z->s, 15 + 16) != Z_OK) {
    free(z);
    return NULL;
  }
  z->max_output = max_output;
  return z;
}

/// Feeds zlib from `in` into `output`; updates the counters; returns a status.
static int32_t run(qx_z_inflater *z, const uint8_t *in, size_t avail, size_t *used, uint8_t *output, size_t capacity,
                   size_t *produced) {
  size_t chunk_in = avail > UINT32_MAX ? UINT32_MAX : avail;
  size_t room = capacity - *produced;
  if (room > UINT32_MAX) room = UINT32_MAX;
  z->s.next_in = (Bytef *)in;
  z->s.avail_in = (uInt)chunk_in;
  z->s.next_out = output + *produced;
  z->s.avail_out = (uInt)room;
  int rc = inflate(&z->s, Z_NO_FLUSH);
  *used = chunk_in - z->s.avail_in;
  size_t out = room - z->s.avail_out;
  *produced += out;
  z->total_out += out;
  if (z->total_out > z->max_output) return 5;
  if (rc == Z_STREAM_END) {
    z->state = BETWEEN;
    return 0;
  }
  if (rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR || rc == Z_NEED_DICT) {
    z->message = "corrupt deflate data";
    return 2;
  }
  if (rc == Z_MEM_ERROR) return 4;
  return 0;
}

int32_t qx_z_inflate(qx_z_inflater *z, const uint8_t *input, size_t length, size_t *consumed, uint8_t *output,
                     size_t capacity, size_t *produced) {
  *consumed = 0;
  *produced = 0;
  if (z->status != 0) return z->status;
  for (;;) {
    if (z->state == TRAILING) {
      *consumed = length;
      return 0;
    }
    if (z->state == AWAIT_FIRST || z->state == BETWEEN) {
      // A member starts with the magic 1f 8b; anything else is not gzip (first member) or ignored (after one).
      if (*consumed == length) return 0;
      int magic_ok;
      if (z->pending_magic) {
        magic_ok = input[*consumed] == 0x8b;
      } else if (input[*consumed] != 0x1f) {
        magic_ok = 0;
      } else if (length - *consumed == 1) {
        z->pending_magic = 1;
        *consumed += 1;
        return 0;
      } else {
        magic_ok = input[*consumed + 1] == 0x8b;
      }
      if (!magic_ok) {
        if (z->state == AWAIT_FIRST) return z->status = 1;
        z->state = TRAILING;
        continue;
      }
      if (z->state == BETWEEN) inflateReset(&z->s);
      z->state = IN_MEMBER;
      if (z->pending_magic) {
        // Give zlib the 0x1f that came at the end of the previous chunk.
        static const uint8_t first = 0x1f;
        size_t used = 0;
        z->pending_magic = 0;
        int32_t st = run(z, &first, 1, &used, output, capacity, produced);
        if (st != 0) return z->status = st;
      }
    }
    size_t used = 0;
    size_t before = *produced;
    int32_t st = run(z, input + *consumed, length - *consumed, &used, output, capacity, produced);
    *consumed += used;
    if (st != 0) return z->status = st;
    if (z->state == BETWEEN) continue;
    // Output full, or input used up (and zlib holds nothing more for this room): the caller goes on.
    if (*produced == capacity || *consumed == length) return 0;
    if (used == 0 && *produced == before) return 0;
  }
}

int32_t qx_z_inflate_finish(qx_z_inflater *z) {
  if (z->status != 0) return z->status;
  switch (z->state) {
  case AWAIT_FIRST: return z->status = 1;
  case IN_MEMBER: return z->status = 3;
  default: return 0;
  }
}

const char *qx_z_inflater_message(const qx_z_inflater *z) { return z->message; }

void qx_z_inflater_free(qx_z_inflater *z) {
  if (z == NULL) return;
  inflateEnd(&z->s);
  free(z);
}

struct qx_z_deflater {
  z_stream s;
};

qx_z_deflater *qx_z_deflater_new(int32_t level) {
  qx_z_deflater *z = (qx_z_deflater *)calloc(1, sizeof *z);
  if (z == NULL) return NULL;
  if (deflateInit2(&z->s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    free(z);
    return NULL;
  }
  return z;
}

int32_t qx_z_deflate(qx_z_deflater *z, const uint8_t *input, size_t length, size_t *consumed, int32_t finish,
                     uint8_t *output, size_t capacity, size_t *produced, int32_t *done) {
  size_t chunk_in = length > UINT32_MAX ? UINT32_MAX : length;
  size_t room = capacity > UINT32_MAX ? UINT32_MAX : capacity;
  int last = finish && chunk_in == length;
  z->s.next_in = (Bytef *)input;
  z->s.avail_in = (uInt)chunk_in;
  z->s.next_out = output;
  z->s.avail_out = (uInt)room;
  int rc = deflate(&z->s, last ? Z_FINISH : Z_NO_FLUSH);
  *consumed = chunk_in - z->s.avail_in;
  *produced = room - z->s.avail_out;
  *done = rc == Z_STREAM_END;
  if (rc == Z_MEM_ERROR) return 4;
  if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) return 6;
  return 0;
}

void qx_z_deflater_free(qx_z_deflater *z) {
  if (z == NULL) return;
  deflateEnd(&z->s);
  free(z);
}
