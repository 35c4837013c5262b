// SPDX-License-Identifier: MIT
#include "startup/SelfTest.h"

#include "api/ApiClient.h"
#include "api/ListEndUsersJob.h"
#include "api/ListOrganizationsJob.h"

namespace UserAdmin {

SelfTest::SelfTest(ApiClient* client, QString organizationSlug, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_slug(std::move(organizationSlug))
{ }

void SelfTest::start()
{
    if (!m_client || !m_client->hasAccessToken()) {
        fail(QStringLiteral("self-test: no access token (set SSO_USER_ADMIN_TOKEN)"));
        return;
    }
    if (m_slug.isEmpty())
        listOrganizations();
    else
        listEndUsers(m_slug);
}

void SelfTest::listOrganizations()
{
    auto* job = new ListOrganizationsJob(m_client, this);
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            fail(QStringLiteral("self-test: listing organizations failed: %1").arg(job->error().describe()));
            return;
        }
        for (const Organization& organization : job->organizations()) {
            if (organization.isActive()) {
                listEndUsers(organization.slug);
                return;
            }
        }
        fail(QStringLiteral("self-test: the member belongs to no active organization"));
    });
    job->start();
}

void SelfTest::listEndUsers(const QString& slug)
{
    EndUserQuery query;
    query.limit = 25;
    auto* job = new ListEndUsersJob(m_client, slug, query, this);
    connect(job, &ApiJob::finished, this, [this, job, slug] {
        if (!job->succeeded()) {
            fail(QStringLiteral("self-test: listing end-users of %1 failed: %2").arg(slug, job->error().describe()));
            return;
        }
        const EndUserPage& page = job->page();
        if (page.users.isEmpty()) {
            fail(QStringLiteral("self-test: %1 returned no end-users").arg(slug));
            return;
        }
        emit finished(0,
                      QStringLiteral("self-test: ok: %1 end-users of %2 received (total %3) from %4")
                          .arg(page.users.size())
                          .arg(slug)
                          .arg(page.pageInfo.total.value_or(-1))
                          .arg(m_client->origin()));
    });
    job->start();
}

void SelfTest::fail(const QString& report)
{
    emit finished(1, report);
}

} // namespace UserAdmin
