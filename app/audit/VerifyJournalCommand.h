// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin {

/// `sso-user-admin --verify-journal [FILE] [--lang CODE]`: checks the audit journal's chain without a display
/// (QCoreApplication only) and prints the result sentence. Exit codes as AuditJournalCheck::exitCode(), and 2 for a
/// command line it does not understand.
class VerifyJournalCommand
{
public:
    /// True when the command line asks for it; main() then calls run() before any GUI exists.
    static bool isRequested(int argc, char* argv[]);
    static int run(int argc, char* argv[]);
};

} // namespace UserAdmin
