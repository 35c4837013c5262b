// SPDX-License-Identifier: MIT
#pragma once

#include "auth/JwtClaims.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace UserAdmin {

/// When the session in use needs attention before its token expires: a refresh ahead of `exp` when there is a
/// refresh token (contract 4.3), a warning otherwise; and a retry of a refresh the server asked to wait for.
class RenewalSchedule : public QObject
{
    Q_OBJECT
public:
    explicit RenewalSchedule(QObject* parent = nullptr);

    /// Arms the timers for a token with these claims.
    void schedule(const JwtClaims& claims, bool hasRefreshToken);
    /// A refresh the server rate-limited: tries again after `wait` (plus a second).
    void retryAfter(std::chrono::seconds wait);
    void stop();

    /// How long before `exp` the warning fires (default 15 min) and the refresh starts (default 5 min).
    void setWarningLead(std::chrono::seconds lead) { m_warningLead = lead; }
    void setRefreshLead(std::chrono::seconds lead) { m_refreshLead = lead; }
    /// When the next refresh is due; invalid when none is scheduled.
    QDateTime refreshDueAt() const { return m_refreshTimer.isActive() ? m_refreshDueAt : QDateTime(); }

signals:
    void refreshDue();
    void expiryApproaching(const QDateTime& expiresAt);

private:
    QTimer m_warningTimer;
    QTimer m_refreshTimer;
    QTimer m_retryTimer;
    QDateTime m_refreshDueAt;
    QDateTime m_expiresAt;
    std::chrono::seconds m_warningLead {15 * 60};
    std::chrono::seconds m_refreshLead {5 * 60};
};

} // namespace UserAdmin
