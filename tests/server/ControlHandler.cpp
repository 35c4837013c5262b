// SPDX-License-Identifier: MIT
#include "ControlHandler.h"

#include "DeviceFlow.h"
#include "EndUserRepository.h"
#include "FaultInjector.h"
#include "HttpRequestData.h"
#include "RateLimiter.h"
#include "RequestJournal.h"
#include "SessionStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace UserAdmin::DevServer {

ControlHandler::ControlHandler(SessionStore& sessions,
                               FaultInjector& faults,
                               RequestJournal& journal,
                               RateLimiter& rateLimiter,
                               DeviceFlow& deviceFlow,
                               EndUserRepository& endUsers)
    : m_sessions(sessions)
    , m_faults(faults)
    , m_journal(journal)
    , m_rateLimiter(rateLimiter)
    , m_deviceFlow(deviceFlow)
    , m_endUsers(endUsers)
{ }

HttpReply ControlHandler::handle(const HttpRequestData& request)
{
    const QString route = request.segments.mid(1).join(QLatin1Char('/'));
    const QByteArray& method = request.method;
    QJsonObject body;
    if (!request.body.isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return HttpReply::error(
                400, QStringLiteral("BAD_REQUEST"), QStringLiteral("control body must be a JSON object"));
        body = document.object();
    }
    const auto first = [&](const QString& name) {
        const QStringList values = request.queryValues(name);
        return values.isEmpty() ? QString() : values.constFirst();
    };

    if (route == QLatin1String("health") && method == "GET")
        return HttpReply::json(QJsonObject {{QStringLiteral("ok"), true}});

    if (route == QLatin1String("token") && method == "POST") {
        SessionStore::Member member;
        if (!m_sessions.findMemberByEmail(body.value(QStringLiteral("email")).toString(), &member))
            return HttpReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no member with that email"));
        const QJsonValue expiresIn = body.value(QStringLiteral("expires_in"));
        const SessionStore::Tokens tokens = m_sessions.createSession(
            member,
            body.value(QStringLiteral("refresh")).toBool(false),
            expiresIn.isDouble() ? std::optional<qint64>(qint64(expiresIn.toDouble())) : std::nullopt);
        QJsonObject answer {{QStringLiteral("access_token"), tokens.accessToken}};
        if (!tokens.refreshToken.isEmpty())
            answer.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
        return HttpReply::json(answer);
    }

    if (route == QLatin1String("faults")) {
        if (method == "DELETE") {
            m_faults.clear();
            return HttpReply::json(QJsonObject {{QStringLiteral("ok"), true}});
        }
        if (method == "POST") {
            Fault fault;
            QString error;
            if (!Fault::fromJson(body, &fault, &error))
                return HttpReply::error(400, QStringLiteral("BAD_REQUEST"), error);
            return HttpReply::json(QJsonObject {{QStringLiteral("id"), m_faults.add(fault)}});
        }
    }

    if (route == QLatin1String("requests")) {
        if (method == "DELETE") {
            m_journal.clear();
            return HttpReply::json(QJsonObject {{QStringLiteral("ok"), true}});
        }
        if (method == "GET")
            return HttpReply::json(
                QJsonObject {{QStringLiteral("requests"),
                              m_journal.find(first(QStringLiteral("path")), first(QStringLiteral("method")))}});
    }

    if (route == QLatin1String("rate-limit") && method == "POST") {
        m_rateLimiter.configure(body.value(QStringLiteral("enabled")).toBool(m_rateLimiter.enabled()),
                                body.value(QStringLiteral("burst_auth")).toInt(m_rateLimiter.burstAuth()),
                                body.value(QStringLiteral("burst_device")).toInt(m_rateLimiter.burstDevice()),
                                body.value(QStringLiteral("refill_seconds")).toDouble(m_rateLimiter.refillSeconds()));
        return HttpReply::json(QJsonObject {{QStringLiteral("enabled"), m_rateLimiter.enabled()},
                                            {QStringLiteral("burst_auth"), m_rateLimiter.burstAuth()},
                                            {QStringLiteral("burst_device"), m_rateLimiter.burstDevice()},
                                            {QStringLiteral("refill_seconds"), m_rateLimiter.refillSeconds()}});
    }

    if (route == QLatin1String("device/approve") && method == "POST") {
        const QString email = body.value(QStringLiteral("email")).toString();
        SessionStore::Member member;
        if (!m_sessions.findMemberByEmail(email, &member))
            return HttpReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no member with that email"));
        if (!m_deviceFlow.approve(
                body.value(QStringLiteral("user_code")).toString(), email, QDateTime::currentMSecsSinceEpoch()))
            return HttpReply::error(400, QStringLiteral("BAD_REQUEST"), QStringLiteral("unknown or expired user code"));
        return HttpReply::json(QJsonObject {{QStringLiteral("approved"), true}});
    }

    if (route == QLatin1String("end-user") && method == "GET") {
        const std::optional<QJsonObject> user = m_endUsers.findByEmail(first(QStringLiteral("email")));
        if (!user)
            return HttpReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("no end-user with that email"));
        return HttpReply::json(*user);
    }

    return HttpReply::error(404, QStringLiteral("NOT_FOUND"), QStringLiteral("unknown control route"));
}

} // namespace UserAdmin::DevServer
