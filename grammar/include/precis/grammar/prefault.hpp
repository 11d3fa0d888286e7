// Memory a load or a thread is about to fill whole, made present at once: the whole pages of
// a block just allocated, populated by one call (MADV_POPULATE_WRITE, Linux 5.14), where
// writing them took a page fault a page (several microseconds each on a virtual machine). Pages
// already present, as those of a heap that a reload reuses, cost a walk of their tables; a
// kernel without the call leaves them to fault as they are written.
#pragma once

#include <cstddef>

namespace precis::grammar {

void prefault(void* block, std::size_t bytes);

}  // namespace precis::grammar
