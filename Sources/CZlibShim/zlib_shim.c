#include "CZlibShim.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

qx_z_result qx_z_gunzip(const uint8_t *input, size_t length, size_t max_output) {
  qx_z_result r = {NULL, 0, 0, NULL};
  if (length < 2 || input[0] != 0x1f || input[1] != 0x8b) {
    r.status = 1;
    return r;
  }
  z_stream s;
  memset(&s, 0, sizeof s);
  if (inflateInit2(&s, 15 + 16) != Z_OK) {
    r.status = 4;
    return r;
  }
  size_t capacity = length * 4 + 1024;
  if (capacity > max_output + 1) capacity = max_output + 1;
  r.data = (uint8_t *)malloc(capacity);
  if (r.data == NULL) {
    inflateEnd(&s);
    r.status = 4;
    return r;
  }
  size_t consumed = 0;
  for (;;) {
    size_t chunk_in = length - consumed;
    if (chunk_in > UINT32_MAX) chunk_in = UINT32_MAX;
    s.next_in = (Bytef *)(input + consumed);
    s.avail_in = (uInt)chunk_in;
    if (r.length == capacity) {
      if (capacity > max_output) {
        r.status = 5;
        break;
      }
      size_t grown = capacity * 2;
      if (grown > max_output + 1) grown = max_output + 1;
      uint8_t *bigger = (uint8_t *)realloc(r.data, grown);
      if (bigger == NULL) {
        r.status = 4;
        break;
      }
      r.data = bigger;
      capacity = grown;
    }
    size_t room = capacity - r.length;
    if (room > UINT32_MAX) room = UINT32_MAX;
    s.next_out = r.data + r.length;
    s.avail_out = (uInt)room;
    int rc = inflate(&s, Z_NO_FLUSH);
    size_t in_used = chunk_in - s.avail_in;
    consumed += in_used;
    r.length += room - s.avail_out;
    if (rc == Z_STREAM_END) {
      // Another gzip member may follow (concatenated .gz files).
      if (consumed < length && length - consumed >= 2 && input[consumed] == 0x1f && input[consumed + 1] == 0x8b) {
        inflateReset(&s);
        continue;
      }
      break;
    }
    if (rc == Z_DATA_ERROR || rc == Z_STREAM_ERROR || rc == Z_NEED_DICT) {
      r.status = 2;
      r.message = "corrupt deflate data";
      break;
    }
    // Input used up, room left for output, and no end of stream: the file was cut short.
    if ((rc == Z_OK || rc == Z_BUF_ERROR) && consumed >= length && s.avail_out != 0) {
      r.status = 3;
      break;
    }
    if (rc == Z_MEM_ERROR) {
      r.status = 4;
      break;
    }
    if (r.length > max_output) {
      r.status = 5;
      break;
    }
  }
  inflateEnd(&s);
  if (r.status != 0) {
    free(r.data);
    r.data = NULL;
    r.length = 0;
  }
  return r;
}

void qx_z_free(qx_z_result *r) {
  if (r == NULL) return;
  free(r->data);
  r->data = NULL;
  r->length = 0;
}
