// SPDX-License-Identifier: MIT
#include "directory/DirectoryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace UserAdmin {

namespace {
const QString Group = QStringLiteral("Directory/");
const QString Suffix = QStringLiteral(".sqlite");

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.toLower()));
}

QString consentKey(const QString& origin, const QString& slug)
{
    return Group + QStringLiteral("consent/") + encoded(origin + QLatin1Char(' ') + slug);
}
} // namespace

QString DirectoryStore::rootPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/directory");
}

QString DirectoryStore::fileFor(const QString& origin, const QString& slug)
{
    // Readable names, so that a person can see which server and organization a file is for; '%' encodes ':' and '/'.
    return rootPath() + QLatin1Char('/') + encoded(origin) + QLatin1Char('#') + encoded(slug) + Suffix;
}

QStringList DirectoryStore::files()
{
    const QDir dir(rootPath());
    QStringList paths;
    const QStringList names = dir.entryList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QString& name : names)
        paths.append(dir.filePath(name));
    return paths;
}

bool DirectoryStore::removeFiles(const QString& databasePath)
{
    bool ok = true;
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString path = databasePath + suffix;
        if (QFile::exists(path) && !QFile::remove(path))
            ok = false;
    }
    return ok;
}

bool DirectoryStore::forgetAll()
{
    bool ok = true;
    for (const QString& path : files())
        ok = removeFiles(path) && ok;
    QSettings().remove(Group + QStringLiteral("consent"));
    return ok;
}

bool DirectoryStore::forgetServer(const QString& origin)
{
    const QString prefix = encoded(origin) + QLatin1Char('#');
    bool ok = true;
    for (const QString& path : files()) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            ok = removeFiles(path) && ok;
    }
    return ok;
}

int DirectoryStore::pruneUnused(std::chrono::hours unused)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-std::chrono::seconds(unused).count());
    int removed = 0;
    for (const QString& path : files()) {
        // The write-ahead log changes with every use; the file itself when it is checkpointed.
        QDateTime used = QFileInfo(path).lastModified();
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists())
            used = std::max(used, wal.lastModified());
        if (used < limit && removeFiles(path))
            ++removed;
    }
    return removed;
}

bool DirectoryStore::enabled()
{
    return QSettings().value(Group + QStringLiteral("enabled"), true).toBool();
}

void DirectoryStore::setEnabled(bool enabled)
{
    QSettings().setValue(Group + QStringLiteral("enabled"), enabled);
}

int DirectoryStore::concurrency()
{
    return std::clamp(QSettings().value(Group + QStringLiteral("requestsInFlight"), 4).toInt(), 1, 16);
}

void DirectoryStore::setConcurrency(int requests)
{
    QSettings().setValue(Group + QStringLiteral("requestsInFlight"), std::clamp(requests, 1, 16));
}

std::chrono::minutes DirectoryStore::maxAge()
{
    const int minutes = QSettings().value(Group + QStringLiteral("maxAgeMinutes"), 15).toInt();
    return std::chrono::minutes(std::clamp(minutes, 1, 24 * 60 * 30));
}

void DirectoryStore::setMaxAge(std::chrono::minutes age)
{
    QSettings().setValue(Group + QStringLiteral("maxAgeMinutes"), int(age.count()));
}

DirectoryStore::Consent DirectoryStore::consent(const QString& origin, const QString& slug)
{
    const QString value = QSettings().value(consentKey(origin, slug)).toString();
    if (value == QStringLiteral("agreed"))
        return Consent::Agreed;
    if (value == QStringLiteral("declined"))
        return Consent::Declined;
    return Consent::NotAsked;
}

void DirectoryStore::setConsent(const QString& origin, const QString& slug, Consent consent)
{
    QSettings settings;
    if (consent == Consent::NotAsked)
        settings.remove(consentKey(origin, slug));
    else
        settings.setValue(consentKey(origin, slug),
                          consent == Consent::Agreed ? QStringLiteral("agreed") : QStringLiteral("declined"));
}

DirectoryQuery::SortKey DirectoryStore::sortKey()
{
    const int key = QSettings().value(Group + QStringLiteral("sortKey"), 0).toInt();
    return static_cast<DirectoryQuery::SortKey>(std::clamp(key, 0, int(DirectoryQuery::SortKey::Services)));
}

Qt::SortOrder DirectoryStore::sortOrder()
{
    return QSettings().value(Group + QStringLiteral("sortDescending"), false).toBool() ? Qt::DescendingOrder
                                                                                       : Qt::AscendingOrder;
}

void DirectoryStore::setSort(DirectoryQuery::SortKey key, Qt::SortOrder order)
{
    QSettings settings;
    settings.setValue(Group + QStringLiteral("sortKey"), int(key));
    settings.setValue(Group + QStringLiteral("sortDescending"), order == Qt::DescendingOrder);
}

} // namespace UserAdmin
