#include "precis/grammar/prefault.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace precis::grammar {

void prefault(void* block, std::size_t bytes) {
#ifdef MADV_POPULATE_WRITE
    static const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    const std::uintptr_t from = (start + page - 1) & ~(page - 1);
    const std::uintptr_t to = (start + bytes) & ~(page - 1);
    // (Only the block's own whole pages: the ones it shares are the heap's neighbours'.)
    if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
#else
    (void)block;
    (void)bytes;
#endif
}

}  // namespace precis::grammar
