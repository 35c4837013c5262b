# SPDX-License-Identifier: MIT
# Records the git revision of the source tree in a generated header, refreshed on every build.
set(USERADMIN_GENERATED_DIR ${CMAKE_BINARY_DIR}/generated)
add_custom_target(useradmin_git_revision
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DOUTPUT=${USERADMIN_GENERATED_DIR}/GitRevision.h
            -P ${CMAKE_SOURCE_DIR}/cmake/WriteGitRevision.cmake
    BYPRODUCTS ${USERADMIN_GENERATED_DIR}/GitRevision.h
    COMMENT "Recording git revision"
    VERBATIM)
