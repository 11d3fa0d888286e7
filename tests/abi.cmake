# The C ABI, tested from the host side.
add_executable(abi_c_host ${CMAKE_CURRENT_SOURCE_DIR}/abi/c_host.c)
target_link_libraries(abi_c_host PRIVATE precis::sdk ${CMAKE_DL_LIBS})
set_target_properties(abi_c_host PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_compile_options(abi_c_host PRIVATE -Wall -Wextra -Wpedantic -Werror)
add_test(NAME abi_c_host COMMAND abi_c_host $<TARGET_FILE:precis> ${PROJECT_SOURCE_DIR}/data/sample.txt)

add_executable(abi_header_c11 ${CMAKE_CURRENT_SOURCE_DIR}/abi/header_c11.c)
target_link_libraries(abi_header_c11 PRIVATE precis::sdk precis)
set_target_properties(abi_header_c11 PROPERTIES C_STANDARD 11 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
target_compile_options(abi_header_c11 PRIVATE -Wall -Wextra -Wpedantic -pedantic-errors -Werror)
add_test(NAME abi_header_c11 COMMAND abi_header_c11)

add_executable(abi_header_cxx17 ${CMAKE_CURRENT_SOURCE_DIR}/abi/header_cxx17.cpp)
target_link_libraries(abi_header_cxx17 PRIVATE precis::sdk precis)
set_target_properties(abi_header_cxx17 PROPERTIES CXX_STANDARD 17 CXX_EXTENSIONS OFF)
target_compile_options(abi_header_cxx17 PRIVATE -Wall -Wextra -Wpedantic -pedantic-errors -Werror)
add_test(NAME abi_header_cxx17 COMMAND abi_header_cxx17)

add_test(NAME abi_exports_only_precis
         COMMAND ${CMAKE_COMMAND} -DLIBRARY=$<TARGET_FILE:precis>
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/abi/check_exports.cmake)

precis_test(test_plugin SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_plugin.cpp
            LIBS precis precis::sdk nlohmann_json::nlohmann_json
            ARGS ${PROJECT_SOURCE_DIR}/data/sample.txt ${PROJECT_SOURCE_DIR}/rules/packs/fr-news)
