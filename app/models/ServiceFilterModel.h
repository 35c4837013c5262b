// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Service.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace UserAdmin {

class ApiClient;
class ListServicesJob;

/// The choices of the service filter: "All services", then the organization's services by name. A load that failed
/// for want of a valid sign-in runs again when the session resumes.
class ServiceFilterModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ServiceIdRole = Qt::UserRole + 1, ServiceSlugRole };

    explicit ServiceFilterModel(ApiClient* client, QObject* parent = nullptr);
    ~ServiceFilterModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The service of a row; nullopt for row 0 ("All services") and rows out of range.
    std::optional<Service> serviceAt(int row) const;
    int rowForId(const QString& id) const;
    /// Service slug → display name, for the services column of the end-user table.
    QHash<QString, QString> namesBySlug() const;
    QString organization() const { return m_slug; }
    bool isLoading() const { return !m_job.isNull(); }

public slots:
    /// Loads the services of an organization (empty: only "All services").
    void load(const QString& slug);
    void reload() { load(m_slug); }
    void clear();

signals:
    void loaded();
    void loadFailed(const UserAdmin::ApiError& error);

private:
    QPointer<ApiClient> m_client;
    QPointer<ListServicesJob> m_job;
    QString m_slug;
    QList<Service> m_services;
    ApiError m_lastError;
};

} // namespace UserAdmin
