// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace UserAdmin {

class ApiClient;
class ApiJob;

/// Whether the server offers, and the member may read, the organization's risk events and audit log (contract 9.6).
/// Decided from the capabilities when the server reported them (contract 9.4); otherwise found out by asking for one
/// item: a 404 means the server has no such endpoint (the seed and reference servers), a 403 that it is not permitted.
class SecurityFeatures : public QObject
{
    Q_OBJECT
public:
    enum class Feature { RiskEvents, AuditLog };
    enum class State {
        NoOrganization,
        Inactive, ///< the organization is not active: the server refuses everything there
        Checking,
        Available,
        NotOffered, ///< this server has no such endpoint
        NotPermitted, ///< the member's role does not allow it (see error() for the server's words, if it answered)
        Failed, ///< the check itself failed (see error()); tried again on recheck()
    };

    explicit SecurityFeatures(ApiClient* client, QObject* parent = nullptr);
    ~SecurityFeatures() override;

    /// The organization shown and the capabilities the server reported there (nullopt: not reported). Checks again
    /// only when something changed or the last check failed.
    void setOrganization(const QString& slug, bool active, const std::optional<QStringList>& permissions);
    /// Checks again what failed or was refused (e.g. after Refresh).
    void recheck();
    /// The same for one feature (e.g. its view was refused by the server).
    void recheck(Feature feature);

    State state(Feature feature) const;
    ApiError error(Feature feature) const;
    bool isAvailable(Feature feature) const { return state(feature) == State::Available; }
    /// Why `feature` cannot be used now, as one sentence naming the organization; empty when it can.
    QString unavailableReason(Feature feature, const QString& organizationName) const;

signals:
    void changed();

private:
    struct Entry
    {
        State state = State::NoOrganization;
        ApiError error;
        QPointer<ApiJob> probe;
    };
    Entry& entry(Feature feature) { return feature == Feature::RiskEvents ? m_riskEvents : m_auditLog; }
    const Entry& entry(Feature feature) const { return feature == Feature::RiskEvents ? m_riskEvents : m_auditLog; }
    void decide(Feature feature);
    void decideAgain(Feature feature); ///< what failed or was refused is decided again
    void probe(Feature feature);

    QPointer<ApiClient> m_client;
    QString m_slug;
    bool m_active = false;
    std::optional<QStringList> m_permissions;
    Entry m_riskEvents;
    Entry m_auditLog;
};

} // namespace UserAdmin
