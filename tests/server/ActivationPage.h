// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace UserAdmin::DevServer {

/// The small HTML page at the device flow's verification_uri: a person types the user code and picks the
/// seeded member who approves it (there is no real identity provider here).
class ActivationPage
{
public:
    static QString form(const QStringList& memberEmails, const QString& userCode, const QString& message, bool isError);
    static QString approved(const QString& userCode, const QString& email);
};

} // namespace UserAdmin::DevServer
