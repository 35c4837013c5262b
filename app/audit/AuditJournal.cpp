// SPDX-License-Identifier: MIT
#include "audit/AuditJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace UserAdmin {

AuditJournal::AuditJournal()
    : AuditJournal(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl"))
{ }

AuditJournal::AuditJournal(QString filePath)
    : m_filePath(std::move(filePath))
{ }

bool AuditJournal::append(const AuditEntry& entry)
{
    m_error.clear();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        return false;
    }
    QJsonObject object {
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("server"), entry.server},
        {QStringLiteral("organization"), entry.organization},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("target_id"), entry.targetId},
        {QStringLiteral("target_email"), entry.targetEmail},
        {QStringLiteral("outcome"), AuditEntry::outcomeName(entry.outcome)},
    };
    if (entry.count)
        object.insert(QStringLiteral("count"), *entry.count);
    if (!entry.detail.isEmpty())
        object.insert(QStringLiteral("detail"), entry.detail);

    QFile file(m_filePath);
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditJournal::entries() const
{
    QList<AuditEntry> result;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        if (o.isEmpty())
            continue;
        AuditEntry e;
        e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        e.server = o.value(QStringLiteral("server")).toString();
        e.organization = o.value(QStringLiteral("organization")).toString();
        e.actor = o.value(QStringLiteral("actor")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.targetId = o.value(QStringLiteral("target_id")).toString();
        e.targetEmail = o.value(QStringLiteral("target_email")).toString();
        e.outcome = AuditEntry::outcomeFromName(o.value(QStringLiteral("outcome")).toString())
                        .value_or(AuditEntry::Outcome::Unknown);
        if (o.contains(QStringLiteral("count")))
            e.count = o.value(QStringLiteral("count")).toInteger();
        e.detail = o.value(QStringLiteral("detail")).toString();
        result.append(e);
    }
    return result;
}

} // namespace UserAdmin
