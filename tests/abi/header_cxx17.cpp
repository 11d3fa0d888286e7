// The header compiles as strict C++17 (through precis.hpp, which gives it C linkage).
#include "precis/precis.hpp"

#include <cstring>

int main() {
    return precis_abi_version() >= 1 && std::strchr(precis_version(), '.') != nullptr ? 0 : 1;
}
