# SPDX-License-Identifier: MIT
# Script mode: fails when a .ts file has unfinished translations. -DLRELEASE=... -DTS_FILES=a.ts;b.ts
foreach(ts IN LISTS TS_FILES)
    execute_process(COMMAND ${LRELEASE} ${ts} -qm ${CMAKE_CURRENT_BINARY_DIR}/check.qm
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    string(REGEX MATCH "([0-9]+) unfinished" unfinished "${out}")
    if(NOT rc EQUAL 0 OR NOT CMAKE_MATCH_1 STREQUAL "0")
        message(FATAL_ERROR "${ts}: ${out}${err}")
    endif()
    message(STATUS "${ts}: complete")
endforeach()
