# Data made at build time by a tool of the project and carried read-only in a library.
#
# precis_build_data(TARGET lib NAME name TOOL tool SOURCES ... LIBS ... [DEPENDS file...]
#                   COMMENT text)
# builds TOOL (uninstrumented: sanitizers would only slow the build) from SOURCES, runs
# `TOOL OUT` to write ${CMAKE_CURRENT_BINARY_DIR}/NAME.bin, and puts the file in TARGET between
# the hidden symbols precis_NAME_begin and precis_NAME_end; TARGET's sources see PRECIS_<NAME>=1
# (NAME in capitals).
function(precis_build_data)
    cmake_parse_arguments(D "" "TARGET;NAME;TOOL;COMMENT" "SOURCES;LIBS;DEPENDS" ${ARGN})
    add_executable(${D_TOOL} ${D_SOURCES})
    target_include_directories(${D_TOOL} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/include
                                                 ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(${D_TOOL} PRIVATE ${D_LIBS})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${D_TOOL} PRIVATE -fno-sanitize=all)
        target_link_options(${D_TOOL} PRIVATE -fno-sanitize=all)
    endif()
    precis_warnings(${D_TOOL})
    set(data ${CMAKE_CURRENT_BINARY_DIR}/${D_NAME}.bin)
    add_custom_command(OUTPUT ${data}
        COMMAND ${D_TOOL} ${data}
        DEPENDS ${D_TOOL} ${D_DEPENDS}
        COMMENT "${D_COMMENT}"
        VERBATIM)
    set(PRECIS_DATA_NAME ${D_NAME})
    set(PRECIS_DATA_FILE ${data})
    configure_file(${PROJECT_SOURCE_DIR}/cmake/build_data.S.in
                   ${CMAKE_CURRENT_BINARY_DIR}/${D_NAME}.S @ONLY)
    target_sources(${D_TARGET} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${D_NAME}.S)
    set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${D_NAME}.S
                                PROPERTIES OBJECT_DEPENDS ${data})
    string(TOUPPER ${D_NAME} upper)
    target_compile_definitions(${D_TARGET} PRIVATE PRECIS_${upper}=1)
endfunction()
