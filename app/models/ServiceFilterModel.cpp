// SPDX-License-Identifier: MIT
#include "models/ServiceFilterModel.h"

#include "api/ApiClient.h"
#include "api/ListServicesJob.h"

#include <QCollator>

#include <algorithm>

namespace UserAdmin {

ServiceFilterModel::ServiceFilterModel(ApiClient* client, QObject* parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    if (m_client) {
        connect(m_client, &ApiClient::resumed, this, [this] {
            if (m_lastError.needsAuthentication() && !isLoading())
                reload();
        });
    }
}

ServiceFilterModel::~ServiceFilterModel()
{
    abandonJob(m_job);
}

int ServiceFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size()) + 1;
}

QVariant ServiceFilterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            //: The service filter's first choice: no filtering
            return tr("All services");
        return {};
    }
    const Service& service = m_services.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return service.displayName();
    case Qt::ToolTipRole:
        return service.slug;
    case ServiceIdRole:
        return service.id;
    case ServiceSlugRole:
        return service.slug;
    default:
        return {};
    }
}

std::optional<Service> ServiceFilterModel::serviceAt(int row) const
{
    if (row < 1 || row > m_services.size())
        return std::nullopt;
    return m_services.at(row - 1);
}

int ServiceFilterModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == id)
            return i + 1;
    }
    return -1;
}

QHash<QString, QString> ServiceFilterModel::namesBySlug() const
{
    QHash<QString, QString> names;
    for (const Service& service : m_services) {
        if (!service.name.isEmpty())
            names.insert(service.slug, service.name);
    }
    return names;
}

void ServiceFilterModel::clear()
{
    abandonJob(m_job);
    m_slug.clear();
    m_lastError = ApiError();
    if (m_services.isEmpty())
        return;
    beginRemoveRows({}, 1, int(m_services.size()));
    m_services.clear();
    endRemoveRows();
}

void ServiceFilterModel::load(const QString& slug)
{
    if (slug != m_slug || slug.isEmpty())
        clear();
    m_slug = slug;
    if (slug.isEmpty() || !m_client)
        return;
    abandonJob(m_job);
    auto* job = new ListServicesJob(m_client, slug);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job = nullptr;
        if (!job->succeeded()) {
            m_lastError = job->error();
            emit loadFailed(m_lastError);
            return;
        }
        m_lastError = ApiError();
        QList<Service> services = job->services();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(services.begin(), services.end(), [&collator](const Service& a, const Service& b) {
            return collator.compare(a.name, b.name) < 0;
        });
        if (!m_services.isEmpty()) {
            beginRemoveRows({}, 1, int(m_services.size()));
            m_services.clear();
            endRemoveRows();
        }
        if (!services.isEmpty()) {
            beginInsertRows({}, 1, int(services.size()));
            m_services = std::move(services);
            endInsertRows();
        }
        emit loaded();
    });
    job->start();
}

} // namespace UserAdmin
