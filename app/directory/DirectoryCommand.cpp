// SPDX-License-Identifier: MIT
#include "directory/DirectoryCommand.h"

#include "api/ApiClient.h"
#include "auth/EnvironmentToken.h"
#include "directory/AddressList.h"
#include "directory/DirectoryExport.h"
#include "directory/DirectoryIndexer.h"
#include "directory/DirectoryStore.h"
#include "directory/LocalDirectory.h"
#include "startup/ConfigureClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace UserAdmin {

namespace {
int failWith(int code, const QString& message)
{
    std::fprintf(stderr, "sso-user-admin: %s\n", qPrintable(message));
    return code;
}

/// Fills or refreshes the copy; the error sentence, empty on success.
QString bringUpToDate(ApiClient& client, LocalDirectory& directory, const QString& slug)
{
    const auto built = directory.builtAt();
    if (built
        && built->secsTo(QDateTime::currentDateTimeUtc()) < std::chrono::seconds(DirectoryStore::maxAge()).count())
        return {};
    DirectoryIndexer indexer(&client, &directory, slug);
    indexer.setConcurrency(DirectoryStore::concurrency());
    QString failure;
    QObject::connect(&indexer, &DirectoryIndexer::progressChanged, &indexer, [&slug](qint64 done, qint64 total) {
        std::fprintf(stderr, "indexing %s: %lld of %lld\n", qPrintable(slug), qlonglong(done), qlonglong(total));
    });
    QObject::connect(&indexer, &DirectoryIndexer::finished, &indexer, [&](const ApiError& error) {
        if (error.isError())
            failure = indexer.storageError().isEmpty() ? error.describe() : indexer.storageError();
        QCoreApplication::exit(0);
    });
    indexer.start();
    QCoreApplication::exec();
    return failure;
}
} // namespace

int DirectoryCommand::run(const Request& request)
{
    if (request.options.server.isEmpty() || request.options.organization.isEmpty())
        return failWith(2, QStringLiteral("--export and --find need --server and --org"));
    const auto token = EnvironmentToken::read();
    if (!token)
        return failWith(2, QStringLiteral("--export and --find need SSO_USER_ADMIN_TOKEN"));
    ApiClient client;
    QString error;
    if (!configureClient(client, request.options, &error))
        return failWith(2, error);
    client.setAccessToken(*token);

    QStringList addresses;
    if (!request.findPath.isEmpty()) {
        QFile file(request.findPath);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(2, QStringLiteral("cannot read %1: %2").arg(request.findPath, file.errorString()));
        // An incident's list, not a database dump: a few megabytes at most.
        addresses = AddressList::extract(QString::fromUtf8(file.read(16 * 1024 * 1024)));
    }

    const QString slug = request.options.organization;
    LocalDirectory directory(DirectoryStore::fileFor(client.origin(), slug));
    if (!directory.open())
        return failWith(1, QStringLiteral("the local copy cannot be opened: %1").arg(directory.lastError()));
    directory.setLabels(client.origin(), slug, slug);
    directory.touch();
    const QString failure = bringUpToDate(client, directory, slug);
    if (!failure.isEmpty())
        return failWith(1, QStringLiteral("the local copy could not be made: %1").arg(failure));

    if (!request.exportPath.isEmpty()) {
        DirectoryQuery query;
        query.search = request.search.trimmed();
        query.serviceSlug = request.serviceSlug;
        QSaveFile file(request.exportPath);
        if (!file.open(QIODevice::WriteOnly))
            return failWith(2, QStringLiteral("cannot write %1: %2").arg(request.exportPath, file.errorString()));
        const auto result = DirectoryExport::writeCsv(directory, query, &file);
        if (!result.ok || !file.commit())
            return failWith(1,
                            QStringLiteral("the export failed: %1").arg(result.ok ? file.errorString() : result.error));
        std::fprintf(stderr, "exported %lld end-users to %s\n", qlonglong(result.rows), qPrintable(request.exportPath));
    }
    if (!request.findPath.isEmpty()) {
        const QList<FoundAddress> found = DirectoryExport::find(directory, addresses, &error);
        if (!error.isEmpty())
            return failWith(1, QStringLiteral("the local copy cannot be read: %1").arg(error));
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !DirectoryExport::writeFindCsv(found, &out).ok)
            return failWith(1, QStringLiteral("cannot write to standard output"));
    }
    return 0;
}

} // namespace UserAdmin
