// SPDX-License-Identifier: MIT
#include "api/MemberRoleJob.h"

#include "api/OrganizationDecoder.h"
#include "core/Logging.h"

namespace UserAdmin {

namespace {
constexpr int AdminPageSize = 100;
constexpr int MaxAdminPages = 100;
} // namespace

MemberRoleJob::MemberRoleJob(ApiClient* client, const QString& slug, const QString& memberUserId, QObject* parent)
    : ApiJob(client, parent)
    , m_slug(slug)
    , m_memberUserId(memberUserId)
{ }

ApiRequest MemberRoleJob::initialRequest()
{
    m_step = Step::Organization;
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug};
    return request;
}

ApiRequest MemberRoleJob::adminsRequest(int page) const
{
    ApiRequest request;
    request.path = {QStringLiteral("api"), QStringLiteral("organizations"), m_slug, QStringLiteral("members")};
    request.query = {{QStringLiteral("role"), QStringLiteral("admin")},
                     {QStringLiteral("page"), QString::number(page)},
                     {QStringLiteral("limit"), QString::number(AdminPageSize)}};
    return request;
}

void MemberRoleJob::conclude(MemberRole role)
{
    m_role = role;
    qCDebug(lcApi) << "role in" << m_slug << "is" << role.toString();
    finishSuccessfully();
}

void MemberRoleJob::handleSuccess(int, const QByteArray& body)
{
    ApiError error;
    if (m_step == Step::Organization) {
        const auto organization = OrganizationDecoder::decodeOrganization(body, error);
        if (!organization) {
            finishWithError(error);
            return;
        }
        if (organization->role) {
            conclude(*organization->role);
            return;
        }
        if (!organization->ownerUserId.isEmpty() && organization->ownerUserId == m_memberUserId) {
            conclude(MemberRole::Value::Owner);
            return;
        }
        m_step = Step::Admins;
        m_adminPage = 1;
        sendRequest(adminsRequest(m_adminPage));
        return;
    }
    const auto members = OrganizationDecoder::decodeMembers(body, error);
    if (!members) {
        finishWithError(error);
        return;
    }
    qsizetype admins = 0;
    for (const OrganizationMember& member : *members) {
        // The filter is exact on [REF]; a server ignoring it still yields correct results through this check.
        if (member.userId == m_memberUserId && member.role) {
            conclude(*member.role);
            return;
        }
        ++admins;
    }
    if (admins >= AdminPageSize && m_adminPage < MaxAdminPages) {
        ++m_adminPage;
        sendRequest(adminsRequest(m_adminPage));
        return;
    }
    conclude(MemberRole::Value::Member);
}

} // namespace UserAdmin
