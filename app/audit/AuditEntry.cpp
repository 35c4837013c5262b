// SPDX-License-Identifier: MIT
#include "audit/AuditEntry.h"

#include <QJsonValue>

namespace UserAdmin {

namespace {

// Range checks for what is read back: a journal is a file anyone with the account can edit.
constexpr qsizetype MaxText = 16 * 1024;
constexpr qint64 MaxCount = qint64(1) << 53; // exact in a JSON double

QString kindName(AuditEntry::Kind kind)
{
    switch (kind) {
    case AuditEntry::Kind::Attempt:
        return QStringLiteral("attempt");
    case AuditEntry::Kind::Outcome:
        return QStringLiteral("outcome");
    case AuditEntry::Kind::FollowUp:
        return QStringLiteral("follow_up");
    }
    return QStringLiteral("attempt");
}

std::optional<AuditEntry::Kind> kindFromName(const QString& name)
{
    for (auto kind : {AuditEntry::Kind::Attempt, AuditEntry::Kind::Outcome, AuditEntry::Kind::FollowUp}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

bool readText(const QJsonObject& o, const QString& key, QString* out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString() || value.toString().size() > MaxText)
        return false;
    *out = value.toString();
    return true;
}

bool readCount(const QJsonObject& o, const QString& key, std::optional<qint64>* out)
{
    const QJsonValue value = o.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->reset();
        return true;
    }
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > double(MaxCount) || number != double(qint64(number)))
        return false;
    *out = qint64(number);
    return true;
}

bool readUuid(const QJsonObject& o, const QString& key, QUuid* out)
{
    QString text;
    if (!readText(o, key, &text))
        return false;
    *out = QUuid(text);
    return text.isEmpty() || !out->isNull();
}

bool readSubject(const QJsonObject& o, AuditEntry* e)
{
    const QString time = o.value(QStringLiteral("time")).toString();
    e->time = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!e->time.isValid())
        return false;
    e->time = e->time.toUTC();
    return readText(o, QStringLiteral("server"), &e->server)
        && readText(o, QStringLiteral("organization"), &e->organization)
        && readText(o, QStringLiteral("actor"), &e->actor) && readText(o, QStringLiteral("action"), &e->action)
        && readText(o, QStringLiteral("target_id"), &e->targetId)
        && readText(o, QStringLiteral("target_email"), &e->targetEmail);
}

// The format before the chain: outcome "attempted" / "succeeded" / "failed" / "unknown", a count, an English detail.
std::optional<AuditEntry> fromLegacyJson(const QJsonObject& o)
{
    AuditEntry e;
    if (!readSubject(o, &e) || !readText(o, QStringLiteral("detail"), &e.legacyDetail))
        return std::nullopt;
    std::optional<qint64> count;
    if (!readCount(o, QStringLiteral("count"), &count))
        return std::nullopt;
    const QString outcome = o.value(QStringLiteral("outcome")).toString();
    if (outcome == QLatin1String("attempted")) {
        e.kind = AuditEntry::Kind::Attempt;
        return e;
    }
    e.kind = AuditEntry::Kind::Outcome;
    if (outcome == QLatin1String("succeeded"))
        e.outcome = AuditOutcome::revoked(count);
    else if (outcome == QLatin1String("failed"))
        e.outcome = AuditOutcome::notRevoked();
    else if (outcome == QLatin1String("unknown"))
        e.outcome = AuditOutcome::unknown();
    else
        return std::nullopt;
    return e;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o {
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("server"), server},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("target_id"), targetId},
        {QStringLiteral("target_email"), targetEmail},
        {QStringLiteral("attempt_id"), attemptId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("batch_id"), batchId.isNull() ? QString() : batchId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("reason"), reason},
    };
    if (kind == Kind::Outcome && outcome) {
        o.insert(QStringLiteral("result"), AuditOutcome::kindName(outcome->kind));
        if (outcome->count)
            o.insert(QStringLiteral("count"), *outcome->count);
        if (outcome->httpStatus != 0)
            o.insert(QStringLiteral("http_status"), outcome->httpStatus);
        if (!outcome->errorCode.isEmpty())
            o.insert(QStringLiteral("error_code"), outcome->errorCode.left(MaxText));
        if (!outcome->serverMessage.isEmpty())
            o.insert(QStringLiteral("server_message"), outcome->serverMessage.left(MaxText));
        if (outcome->kind == AuditOutcome::Kind::NotReached)
            o.insert(QStringLiteral("reach"), AuditOutcome::reachName(outcome->reach));
    }
    if (kind == Kind::FollowUp && followUp) {
        o.insert(QStringLiteral("follow_up"), QStringLiteral("reloaded"));
        if (followUp->activeSessions)
            o.insert(QStringLiteral("active_sessions"), *followUp->activeSessions);
    }
    if (!legacyDetail.isEmpty())
        o.insert(QStringLiteral("detail"), legacyDetail.left(MaxText));
    return o;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject& o)
{
    if (!o.contains(QStringLiteral("kind")))
        return fromLegacyJson(o);
    AuditEntry e;
    const std::optional<Kind> kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    if (!kind || !readSubject(o, &e) || !readUuid(o, QStringLiteral("attempt_id"), &e.attemptId)
        || !readUuid(o, QStringLiteral("batch_id"), &e.batchId) || !readText(o, QStringLiteral("reason"), &e.reason)
        || !readText(o, QStringLiteral("detail"), &e.legacyDetail))
        return std::nullopt;
    e.kind = *kind;
    if (e.kind == Kind::Outcome) {
        const std::optional<AuditOutcome::Kind> result =
            AuditOutcome::kindFromName(o.value(QStringLiteral("result")).toString());
        if (!result)
            return std::nullopt;
        AuditOutcome outcome;
        outcome.kind = *result;
        std::optional<qint64> status;
        if (!readCount(o, QStringLiteral("count"), &outcome.count)
            || !readCount(o, QStringLiteral("http_status"), &status) || (status && *status > 999)
            || !readText(o, QStringLiteral("error_code"), &outcome.errorCode)
            || !readText(o, QStringLiteral("server_message"), &outcome.serverMessage))
            return std::nullopt;
        outcome.httpStatus = int(status.value_or(0));
        if (outcome.kind == AuditOutcome::Kind::NotReached) {
            const auto reach = AuditOutcome::reachFromName(o.value(QStringLiteral("reach")).toString());
            if (!reach)
                return std::nullopt;
            outcome.reach = *reach;
        }
        e.outcome = outcome;
    } else if (e.kind == Kind::FollowUp) {
        if (o.value(QStringLiteral("follow_up")).toString() != QLatin1String("reloaded"))
            return std::nullopt;
        AuditFollowUp followUp;
        if (!readCount(o, QStringLiteral("active_sessions"), &followUp.activeSessions))
            return std::nullopt;
        e.followUp = followUp;
    }
    return e;
}

} // namespace UserAdmin
