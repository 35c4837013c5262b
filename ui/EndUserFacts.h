// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QToolButton;

namespace UserAdmin {

struct EndUserDetail;
struct EndUserSummary;
class DetailTable;
class LinkedIdentityModel;
class ServiceUsageModel;
class SessionTableModel;
class SignInTableModel;
class ValueLabel;

/// What is known about one end-user, laid out for reading: the facts as captions and values, the linked identities
/// and services, and, from a 2026 server, every session and the recent sign-ins. Values are plain text, read by a
/// screen reader as themselves after their caption; facts a server does not report say "Unknown"; tables a server
/// does not send are not shown.
class EndUserFacts : public QWidget
{
    Q_OBJECT
public:
    explicit EndUserFacts(QWidget* parent = nullptr);

    /// What the list row knows, while the detail loads; keeps a fuller detail of the same end-user.
    void showSummary(const EndUserSummary& summary);
    void showDetail(const EndUserDetail& detail);
    void clear();
    /// Greys the facts: they may no longer be true.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    QString userId() const { return m_userId; }
    QString fieldText(const QString& objectName) const;
    /// The focused value's selection (or whole value), or the focused table's selected rows; empty otherwise.
    QString textToCopy() const;
    QList<QWidget*> focusChain() const;

private:
    ValueLabel* addField(QFormLayout* form, const QString& caption, const char* objectName);
    /// A table under its heading; the heading is created first, for the reading order.
    DetailTable* addTable(const QString& title, const char* objectName, QLabel** heading);
    void setTime(QLabel* label, const std::optional<QDateTime>& value, bool missingMeansNever);

    QFormLayout* m_form = nullptr;
    ValueLabel* m_email = nullptr;
    ValueLabel* m_id = nullptr;
    QToolButton* m_copyId = nullptr;
    ValueLabel* m_verified = nullptr;
    ValueLabel* m_mfa = nullptr;
    ValueLabel* m_created = nullptr;
    ValueLabel* m_updated = nullptr;
    ValueLabel* m_lastLogin = nullptr;
    ValueLabel* m_deleted = nullptr;
    ValueLabel* m_activeSessions = nullptr;
    ValueLabel* m_lastSession = nullptr;
    DetailTable* m_identities = nullptr;
    DetailTable* m_services = nullptr;
    DetailTable* m_sessions = nullptr;
    DetailTable* m_signIns = nullptr;
    QLabel* m_identitiesLabel = nullptr;
    QLabel* m_servicesLabel = nullptr;
    QLabel* m_sessionsLabel = nullptr;
    QLabel* m_signInsLabel = nullptr;
    LinkedIdentityModel* m_identityModel = nullptr;
    ServiceUsageModel* m_serviceModel = nullptr;
    SessionTableModel* m_sessionModel = nullptr;
    SignInTableModel* m_signInModel = nullptr;
    QString m_userId;
    bool m_stale = false;
};

} // namespace UserAdmin
