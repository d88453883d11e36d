#ifndef PURSER_PREFETCH_H
#define PURSER_PREFETCH_H

/// Asks the CPU to start loading the cache line at `address` for a coming write, without waiting
/// for it (`__builtin_prefetch`: Swift has no prefetch of its own, and clang's `_mm_prefetch` is a
/// macro Swift cannot import). A hint only: any address is allowed, nothing is read or faulted.
static inline void purser_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

#endif
