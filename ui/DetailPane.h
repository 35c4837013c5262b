// SPDX-License-Identifier: MIT
#pragma once

#include "InlineBanner.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QScrollArea;
class QTableView;
class QToolButton;

namespace UserAdmin {

struct EndUserDetail;
struct EndUserSummary;
class LinkedIdentityModel;
class ServiceUsageModel;

/// "User details": everything known about the selected end-user, with its own loading and error state, and the
/// "Revoke all sessions" button. User data is shown as plain text only.
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget* parent = nullptr);

    /// Shows what the list row already knows while the detail loads.
    void showSummary(const EndUserSummary& summary);
    void showDetail(const EndUserDetail& detail);
    /// No user: a hint instead of the fields.
    void showPlaceholder(const QString& text);
    void setLoading(bool loading);
    /// Greys the fields: they may no longer be true (a reload failed or is running).
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    void showBanner(InlineBanner::Kind kind,
                    const QString& text,
                    const QString& detail = {},
                    const QString& actionText = {});
    void clearBanner();
    InlineBanner* banner() const { return m_banner; }

    void setRevokeAction(QAction* action);
    /// The id and email of the user shown (empty when none).
    QString userId() const { return m_userId; }
    QString email() const { return m_email; }
    QString fieldText(const QString& objectName) const;
    QList<QWidget*> focusChain() const;

signals:
    void bannerActionTriggered();

private:
    QLabel* addField(QFormLayout* form, const QString& label, const char* objectName);
    void setTime(QLabel* label, const std::optional<QDateTime>& value, bool missingMeansNever);

    InlineBanner* m_banner = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_loading = nullptr;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QToolButton* m_copyId = nullptr;
    QLabel* m_verified = nullptr;
    QLabel* m_mfa = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_lastLogin = nullptr;
    QLabel* m_activeSessions = nullptr;
    QLabel* m_lastSession = nullptr;
    QTableView* m_identities = nullptr;
    QTableView* m_services = nullptr;
    QToolButton* m_revoke = nullptr;
    LinkedIdentityModel* m_identityModel = nullptr;
    ServiceUsageModel* m_serviceModel = nullptr;
    QString m_userId;
    QString m_email;
    bool m_stale = false;
};

} // namespace UserAdmin
