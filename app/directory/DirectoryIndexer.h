// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "directory/LocalDirectory.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace UserAdmin {

class ApiClient;
class ListEndUsersJob;

/// Fills a LocalDirectory from `GET /api/organizations/:slug/users` at limit=100, a few pages in flight, each page
/// stored in its own transaction as it arrives (never the whole organization in memory). The server's order has no
/// tie-breaker, so rows are kept by id and the total is checked at the end: a short count reads the pages once more
/// (at most twice). A cancel or a crash leaves the pages read so far; the next start() goes on from there. Rate
/// limits are waited out (ApiJob's retries, then the advertised wait); a page that times out or loses its
/// connection is asked for again, a few times.
class DirectoryIndexer : public QObject
{
    Q_OBJECT
public:
    DirectoryIndexer(ApiClient* client, LocalDirectory* directory, QString slug, QObject* parent = nullptr);
    ~DirectoryIndexer() override;

    /// Requests in flight (1..16; default 4).
    void setConcurrency(int requests);
    void start();
    /// Stops the requests; finished() follows with Kind::Cancelled. What was stored stays for the next start().
    void cancel();

    bool isRunning() const { return m_running; }
    QString organization() const { return m_slug; }
    qint64 done() const { return m_done; }
    /// The organization's end-users as the server counts them; -1 before the first answer.
    qint64 total() const { return m_total; }
    /// After a finished build: distinct end-users stored.
    qint64 stored() const { return m_stored; }
    /// After a failure: SQLite's message when the copy could not be written (the error is then InvalidRequest).
    QString storageError() const { return m_storageError; }

    static constexpr int PageSize = 100;

signals:
    void progressChanged(qint64 done, qint64 total);
    /// Exactly once per start(): `error` is None on success.
    void finished(const UserAdmin::ApiError& error);

private:
    void launch();
    void request(qint64 page);
    void onPage(ListEndUsersJob* job, qint64 page);
    void checkCompletion();
    void fail(const ApiError& error);
    void failStorage();
    void finish(const ApiError& error);
    void abandonAll();

    QPointer<ApiClient> m_client;
    LocalDirectory* m_directory = nullptr;
    QString m_slug;
    int m_concurrency = 4;
    bool m_running = false;
    LocalDirectory::BuildState m_state;
    QList<qint64> m_queue;
    QHash<qint64, QPointer<ListEndUsersJob>> m_inFlight;
    QHash<qint64, int> m_attempts;
    int m_waiting = 0; ///< pages waiting out a rate limit or a back-off
    qint64 m_pageCount = -1;
    qint64 m_total = -1;
    qint64 m_done = 0;
    qint64 m_stored = 0;
    QString m_storageError;
};

} // namespace UserAdmin
