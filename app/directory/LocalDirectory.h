// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserSummary.h"
#include "directory/DirectoryQuery.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace UserAdmin {

/// The local copy of one organization's end-user list on one server: an SQLite file (QSQLITE) holding only what
/// the list shows (id, email, created, last login, MFA, service slugs, identity providers), with an FTS5 trigram
/// index for substring search. The file lives in a directory only its owner can enter (0700) and is readable only
/// by its owner (0600). Every statement's result is checked; a failure leaves lastError() set.
class LocalDirectory
{
public:
    /// `path` is the database file; open() creates it.
    explicit LocalDirectory(QString path);
    ~LocalDirectory();
    LocalDirectory(const LocalDirectory&) = delete;
    LocalDirectory& operator=(const LocalDirectory&) = delete;

    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    void close();
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }

    /// Labels kept in the file so that it can be recognised when the settings are gone.
    bool setLabels(const QString& origin, const QString& slug, const QString& organizationName);

    // Filling. A build has a generation; rows seen in it carry it, and finishing removes the rows it did not see.
    struct BuildState
    {
        qint64 generation = 0;
        bool inProgress = false;
        QSet<qint64> pagesDone;
        qint64 rowsStored = 0; ///< rows received in the pages done (before de-duplication)
        qint64 total = -1; ///< the server's total when last seen; -1 unknown
        int pass = 0;
    };
    /// The build under way (after a cancel or a crash), or a new one.
    std::optional<BuildState> resumeOrBeginBuild();
    /// Stores one page of a build in one transaction: the rows (by id, replacing what was there) and the page's mark.
    bool storePage(qint64 generation, qint64 page, const QList<EndUserSummary>& users);
    bool setBuildTotal(qint64 total);
    /// Forgets which pages were read, for another pass of the same build (the server's order has no tie-breaker).
    bool startAnotherPass(int pass);
    /// Rows seen in `generation`.
    std::optional<qint64> countGeneration(qint64 generation);
    /// Ends the build: rows not seen are removed, the copy is dated now.
    bool finishBuild(qint64 generation, qint64 serverTotal);

    /// When the last complete build ended; nullopt when there never was one.
    std::optional<QDateTime> builtAt();
    /// Whether a complete build exists (searches may be answered).
    bool isComplete() { return builtAt().has_value(); }
    /// Marks the copy as used now (copies unused for 30 days are removed at start-up).
    void touch();

    // Reading.
    std::optional<qint64> count(const DirectoryQuery& query);
    std::optional<QList<EndUserSummary>> rows(const DirectoryQuery& query, qint64 offset, int limit);
    /// Calls `row` for each matching row in order until it returns false; one statement, rows streamed (run it on
    /// a connection of its own in a worker thread to keep a window responsive).
    bool forEach(const DirectoryQuery& query, const std::function<bool(const EndUserSummary&)>& row);
    /// Rows whose email equals `email` ignoring case.
    std::optional<QList<EndUserSummary>> findEmail(const QString& email);

    /// Size of the file in bytes (with the write-ahead log).
    qint64 fileSize() const;

private:
    bool exec(const QString& sql);
    bool fail(const QString& what, const QString& detail);
    std::optional<QString> meta(const QString& key);
    bool setMeta(const QString& key, const QString& value);
    bool createSchema();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace UserAdmin
