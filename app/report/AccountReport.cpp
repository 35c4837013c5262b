// SPDX-License-Identifier: MIT
#include "report/AccountReport.h"

#include "audit/AuditAction.h"
#include "audit/AuditActionText.h"
#include "format/DisplayText.h"
#include "format/UserAgentText.h"
#include "models/SignInTableModel.h"

#include <QLocale>
#include <QRegularExpression>

namespace UserAdmin {

namespace {

QString exact(const std::optional<QDateTime>& value, bool missingMeansNever)
{
    if (value && value->isValid())
        return DisplayText::exactUtc(*value);
    return missingMeansNever ? DisplayText::never() : DisplayText::unknown();
}

QString orUnknown(const std::optional<QString>& value)
{
    return value && !value->isEmpty() ? *value : DisplayText::unknown();
}

QString device(const std::optional<QString>& userAgent)
{
    if (!userAgent || userAgent->isEmpty())
        return DisplayText::unknown();
    const QString shortForm = UserAgentText::shortForm(*userAgent);
    if (shortForm.isEmpty() || shortForm == *userAgent)
        return *userAgent;
    //: A device in a report: %1 its short description such as "Firefox on Linux", %2 the exact User-Agent text
    return AccountReport::tr("%1 (%2)").arg(shortForm, *userAgent);
}

} // namespace

ReportDocument AccountReport::build(const AccountReportInput& input)
{
    const EndUserDetail& d = input.detail;
    const bool seed = d.shape == ResponseShape::Seed;
    ReportDocument report;
    //: Title of an account report; %1 is the end-user's email address
    report.title = tr("Account report: %1").arg(d.email);

    ReportDocument::Section about;
    //: Section of an account report: where and when it was made
    about.title = tr("Report");
    about.fields = {
        {tr("Server"), input.server.isEmpty() ? DisplayText::unknown() : input.server},
        {tr("Organization"),
         input.organizationName.isEmpty() || input.organizationName == input.organizationSlug
             ? input.organizationSlug
             //: %1 is the organization's name, %2 its slug
             : tr("%1 (%2)").arg(input.organizationName, input.organizationSlug)},
        //: Who made the report: the signed-in member's email
        {tr("Produced by"), input.producedBy.isEmpty() ? DisplayText::unknown() : input.producedBy},
        {tr("Produced at"), exact(input.producedAt, false)},
    };
    report.sections << about;

    ReportDocument::Section account;
    //: Section of an account report: the end-user's facts
    account.title = tr("Account");
    QString verified = DisplayText::yesNo(d.emailVerified);
    if (d.emailVerifiedAt)
        //: Email verified: yes, and when; %1 is a date and time
        verified = tr("Yes, %1").arg(exact(d.emailVerifiedAt, false));
    QString lastLogin = exact(d.lastLoginAt, d.lastLoginKnown());
    if (d.lastLoginSource == EndUserDetail::LastLoginSource::RecentSignIns)
        lastLogin = d.lastLoginAt
            //: %1 is a date and time; the 2026 server reports only the last 20 sign-ins
            ? tr("%1 (newest of the last 20 sign-ins)").arg(exact(d.lastLoginAt, false))
            : tr("No sign-in among the last 20");
    QString deleted = DisplayText::unknown();
    if (d.deletedAt)
        deleted = exact(d.deletedAt, false);
    else if (d.shape == ResponseShape::Platform2026)
        //: The account is not deleted
        deleted = tr("No");
    QString lastSession = exact(d.sessions.lastCreatedAt, false);
    if (!d.sessions.lastCreatedAt && (seed || (d.sessionList && d.sessionList->isEmpty())))
        lastSession = tr("No session");
    account.fields = {
        {tr("Email"), d.email},
        //: The end-user's opaque identifier
        {tr("Id"), d.id},
        {tr("Email verified"), verified},
        //: Multi-factor authentication
        {tr("MFA"), DisplayText::yesNo(d.mfaEnabled)},
        {tr("Platform owner"), DisplayText::yesNo(d.isPlatformOwner)},
        {tr("Created"), exact(d.createdAt, false)},
        {tr("Updated"), exact(d.updatedAt, false)},
        {tr("Last login"), lastLogin},
        //: When the end-user's account was deleted
        {tr("Deleted"), deleted},
        {tr("Active sessions"),
         d.sessions.activeCount ? QLocale().toString(*d.sessions.activeCount) : DisplayText::unknown()},
        {tr("Last session created"), lastSession},
    };
    report.sections << account;

    ReportDocument::Section identities;
    identities.title = tr("Linked identities");
    identities.columns = {tr("Provider"), tr("Provider user id"), tr("Email"), tr("Linked")};
    for (const LinkedIdentity& identity : d.linkedIdentities)
        identities.rows << QStringList {
            identity.provider, identity.providerUserId, orUnknown(identity.email), exact(identity.linkedAt, false)};
    if (identities.rows.isEmpty())
        //: No linked identities, services, sessions, ... in a report
        identities.note = tr("None");
    report.sections << identities;

    ReportDocument::Section services;
    //: Section of an account report: the services the end-user has used
    services.title = tr("Services");
    services.columns = {tr("Service"), tr("Slug"), tr("First use"), tr("Last use"), tr("Plan"), tr("Status")};
    bool fromSignIns = false;
    for (const ServiceUsage& service : d.services) {
        QString last = exact(service.lastLoginAt, seed);
        if (service.lastLoginFromRecentSignIns && service.lastLoginAt) {
            fromSignIns = true;
            //: %1 is a date and time found among the last 20 sign-ins
            last = tr("%1 (from the last 20 sign-ins)").arg(last);
        }
        services.rows << QStringList {service.displayName(),
                                      service.slug,
                                      exact(service.firstLoginAt, seed),
                                      last,
                                      orUnknown(service.planName),
                                      orUnknown(service.status)};
    }
    if (services.rows.isEmpty())
        services.note = tr("None");
    else if (fromSignIns)
        services.note = tr("The server reports only the last 20 sign-ins: an older last use is unknown.");
    report.sections << services;

    ReportDocument::Section sessions;
    //: Section of an account report: the end-user's server sessions
    sessions.title = tr("Sessions");
    if (!d.sessionList) {
        sessions.note = tr("This server does not list sessions.");
    } else {
        sessions.columns = {tr("Service"), tr("IP address"), tr("Device"), tr("Created"), tr("Expires"), tr("Status")};
        const QDateTime now = input.producedAt.isValid() ? input.producedAt : QDateTime::currentDateTimeUtc();
        for (const EndUserSession& session : *d.sessionList) {
            QString service = DisplayText::unknown();
            if (session.serviceName)
                service = *session.serviceName;
            else if (session.organization)
                //: A session tied to the organization itself; %1 is its slug
                service = tr("Organization (%1)").arg(*session.organization);
            sessions.rows << QStringList {service,
                                          orUnknown(session.ipAddress),
                                          device(session.userAgent),
                                          exact(session.createdAt, false),
                                          exact(session.expiresAt, false),
                                          session.isActiveAt(now) ? tr("Active") : tr("Expired")};
        }
        if (sessions.rows.isEmpty())
            sessions.note = tr("None");
    }
    report.sections << sessions;

    ReportDocument::Section signIns;
    signIns.title = tr("Recent sign-ins");
    if (!d.recentSignIns) {
        signIns.note = tr("This server does not report sign-ins.");
    } else {
        signIns.columns = {tr("Time"),
                           tr("Service"),
                           tr("Provider"),
                           tr("IP address"),
                           tr("Place"),
                           tr("Risk"),
                           tr("Risk factors"),
                           tr("Device")};
        for (const SignInEvent& event : *d.recentSignIns)
            signIns.rows << QStringList {exact(event.createdAt, false),
                                         orUnknown(event.serviceName),
                                         event.provider,
                                         orUnknown(event.ipAddress),
                                         SignInTableModel::placeText(event),
                                         SignInTableModel::riskText(event.riskScore),
                                         event.riskFactors.isEmpty() ? tr("None")
                                                                     : event.riskFactors.join(QLatin1String(", ")),
                                         device(event.userAgent)};
        //: %n is how many sign-ins the report lists
        signIns.note = signIns.rows.isEmpty() ? tr("None")
                                              : tr("The newest %n sign-in(s), as the server reports them (at most 20).",
                                                   nullptr,
                                                   int(signIns.rows.size()));
    }
    report.sections << signIns;

    ReportDocument::Section journal;
    //: Section of an account report: the audit journal kept on this computer
    journal.title = tr("Audit journal of this computer");
    journal.columns = {tr("Time"), tr("Member"), tr("Action"), tr("Result"), tr("Reason")};
    const QList<AuditAction> actions = AuditAction::fromEntries(input.journalEntries);
    for (const AuditAction& action : actions)
        journal.rows << QStringList {exact(action.subject.time, false),
                                     action.subject.actor.isEmpty() ? DisplayText::unknown() : action.subject.actor,
                                     AuditActionText::actionName(action.subject.action),
                                     AuditActionText::action(action),
                                     action.subject.reason};
    if (journal.rows.isEmpty())
        journal.note = tr("No entry about this account.");
    report.sections << journal;
    return report;
}

QString AccountReport::suggestedFileName(const QString& email, const QDateTime& producedAt)
{
    QString name = email;
    name.replace(QLatin1Char('@'), QLatin1Char('-'));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._+-]+"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("account");
    return QStringLiteral("account-report-%1-%2")
        .arg(name.left(80), producedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace UserAdmin
