// SPDX-License-Identifier: MIT
#include "directory/DirectoryExport.h"

#include "directory/LocalDirectory.h"
#include "format/CsvWriter.h"

namespace UserAdmin {

namespace {
constexpr qint64 ProgressEvery = 5000;

QString isoTime(const std::optional<QDateTime>& time)
{
    return time && time->isValid() ? time->toUTC().toString(Qt::ISODate) : QString();
}

QStringList providers(const EndUserSummary& user)
{
    QStringList names;
    for (const LinkedIdentity& identity : user.identities) {
        if (!names.contains(identity.provider))
            names.append(identity.provider);
    }
    return names;
}
} // namespace

QStringList DirectoryExport::header()
{
    return {QStringLiteral("id"),
            QStringLiteral("email"),
            QStringLiteral("created_at"),
            QStringLiteral("last_login_at"),
            QStringLiteral("mfa_enabled"),
            QStringLiteral("services"),
            QStringLiteral("identity_providers")};
}

QStringList DirectoryExport::fields(const EndUserSummary& user)
{
    const QString mfa =
        user.mfaEnabled ? (*user.mfaEnabled ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    return {user.id,
            user.email,
            isoTime(user.createdAt),
            isoTime(user.lastLoginAt),
            mfa,
            user.services.join(QLatin1Char(' ')),
            providers(user).join(QLatin1Char(' '))};
}

DirectoryExport::Result DirectoryExport::writeCsv(LocalDirectory& directory,
                                                  const DirectoryQuery& query,
                                                  QIODevice* device,
                                                  const Progress& progress)
{
    Result result;
    CsvWriter writer(device);
    if (!writer.writeRow(header())) {
        result.error = writer.errorString();
        return result;
    }
    bool writeFailed = false;
    const bool read = directory.forEach(query, [&](const EndUserSummary& user) {
        if (!writer.writeRow(fields(user))) {
            writeFailed = true;
            return false;
        }
        ++result.rows;
        if (progress && result.rows % ProgressEvery == 0 && !progress(result.rows)) {
            result.cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        result.error = directory.lastError();
    else if (writeFailed)
        result.error = writer.errorString();
    result.ok = read && !writeFailed && !result.cancelled;
    if (result.ok && progress)
        progress(result.rows);
    return result;
}

QList<FoundAddress> DirectoryExport::find(LocalDirectory& directory, const QStringList& addresses, QString* error)
{
    QList<FoundAddress> results;
    results.reserve(addresses.size());
    for (const QString& address : addresses) {
        FoundAddress found;
        found.address = address;
        const auto users = directory.findEmail(address);
        if (!users) {
            if (error)
                *error = directory.lastError();
            return {};
        }
        found.users = *users;
        found.status = users->isEmpty() ? FoundAddress::Status::NotFound
            : users->size() == 1        ? FoundAddress::Status::Found
                                        : FoundAddress::Status::FoundMoreThanOnce;
        results.append(found);
    }
    return results;
}

QStringList DirectoryExport::findHeader()
{
    QStringList columns {QStringLiteral("address"), QStringLiteral("status")};
    columns << header();
    return columns;
}

QString DirectoryExport::statusValue(FoundAddress::Status status)
{
    switch (status) {
    case FoundAddress::Status::Found:
        return QStringLiteral("found");
    case FoundAddress::Status::NotFound:
        return QStringLiteral("not found");
    case FoundAddress::Status::FoundMoreThanOnce:
        return QStringLiteral("found more than once");
    }
    return {};
}

DirectoryExport::Result DirectoryExport::writeFindCsv(const QList<FoundAddress>& results, QIODevice* device)
{
    Result result;
    CsvWriter writer(device);
    bool ok = writer.writeRow(findHeader());
    for (const FoundAddress& found : results) {
        if (!ok)
            break;
        const QStringList lead {found.address, statusValue(found.status)};
        if (found.users.isEmpty()) {
            QStringList row = lead;
            for (qsizetype i = 0; i < header().size(); ++i)
                row.append(QString());
            ok = writer.writeRow(row);
            ++result.rows;
            continue;
        }
        for (const EndUserSummary& user : found.users) {
            ok = ok && writer.writeRow(lead + fields(user));
            ++result.rows;
        }
    }
    result.ok = ok;
    if (!ok)
        result.error = writer.errorString();
    return result;
}

} // namespace UserAdmin
