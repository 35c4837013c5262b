// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace UserAdmin {

/// The tables of a local copy (LocalDirectory): end-users, the trigram index kept by triggers, the pages a build
/// has read, and labels. Every statement can run again on an existing file.
class DirectorySchema
{
public:
    static QStringList statements();
};

} // namespace UserAdmin
