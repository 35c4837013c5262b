// SPDX-License-Identifier: MIT
#include "handlers/ActivationSubmitEndpoint.h"

#include "ActivationPage.h"
#include "DeviceGrants.h"
#include "HttpRequestData.h"

#include <QDateTime>
#include <QUrlQuery>

namespace UserAdmin::DevServer {

HttpReply ActivationSubmitEndpoint::handle(const HttpRequestData& request, const RouteParams&)
{
    // The browser's step draws from the device bucket, like the reference server's verify call.
    if (auto limited = m_context.rateLimit(request, RateLimiter::Group::Device))
        return *limited;
    const QStringList members = m_context.directory().memberEmails();
    QUrlQuery form;
    QByteArray body = request.body;
    form.setQuery(QString::fromUtf8(body.replace('+', ' ')));
    const QString userCode = form.queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded).trimmed().toUpper();
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    SessionStore::Member member;
    if (!m_context.sessions().findMemberByEmail(email, &member))
        return HttpReply::html(400, ActivationPage::form(members, userCode, QStringLiteral("Unknown member."), true));
    if (!m_context.deviceGrants().approve(userCode, email, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::html(
            400, ActivationPage::form(members, userCode, QStringLiteral("Unknown or expired code."), true));
    return HttpReply::html(200, ActivationPage::approved(userCode, email));
}

} // namespace UserAdmin::DevServer
