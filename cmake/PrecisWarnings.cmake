# One place for the warnings every target of the project builds with.
function(precis_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
            $<$<COMPILE_LANGUAGE:C>:-Wall -Wextra -Wpedantic>)
    endif()
endfunction()
