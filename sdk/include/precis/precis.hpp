// C++ hosts include this file: it gives the C interface C linkage. precis.h itself holds no
// extern "C" block because foreign-function parsers (PHP FFI::cdef) read it as plain C.
#ifndef PRECIS_PRECIS_HPP
#define PRECIS_PRECIS_HPP
extern "C" {
#include "precis.h"
}
#endif
