#include "CCryptoShim.h"

#include <openssl/evp.h>

int32_t qx_sha256(const uint8_t *input, size_t length, uint8_t out[32]) {
  static const uint8_t empty = 0;
  unsigned int size = 0;
  if (input == NULL) input = &empty;
  if (EVP_Digest(input, length, out, &size, EVP_sha256(), NULL) != 1 || size != 32) return 1;
  return 0;
}
