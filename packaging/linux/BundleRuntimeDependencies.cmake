# SPDX-License-Identifier: MIT
# Install-time script of the self-contained bundle (USERADMIN_BUNDLE=ON): copies the Qt plugins the program
# loads, the libraries that the program, the plugins and the dlopened libraries need (found with
# file(GET_RUNTIME_DEPENDENCIES)), Qt's own translations, and writes SYSTEM-LIBRARIES.txt: what the bundle
# expects from the system. Qt 6.4 has no deploy script for Linux; this is its replacement.
#
# Set by packaging/CMakeLists.txt before this runs: USERADMIN_EXECUTABLE, USERADMIN_QT_PLUGIN_DIR,
# USERADMIN_QT_TRANSLATION_DIR, USERADMIN_QT_LIB_DIR, USERADMIN_PLUGINS, USERADMIN_DLOPENED, USERADMIN_OBJDUMP.

cmake_policy(VERSION 3.25) # install scripts start with old policies; IN_LIST etc. need new ones

set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")

# Left to the system, on purpose. Every desktop Linux has them, and a bundled copy would do harm: the C and C++
# runtimes must match what the system's graphics drivers load into the same process; libGL/EGL (glvnd), libdrm,
# libX11 and libxcb with its protocol extensions are the driver's and the X server's side; fontconfig, freetype and
# harfbuzz read the system's font configuration; glib and D-Bus talk to the session's services. GTK is needed only
# by the optional gtk3 platform theme. Everything else (Qt, QtKeychain, ICU, OpenSSL, xcb-util, xkbcommon, ...) is
# bundled. packaging/README.md lists the system requirement that follows.
set(system_library_regexes
    "^ld-linux" "^libc\\.so" "^libm\\.so" "^libdl\\.so" "^libpthread\\.so" "^librt\\.so" "^libresolv\\.so"
    "^libutil\\.so" "^libanl\\.so" "^libmvec\\.so" "^libcrypt\\.so"
    "^libstdc\\+\\+\\.so" "^libgcc_s\\.so"
    "^libGL\\.so" "^libGLX" "^libEGL" "^libOpenGL" "^libGLdispatch" "^libGLES" "^libdrm\\.so" "^libgbm\\.so"
    "^libvulkan\\.so"
    "^libX11" "^libXau\\.so" "^libXdmcp\\.so" "^libXext\\.so" "^libXrender\\.so" "^libXi\\.so" "^libXfixes\\.so"
    "^libXcursor\\.so" "^libXrandr\\.so" "^libXinerama\\.so" "^libXcomposite\\.so" "^libXdamage\\.so"
    "^libxcb\\.so"
    "^libxcb-(composite|damage|dbe|dpms|dri2|dri3|glx|present|randr|record|render|res|screensaver)\\.so"
    "^libxcb-(shape|shm|sync|xf86dri|xfixes|xinerama|xinput|xkb|xtest|xv|xvmc)\\.so"
    "^libfontconfig\\.so" "^libfreetype\\.so" "^libharfbuzz"
    "^libglib-2\\.0" "^libgobject-2\\.0" "^libgio-2\\.0" "^libgmodule-2\\.0" "^libgthread-2\\.0"
    "^libdbus-1\\.so" "^libsystemd\\.so" "^libudev\\.so"
    "^libz\\.so" "^libzstd\\.so" "^liblzma\\.so" "^libbz2\\.so" "^liblz4\\.so"
    "^libselinux\\.so" "^libmount\\.so" "^libblkid\\.so" "^libuuid\\.so" "^libpcre2-8\\.so" "^libffi\\.so"
    "^libgcrypt\\.so" "^libgpg-error\\.so" "^libcap\\.so" "^libexpat\\.so" "^libbsd\\.so" "^libmd\\.so"
    "^libgtk-3\\.so" "^libgdk-3\\.so" "^libgdk_pixbuf" "^libpango" "^libcairo" "^libatk" "^libepoxy\\.so"
    "^libwayland-")

# --- plugins ---------------------------------------------------------------------------------------------------------
set(modules "")
foreach(entry IN LISTS USERADMIN_PLUGINS)
    set(optional FALSE)
    if(entry MATCHES "^optional:(.*)$")
        set(optional TRUE)
        set(entry "${CMAKE_MATCH_1}")
    endif()
    set(source "${USERADMIN_QT_PLUGIN_DIR}/${entry}")
    if(NOT EXISTS "${source}")
        if(optional)
            message(STATUS "Bundle: optional plugin ${entry} not installed on this machine, skipped")
            continue()
        endif()
        message(FATAL_ERROR "Bundle: Qt plugin ${source} is missing (run scripts/install-packaging-deps)")
    endif()
    get_filename_component(subdir "${entry}" DIRECTORY)
    file(INSTALL "${source}" DESTINATION "${prefix}/plugins/${subdir}")
    list(APPEND modules "${source}")
endforeach()

# --- libraries loaded with dlopen ------------------------------------------------------------------------------------
set(dlopened "")
foreach(soname IN LISTS USERADMIN_DLOPENED)
    find_file(path_${soname} NAMES ${soname} PATHS "${USERADMIN_QT_LIB_DIR}" /usr/lib/x86_64-linux-gnu /usr/lib64
              /usr/lib NO_DEFAULT_PATH NO_CACHE)
    if(path_${soname})
        list(APPEND dlopened "${path_${soname}}")
    else()
        message(WARNING "Bundle: ${soname} not found, not bundled")
    endif()
endforeach()

# --- dependency closure ----------------------------------------------------------------------------------------------
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${USERADMIN_EXECUTABLE}"
    MODULES ${modules}
    LIBRARIES ${dlopened}
    DIRECTORIES "${USERADMIN_QT_LIB_DIR}"
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    CONFLICTING_DEPENDENCIES_PREFIX conflicting
    PRE_EXCLUDE_REGEXES ${system_library_regexes})
if(unresolved)
    message(FATAL_ERROR "Bundle: unresolved libraries: ${unresolved}")
endif()
# With merged /usr, one library can be found both under /lib and /usr/lib; any of the paths is the same file.
foreach(name IN LISTS conflicting_FILENAMES)
    list(GET conflicting_${name} 0 first)
    list(APPEND resolved "${first}")
endforeach()

# Each library is copied once, as a regular file named by the name the loader asks for (its soname).
set(bundled_names "")
foreach(library IN LISTS resolved dlopened)
    get_filename_component(name "${library}" NAME)
    if(name IN_LIST bundled_names)
        continue()
    endif()
    list(APPEND bundled_names "${name}")
    file(REAL_PATH "${library}" real)
    file(MAKE_DIRECTORY "${prefix}/lib")
    file(COPY_FILE "${real}" "${prefix}/lib/${name}" ONLY_IF_DIFFERENT)
    file(CHMOD "${prefix}/lib/${name}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
endforeach()
list(SORT bundled_names)
list(LENGTH bundled_names count)
message(STATUS "Bundle: ${count} libraries copied to ${prefix}/lib")

# --- Qt's own translations (Qt's dialogs and messages) ----------------------------------------------------------------
file(GLOB qt_translations "${USERADMIN_QT_TRANSLATION_DIR}/qtbase_*.qm")
if(qt_translations)
    file(INSTALL ${qt_translations} DESTINATION "${prefix}/translations")
endif()

# --- what the bundle expects from the system -------------------------------------------------------------------------
# The NEEDED entries of every ELF file in the bundle that the bundle does not provide itself.
file(GLOB_RECURSE elf_files "${prefix}/bin/sso-user-admin" "${prefix}/lib/*.so*" "${prefix}/plugins/*.so")
set(system_needed "")
set(optional_needed "")
foreach(elf IN LISTS elf_files)
    execute_process(COMMAND "${USERADMIN_OBJDUMP}" -p "${elf}" OUTPUT_VARIABLE dump RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Bundle: objdump failed on ${elf}")
    endif()
    string(REGEX MATCHALL "NEEDED +[^\n]+" needed_lines "${dump}")
    foreach(line IN LISTS needed_lines)
        string(REGEX REPLACE "NEEDED +" "" soname "${line}")
        string(STRIP "${soname}" soname)
        if(soname IN_LIST bundled_names)
            continue()
        endif()
        if(elf MATCHES "/platformthemes/libqgtk3\\.so$")
            list(APPEND optional_needed "${soname}")
        else()
            list(APPEND system_needed "${soname}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES system_needed)
list(SORT system_needed)
list(REMOVE_DUPLICATES optional_needed)
list(REMOVE_ITEM optional_needed ${system_needed})
list(SORT optional_needed)
string(REPLACE ";" "\n" system_text "${system_needed}")
string(REPLACE ";" "\n" optional_text "${optional_needed}")
string(REPLACE ";" "\n" bundled_text "${bundled_names}")
set(optional_lines "")
foreach(soname IN LISTS optional_needed)
    string(APPEND optional_lines "optional: ${soname}\n")
endforeach()
file(WRITE "${prefix}/SYSTEM-LIBRARIES.txt"
    "# Libraries this bundle takes from the system: every desktop Linux has them (glibc 2.36 or newer).\n"
    "${system_text}\n"
    "# Needed only by the optional GTK platform theme (plugins/platformthemes/libqgtk3.so); where they are\n"
    "# missing, Qt skips that plugin.\n"
    "${optional_lines}")
file(WRITE "${prefix}/BUNDLED-LIBRARIES.txt" "${bundled_text}\n")
