// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace UserAdmin::DevServer {

/// What the activity seeder needs to know of a fixed end-user after it was inserted.
struct SeededEndUser
{
    struct Service
    {
        qint64 rid = 0;
        qint64 orgRid = 0;
    };

    qint64 rid = 0;
    QList<Service> services;
    QStringList providers; // of the identities, then "password" for a password account
    std::optional<QString> lastLoginAt;
    int loginSeries = 0;
};

} // namespace UserAdmin::DevServer
