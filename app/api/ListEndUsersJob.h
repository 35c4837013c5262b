// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/EndUserPage.h"
#include "api/EndUserQuery.h"

namespace UserAdmin {

/// `GET /api/organizations/:slug/users` (contract 1.1): one page of end-users, normalised (see EndUserPage).
/// A page past the end is asked for again: page 1 after a [REF] server's "total 0" past the end, the last page
/// that exists when the list shrank. query() then says which page the answer is for.
class ListEndUsersJob : public ApiJob
{
    Q_OBJECT
public:
    ListEndUsersJob(ApiClient* client, const QString& slug, const EndUserQuery& query, QObject* parent = nullptr);

    const EndUserPage& page() const { return m_page; }
    /// The query answered: the one asked for, with the page it ended on.
    const EndUserQuery& query() const { return m_query; }
    QString organization() const { return m_slug; }

protected:
    ApiRequest initialRequest() override;
    void handleSuccess(int httpStatus, const QByteArray& body) override;

private:
    ApiRequest requestFor(const EndUserQuery& query) const;
    void normalise(EndUserPage page);

    QString m_slug;
    EndUserQuery m_query;
    EndUserPage m_page;
    int m_restarts = 0;
};

} // namespace UserAdmin
