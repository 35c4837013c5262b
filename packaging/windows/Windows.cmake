# SPDX-License-Identifier: MIT
# Windows installer (NSIS .exe and WiX .msi). NOT BUILT OR TESTED in this project's environment: see README.md.
# Included by packaging/CMakeLists.txt when WIN32. Build with MSVC and Qt 6.4 for MSVC:
#   cmake --preset release && cmake --build --preset release && cd build/release && cpack -G NSIS (or -G WIX)
set_target_properties(sso-user-admin PROPERTIES WIN32_EXECUTABLE ON)

install(TARGETS sso-user-admin RUNTIME DESTINATION bin)
# QtKeychain is not a Qt module: windeployqt does not copy it.
install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain RUNTIME DESTINATION bin)
# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...), so the laptop needs no redistributable installed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# windeployqt step: copies the Qt DLLs, the plugins the program loads (platforms/qwindows, styles/qwindowsvistastyle,
# tls/qschannelbackend and qopensslbackend, iconengines/qsvgicon, imageformats/qsvg) and Qt's translations next to
# the executable, at install time (so also into CPack's staging folder).
find_program(USERADMIN_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    execute_process(
        COMMAND \"${USERADMIN_WINDEPLOYQT}\" --release --verbose 1
                --no-quick-import --no-opengl-sw --no-system-d3d-compiler --no-compiler-runtime
                --translations de,fr
                \"\${CMAKE_INSTALL_PREFIX}/bin/sso-user-admin.exe\"
        COMMAND_ERROR_IS_FATAL ANY)
")

install(FILES ${USERADMIN_ICON} DESTINATION share/icons)

set(CPACK_GENERATOR NSIS WIX)
set(CPACK_PACKAGE_FILE_NAME sso-user-admin-${PROJECT_VERSION}-windows-x64)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SSO User Admin")
set(CPACK_PACKAGE_EXECUTABLES sso-user-admin "SSO User Admin") # Start menu shortcut
set(CPACK_CREATE_DESKTOP_LINKS sso-user-admin)

# NSIS
set(CPACK_NSIS_DISPLAY_NAME "SSO User Admin")
set(CPACK_NSIS_PACKAGE_NAME "SSO User Admin")
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/sso-user-admin.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")

# WiX: the upgrade GUID identifies the product across versions; it must never change.
set(CPACK_WIX_UPGRADE_GUID 4897ddf1-0ab0-4943-9140-2e973caa09bb)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "SSO User Admin")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

# Windows wants an .ico; convert resources/icons/sso-user-admin.svg (16..256 px) into this file to use it.
set(ico ${PROJECT_SOURCE_DIR}/resources/icons/sso-user-admin.ico)
if(EXISTS ${ico})
    set(CPACK_NSIS_MUI_ICON ${ico})
    set(CPACK_NSIS_MUI_UNIICON ${ico})
    set(CPACK_WIX_PRODUCT_ICON ${ico})
endif()
