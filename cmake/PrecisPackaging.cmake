# Installation and packages. Only the SDK is a package for other projects: the header(s), the
# plugin libprecis.so (SONAME libprecis.so.0), a CMake package (find_package(precis) ->
# precis::precis) and precis.pc. CPack turns the same rules into three .deb packages:
#   runtime -> libprecis0       the shared library
#   dev     -> libprecis-dev    headers, the unversioned .so link, CMake and pkg-config files,
#                               the PHP class and its ffi.preload file
#   tools   -> precis-tools     the precis command (loads libprecis.so.0 at run time)
include(CMakePackageConfigHelpers)

set(precis_cmake_dir ${CMAKE_INSTALL_LIBDIR}/cmake/precis)

if(TARGET precis)
    # SOVERSION follows the C interface's compatibility promise (precis_abi_version only grows),
    # so it stays 0 until an incompatible change.
    set_target_properties(precis PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION 0)
    # Installed as precis::sdk (the header alone), beside precis::precis (header + library).
    set_target_properties(precis_sdk PROPERTIES EXPORT_NAME sdk)

    install(TARGETS precis precis_sdk EXPORT precis-targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
            COMPONENT runtime NAMELINK_COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(DIRECTORY ${PROJECT_SOURCE_DIR}/sdk/include/precis
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT dev FILES_MATCHING PATTERN "*.h*")
    install(EXPORT precis-targets NAMESPACE precis:: DESTINATION ${precis_cmake_dir}
        COMPONENT dev)

    configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/precis-config.cmake.in
        ${PROJECT_BINARY_DIR}/packaging/precis-config.cmake
        INSTALL_DESTINATION ${precis_cmake_dir})
    # The library keeps its C interface compatible within a major version.
    write_basic_package_version_file(${PROJECT_BINARY_DIR}/packaging/precis-config-version.cmake
        VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/precis-config.cmake
        ${PROJECT_BINARY_DIR}/packaging/precis-config-version.cmake
        DESTINATION ${precis_cmake_dir} COMPONENT dev)

    # pkg-config: paths relative to ${prefix} so that the tree can be moved (cmake --install
    # --prefix, DESTDIR) after configuration.
    file(RELATIVE_PATH precis_pc_to_prefix /root/${CMAKE_INSTALL_LIBDIR}/pkgconfig /root)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/precis.pc.in
        ${PROJECT_BINARY_DIR}/packaging/precis.pc @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/precis.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT dev)
endif()

# The PHP host: its class, the opcache.preload script and the ffi.preload file (see
# bindings/php/README.md), which loads the library by its SONAME.
include(PrecisPhpFfi)
precis_php_ffi_header(${PROJECT_BINARY_DIR}/packaging/precis.ffi.h libprecis.so.0)
install(FILES ${PROJECT_SOURCE_DIR}/bindings/php/preload.php
    ${PROJECT_BINARY_DIR}/packaging/precis.ffi.h
    DESTINATION ${CMAKE_INSTALL_DATADIR}/precis/php COMPONENT dev)
install(FILES ${PROJECT_SOURCE_DIR}/bindings/php/src/Engine.php
    DESTINATION ${CMAKE_INSTALL_DATADIR}/precis/php/src COMPONENT dev)

# The command-line host: its target is named precis_cli (the output name is precis).
foreach(cli_target precis_cli precis-cli)
    if(TARGET ${cli_target})
        install(TARGETS ${cli_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
    endif()
endforeach()

# ---- CPack: Debian packages, one per component ----
set(CPACK_PACKAGE_NAME precis)
set(CPACK_PACKAGE_VENDOR "precis")
set(CPACK_PACKAGE_CONTACT "precis maintainers <precis@localhost>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_GENERATOR DEB)
set(CPACK_COMPONENTS_ALL runtime dev tools)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
# dpkg-shlibdeps computes what the library and the command need (ICU, yaml-cpp, ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libprecis0)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
# English glosses for words the pack's lexicon lacks, and the English word list that cognate
# guesses are checked against: compiled into the library when the build machine has them (as
# hunspell-fr is), else read at run time when present.
# Hunspell itself is loaded only by engines that read a dictionary directory at run time.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "${PRECIS_HUNSPELL_PACKAGE}")
if(NOT PRECIS_FALLBACK_TABLES_BUILT)
    string(APPEND CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS ", dict-freedict-fra-eng, wamerican")
endif()
set(CPACK_DEBIAN_DEV_PACKAGE_NAME libprecis-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME precis-tools)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION text)

set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
    "precis shared library: French news to French and English headlines (C ABI)")
set(CPACK_COMPONENT_DEV_DESCRIPTION "precis SDK: C header, CMake package and pkg-config file")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
    "precis command: summarize, batch, eval, rules lint, parse, serve")
set(CPACK_COMPONENT_DEV_DEPENDS runtime)
# The command loads the library with dlopen, which dpkg-shlibdeps cannot see.
set(CPACK_COMPONENT_TOOLS_DEPENDS runtime)

include(CPack)
