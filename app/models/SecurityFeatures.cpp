// SPDX-License-Identifier: MIT
#include "models/SecurityFeatures.h"

#include "api/ListAuditLogJob.h"
#include "api/ListRiskEventsJob.h"

namespace UserAdmin {

SecurityFeatures::SecurityFeatures(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

SecurityFeatures::~SecurityFeatures()
{
    abandonJob(m_riskEvents.probe);
    abandonJob(m_auditLog.probe);
}

void SecurityFeatures::setOrganization(const QString& slug, bool active, const std::optional<QStringList>& permissions)
{
    const bool same = slug == m_slug && active == m_active && permissions == m_permissions;
    m_slug = slug;
    m_active = active;
    m_permissions = permissions;
    for (Feature feature : {Feature::RiskEvents, Feature::AuditLog}) {
        if (!same || entry(feature).state == State::Failed)
            decide(feature);
    }
    emit changed();
}

void SecurityFeatures::recheck()
{
    for (Feature feature : {Feature::RiskEvents, Feature::AuditLog})
        decideAgain(feature);
    emit changed();
}

void SecurityFeatures::recheck(Feature feature)
{
    decideAgain(feature);
    emit changed();
}

void SecurityFeatures::decideAgain(Feature feature)
{
    const State state = entry(feature).state;
    if (state == State::Failed || state == State::NotPermitted || state == State::NotOffered)
        decide(feature);
}

SecurityFeatures::State SecurityFeatures::state(Feature feature) const
{
    return entry(feature).state;
}

ApiError SecurityFeatures::error(Feature feature) const
{
    return entry(feature).error;
}

void SecurityFeatures::decide(Feature feature)
{
    Entry& e = entry(feature);
    abandonJob(e.probe);
    e.error = ApiError();
    if (m_slug.isEmpty()) {
        e.state = State::NoOrganization;
        return;
    }
    if (!m_active) {
        e.state = State::Inactive;
        return;
    }
    if (m_permissions) {
        // Contract 9.6: risk events need risk_events.view or risk_policies.manage, the audit log audit_logs.view.
        const bool allowed = feature == Feature::RiskEvents ? m_permissions->contains(QLatin1String("risk_events.view"))
                || m_permissions->contains(QLatin1String("risk_policies.manage"))
                                                            : m_permissions->contains(QLatin1String("audit_logs.view"));
        e.state = allowed ? State::Available : State::NotPermitted;
        return;
    }
    probe(feature);
}

void SecurityFeatures::probe(Feature feature)
{
    Entry& e = entry(feature);
    if (!m_client) {
        e.state = State::Failed;
        return;
    }
    e.state = State::Checking;
    ApiJob* job = nullptr;
    if (feature == Feature::RiskEvents)
        job = new ListRiskEventsJob(m_client, m_slug, 0, 1);
    else
        job = new ListAuditLogJob(m_client, m_slug, ListAuditLogJob::Query {1, 1, {}, {}, {}});
    e.probe = job;
    connect(job, &ApiJob::finished, this, [this, job, feature] {
        Entry& done = entry(feature);
        done.probe = nullptr;
        done.error = job->error();
        if (job->succeeded()) {
            done.state = State::Available;
        } else {
            switch (job->error().kind) {
            case ApiError::Kind::NotFound:
                done.state = State::NotOffered;
                break;
            case ApiError::Kind::Forbidden:
            case ApiError::Kind::OrganizationNotActive:
                done.state = State::NotPermitted;
                break;
            default:
                done.state = State::Failed;
                break;
            }
        }
        emit changed();
    });
    job->start();
}

QString SecurityFeatures::unavailableReason(Feature feature, const QString& organizationName) const
{
    const Entry& e = entry(feature);
    const bool risk = feature == Feature::RiskEvents;
    switch (e.state) {
    case State::Available:
        return {};
    case State::NoOrganization:
        return tr("Choose an organization first.");
    case State::Inactive:
        //: %1 is the organization's name
        return risk ? tr("Risky sign-ins can be shown only for an active organization; “%1” is not active.")
                          .arg(organizationName)
                    //: %1 is the organization's name
                    : tr("The server's audit log can be shown only for an active organization; “%1” is not active.")
                          .arg(organizationName);
    case State::Checking:
        return risk ? tr("Checking whether the server offers risky sign-ins…")
                    : tr("Checking whether the server offers its audit log…");
    case State::NotOffered:
        return risk ? tr("This server does not offer risky sign-ins (it has no risk events).")
                    : tr("This server does not offer an audit log of the organization.");
    case State::NotPermitted: {
        //: %1 is the organization's name
        QString sentence = risk ? tr("Your role in “%1” does not allow reading risk events.").arg(organizationName)
                                //: %1 is the organization's name
                                : tr("Your role in “%1” does not allow reading the audit log.").arg(organizationName);
        if (!e.error.serverMessage.isEmpty())
            //: %1 is a sentence, %2 the server's own words
            sentence = tr("%1 The server says: “%2”").arg(sentence, e.error.serverMessage);
        return sentence;
    }
    case State::Failed:
        return risk ? tr("Whether the server offers risky sign-ins could not be checked; Refresh to try again.")
                    : tr("Whether the server offers its audit log could not be checked; Refresh to try again.");
    }
    return {};
}

} // namespace UserAdmin
