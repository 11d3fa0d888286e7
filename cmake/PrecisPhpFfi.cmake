# precis_php_ffi_header(OUTPUT LIBRARY): writes the file PHP's ffi.preload reads: precis.h behind
# the two lines FFI::load wants (FFI_SCOPE "precis", FFI_LIB LIBRARY). LIBRARY may be a
# generator expression. precis.h itself stays one plain header shared by every host.
function(precis_php_ffi_header output library)
    set(header ${PROJECT_SOURCE_DIR}/sdk/include/precis/precis.h)
    file(READ ${header} declarations)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${header})
    file(GENERATE OUTPUT ${output}
         CONTENT "#define FFI_SCOPE \"precis\"\n#define FFI_LIB \"${library}\"\n${declarations}")
endfunction()
