# SPDX-License-Identifier: MIT
# macOS disk image (.dmg with sso-user-admin.app). NOT BUILT OR TESTED in this project's environment: see
# README.md. Included by packaging/CMakeLists.txt when APPLE. Build with Qt 6.4 for macOS:
#   cmake --preset release && cmake --build --preset release && cd build/release && cpack -G DragNDrop
set_target_properties(sso-user-admin PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "SSO User Admin"
    MACOSX_BUNDLE_GUI_IDENTIFIER invalid.sso-user-admin.SsoUserAdmin
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright the SSO User Admin developers, MIT licence")

# macOS wants an .icns; make it from resources/icons/sso-user-admin.svg (iconutil) to use it.
set(icns ${PROJECT_SOURCE_DIR}/resources/icons/sso-user-admin.icns)
if(EXISTS ${icns})
    set_target_properties(sso-user-admin PROPERTIES MACOSX_BUNDLE_ICON_FILE sso-user-admin.icns)
    target_sources(sso-user-admin PRIVATE ${icns})
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

install(TARGETS sso-user-admin BUNDLE DESTINATION .)

# macdeployqt step: copies the Qt frameworks, QtKeychain and every other non-system library, and the plugins the
# program loads (platforms/libqcocoa, styles/libqmacstyle, tls/libqsecuretransportbackend and openssl, iconengines,
# imageformats) into the .app, and rewrites the install names. Signing: add -codesign=<identity> (and notarize
# the .dmg) before shipping; unsigned apps need right-click > Open on first start.
find_program(USERADMIN_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${USERADMIN_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/sso-user-admin.app\"
                -always-overwrite -verbose=1
        COMMAND_ERROR_IS_FATAL ANY)
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME sso-user-admin-${PROJECT_VERSION}-macos)
set(CPACK_DMG_VOLUME_NAME "SSO User Admin ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDBZ)
