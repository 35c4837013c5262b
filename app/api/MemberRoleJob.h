// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/MemberRole.h"

#include <optional>

namespace UserAdmin {

/// The signed-in member's role in an organization (contract 5.3). Neither the token nor the organization
/// list carries it: the organization's owner id, then the admin members, decide. The organization model keeps
/// the answer and asks again after a 403.
class MemberRoleJob : public ApiJob
{
    Q_OBJECT
public:
    /// `memberUserId` is the token's `sub` (see JwtClaims).
    MemberRoleJob(ApiClient* client, const QString& slug, const QString& memberUserId, QObject* parent = nullptr);

    MemberRole role() const { return m_role; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    enum class Step { Organization, Admins };
    ApiRequest adminsRequest(int page) const;
    void conclude(MemberRole role);

    QString m_slug;
    QString m_memberUserId;
    Step m_step = Step::Organization;
    int m_adminPage = 1;
    MemberRole m_role;
};

} // namespace UserAdmin
