/* The library version, read by the build (CMakeLists.txt) so that the two cannot drift. */
#ifndef PRECIS_VERSION_H
#define PRECIS_VERSION_H
#define PRECIS_VERSION_MAJOR 0
#define PRECIS_VERSION_MINOR 1
#define PRECIS_VERSION_PATCH 0
#define PRECIS_ABI_VERSION 1
#endif
