// SPDX-License-Identifier: MIT
#pragma once

namespace UserAdmin {

/// Process-wide protections for a program that holds access tokens in memory.
class ProcessHardening
{
public:
    /// No core dump and no ptrace attach by other processes of the same user (Linux: PR_SET_DUMPABLE 0, as
    /// ssh-agent and gpg-agent do). True when it took effect, or on a platform where there is nothing to do.
    static bool disableCoreDumps();
    /// Whether the process may currently dump core (Linux: PR_GET_DUMPABLE); false elsewhere.
    static bool isDumpable();
};

} // namespace UserAdmin
