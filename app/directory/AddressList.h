// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace UserAdmin {

/// The email addresses in pasted text: one address a line, or any text (an incident report, a mail header) with
/// addresses in it. A pure function of its input, for the find-many dialog, `--find` and the fuzzers.
class AddressList
{
public:
    /// Each address once (ignoring case), in the order of first appearance. At most `maxAddresses`.
    static QStringList extract(const QString& text, int maxAddresses = 100000);
};

} // namespace UserAdmin
