// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/EndUserDetail.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace UserAdmin {

class ApiClient;
class GetEndUserJob;

/// Loads the detail of one end-user at a time: a new load abandons the one in flight and older answers are dropped.
/// After a failure the previous detail stays available (isCurrent() == false). A load that failed for want of a
/// valid sign-in runs again when the session resumes.
class EndUserDetailLoader : public QObject
{
    Q_OBJECT
public:
    explicit EndUserDetailLoader(ApiClient* client, QObject* parent = nullptr);
    ~EndUserDetailLoader() override;

    /// The end-user asked for last.
    QString userId() const { return m_userId; }
    QString organization() const { return m_slug; }
    /// The detail last loaded (possibly of an earlier user; compare detail()->id with userId()).
    const std::optional<EndUserDetail>& detail() const { return m_detail; }
    bool isLoading() const { return !m_job.isNull(); }
    bool isCurrent() const { return m_current; }
    const ApiError& lastError() const { return m_lastError; }

public slots:
    void load(const QString& slug, const QString& userId);
    void reload();
    void cancel();
    void clear();

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const UserAdmin::ApiError& error);

private:
    QPointer<ApiClient> m_client;
    QPointer<GetEndUserJob> m_job;
    quint64 m_generation = 0;
    QString m_slug;
    QString m_userId;
    std::optional<EndUserDetail> m_detail;
    ApiError m_lastError;
    bool m_current = false;
};

} // namespace UserAdmin
