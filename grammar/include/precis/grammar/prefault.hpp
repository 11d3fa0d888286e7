// Memory a load or a thread is about to fill whole, made present at once: the whole pages of
// a block just allocated, populated by one call (MADV_POPULATE_WRITE, Linux 5.14), where
// writing them took a page fault a page (several microseconds each on a virtual machine). Pages
// already present, as those of a heap that a reload reuses, cost a walk of their tables; a
// kernel without the call leaves them to fault as they are written.
#pragma once

#include <cstddef>
#include <vector>

namespace precis::grammar {

void prefault(void* block, std::size_t bytes);

// prefault() of the room `v` has beyond its items (reserved, to be written next).
template <typename T>
void prefault_room(std::vector<T>& v) {
    prefault(v.data() + v.size(), (v.capacity() - v.size()) * sizeof(T));
}

}  // namespace precis::grammar
