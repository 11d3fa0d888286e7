/* The header compiles as strict C11 and links against the library. */
#include "precis/precis.h"
#include "precis/precis.h" /* twice: the header is idempotent */

int main(void) { return precis_abi_version() >= 1 ? 0 : 1; }
