// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/MemberRole.h"
#include "api/SelectOrganizationJob.h"
#include "auth/StoredTokens.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace UserAdmin {

class ApiClient;

/// The member's sessions scoped to organizations on a 2026 server (contract 9.5): the tokens per organization,
/// and the selection that gets a new one. It remembers when a server has no such thing (an older server), so that
/// it is asked only once.
class ScopedSessions : public QObject
{
    Q_OBJECT
public:
    explicit ScopedSessions(ApiClient* client, QObject* parent = nullptr);
    ~ScopedSessions() override;

    std::optional<ScopedTokens> tokensFor(const QString& slug) const;
    void store(const ScopedTokens& tokens);
    void forget(const QString& slug);
    QList<ScopedTokens> all() const;
    void clear();
    void setAll(const QList<ScopedTokens>& sessions);

    /// The server answered the selection as an unknown route: it predates scoped sessions.
    bool isUnsupported() const { return m_unsupported; }
    bool isSelecting() const { return !m_job.isNull(); }

    /// Asks the server for a session scoped to `slug`, with the client's token; one at a time (a new one abandons
    /// the one under way).
    void select(const QString& slug);

signals:
    void selected(const QString& slug,
                  const UserAdmin::ScopedTokens& tokens,
                  const std::optional<UserAdmin::MemberRole>& role);
    void selectFailed(const QString& slug, const UserAdmin::ApiError& error);

private:
    QPointer<ApiClient> m_client;
    QPointer<SelectOrganizationJob> m_job;
    QHash<QString, ScopedTokens> m_sessions;
    bool m_unsupported = false;
};

} // namespace UserAdmin
