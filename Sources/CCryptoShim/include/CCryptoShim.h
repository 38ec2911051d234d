// CCryptoShim: the project's narrow seam onto the system's libcrypto (OpenSSL), for content hashes.
#ifndef CCRYPTOSHIM_H
#define CCRYPTOSHIM_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// SHA-256 of `length` bytes at `input` into `out` (32 bytes). Returns 0 on success, 1 if libcrypto
/// failed (out of memory).
int32_t qx_sha256(const uint8_t *input, size_t length, uint8_t out[32]);

#ifdef __cplusplus
}
#endif

#endif
