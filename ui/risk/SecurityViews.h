// SPDX-License-Identifier: MIT
#pragma once

#include "models/SecurityFeatures.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace UserAdmin {

class ApiClient;
class AuditLogDialog;
class MainWindow;
class RiskEventsDialog;

/// The window's security views: Go → "Risky sign-ins" and the server audit tab of the journal viewer, available
/// when the server offers them and the member may read them (SecurityFeatures) for the organization shown.
class SecurityViews : public QObject
{
    Q_OBJECT
public:
    SecurityViews(MainWindow* window, ApiClient* client);

    SecurityFeatures* features() const { return m_features; }
    /// Why "Risky sign-ins" is unavailable now; empty when it is available.
    QString riskEventsReason() const;
    /// Opens (or raises) the risky sign-ins of the organization shown.
    RiskEventsDialog* showRiskEvents();
    RiskEventsDialog* riskEventsDialog() const;
    /// Adds the server audit tab to a journal viewer.
    void attachServerLog(AuditLogDialog* dialog);
    /// Checks again what failed or was refused (Refresh).
    void recheck() { m_features->recheck(); }

signals:
    /// What is available changed: the window recomputes its actions.
    void changed();
    /// The person asked, from the risky sign-ins, to revoke the sessions of these accounts of organization `slug`
    /// (ids and emails side by side; an email is empty when the server names none). For the bulk revocation.
    void revocationRequested(const QString& slug, const QStringList& userIds, const QStringList& emails);

private:
    void updateOrganization();
    QString organizationName() const;

    QPointer<MainWindow> m_window;
    QPointer<ApiClient> m_client;
    SecurityFeatures* m_features = nullptr;
    QPointer<RiskEventsDialog> m_riskDialog;
};

} // namespace UserAdmin
