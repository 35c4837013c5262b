// SPDX-License-Identifier: MIT
#include "SearchIndex.h"

#include "Database.h"

#include "DatabaseError.h"
#include "SqlQuery.h"

#include <algorithm>
#include <cstring>

namespace UserAdmin::DevServer {

bool SearchIndex::load(const Database& database, QString* errorMessage)
{
    m_organizations.clear();
    SqlQuery query(database.connection());
    query.setForwardOnly(true);
    // org_end_users is stored in list order (organization, newest account first, id).
    try {
        query.exec(QStringLiteral("SELECT org_rid, user_rid, email_lc, service_mask FROM org_end_users ORDER BY rid"));
    } catch (const DatabaseError& error) {
        *errorMessage = error.message();
        return false;
    }
    Organization* current = nullptr;
    qint64 currentRid = -1;
    while (query.next()) {
        const qint64 orgRid = query.value(0).toLongLong();
        if (orgRid != currentRid) {
            currentRid = orgRid;
            current = &m_organizations[orgRid];
        }
        current->starts.push_back(quint32(current->text.size()));
        current->text += query.value(2).toString().toUtf8();
        current->text += '\n';
        current->userRids.push_back(query.value(1).toLongLong());
        current->services.push_back(quint32(query.value(3).toLongLong()));
    }
    return true;
}

SearchIndex::Result SearchIndex::find(
    qint64 orgRid, const QString& term, std::optional<int> serviceIndex, qint64 offset, qint64 limit) const
{
    Result result;
    const auto it = m_organizations.constFind(orgRid);
    if (it == m_organizations.constEnd())
        return result;
    const Organization& org = it.value();
    const quint32 serviceBit = serviceIndex ? (1u << *serviceIndex) : 0;
    const auto take = [&](std::size_t row) {
        if (serviceBit && !(org.services[row] & serviceBit))
            return;
        if (result.total >= offset && result.total - offset < limit)
            result.userRids << org.userRids[row];
        ++result.total;
    };
    const std::size_t rows = org.userRids.size();
    if (term.isEmpty()) {
        if (!serviceBit) {
            result.total = qint64(rows);
            for (qint64 row = offset; row < qint64(rows) && row - offset < limit; ++row)
                result.userRids << org.userRids[std::size_t(row)];
            return result;
        }
        for (std::size_t row = 0; row < rows; ++row)
            take(row);
        return result;
    }
    const QByteArray needle = term.toUtf8();
    if (needle.contains('\n'))
        return result;
    const char* base = org.text.constData();
    const std::size_t size = std::size_t(org.text.size());
    std::size_t position = 0;
    std::size_t row = 0;
    while (position < size) {
        const void* hit = memmem(base + position, size - position, needle.constData(), std::size_t(needle.size()));
        if (!hit)
            break;
        const auto at = quint32(static_cast<const char*>(hit) - base);
        // Hits are often in the very next rows: step a little before searching.
        int steps = 0;
        while (row + 1 < rows && org.starts[row + 1] <= at && steps < 8) {
            ++row;
            ++steps;
        }
        if (row + 1 < rows && org.starts[row + 1] <= at)
            row = std::size_t(std::upper_bound(org.starts.begin() + qsizetype(row), org.starts.end(), at)
                              - org.starts.begin())
                - 1;
        take(row);
        // One hit per email: continue with the next one.
        position = row + 1 < rows ? org.starts[row + 1] : size;
    }
    return result;
}

} // namespace UserAdmin::DevServer
