// SPDX-License-Identifier: MIT
#pragma once

#include "startup/StartOptions.h"

#include <QString>

namespace UserAdmin {

/// `sso-user-admin --server URL --org SLUG --export FILE [--search TEXT] [--service SLUG]` and `... --find FILE`,
/// without a window: brings the local copy of the organization's end-user list up to date (progress on standard
/// error), then writes the matching end-users as CSV to FILE, or looks up the addresses in FILE and prints the
/// result as CSV on standard output. Uses SSO_USER_ADMIN_TOKEN. Exit code 0 on success; 1 when the server or the
/// copy failed; 2 for a command line that cannot work; the reason on standard error.
class DirectoryCommand
{
public:
    struct Request
    {
        StartOptions options;
        QString exportPath;
        QString findPath;
        QString search;
        QString serviceSlug;
    };
    static int run(const Request& request);
};

} // namespace UserAdmin
