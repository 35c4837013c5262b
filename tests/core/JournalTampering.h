// SPDX-License-Identifier: MIT
#pragma once

// Shared by the journal tests: a journal with known entries, and the ways someone could change it afterwards.

#include "audit/AuditJournal.h"

#include <QByteArrayList>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace JournalTampering {

/// Writes `actions` attempt/outcome pairs (2 × actions entries) for user1@x.test, user2@x.test, …
inline bool writeSample(UserAdmin::AuditJournal& journal, int actions)
{
    using namespace UserAdmin;
    for (int i = 1; i <= actions; ++i) {
        AuditEntry subject;
        subject.server = QStringLiteral("https://sso.example.com");
        subject.organization = QStringLiteral("acme-corp");
        subject.actor = QStringLiteral("admin@acme.test");
        subject.action = AuditEntry::revokeSessionsAction();
        subject.targetId = QStringLiteral("u-%1").arg(i);
        subject.targetEmail = QStringLiteral("user%1@x.test").arg(i);
        subject.reason = QStringLiteral("INC-42");
        const std::optional<AuditEntry> attempt = journal.appendAttempt(subject);
        if (!attempt || !journal.appendOutcome(*attempt, AuditOutcome::revoked(i)))
            return false;
    }
    return true;
}

/// The file's lines, each with its newline.
inline QByteArrayList lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList result;
    while (!file.atEnd())
        result << file.readLine();
    return result;
}

inline bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Applies `how` to the journal at `path` (entries are numbered from 1):
/// "edit:N" changes one byte of entry N (the digit of its email), "delete:N" removes entry N, "swap:N" exchanges
/// entries N and N+1, "truncate:K" removes the last K lines, "cut:B" removes the last B bytes, "insert:N" puts a
/// line of garbage before entry N, "drop-head" deletes the head record, "unchain" strips the chain from every line.
inline bool tamper(const QString& path, const QString& how)
{
    QByteArrayList all = lines(path);
    const QString verb = how.section(QLatin1Char(':'), 0, 0);
    const int n = how.section(QLatin1Char(':'), 1, 1).toInt();
    if (verb == QLatin1String("edit")) {
        QByteArray& line = all[n - 1];
        const qsizetype at = line.indexOf("@x.test") - 1;
        if (at < 0)
            return false;
        line[at] = line[at] == '9' ? '8' : '9';
    } else if (verb == QLatin1String("delete")) {
        all.removeAt(n - 1);
    } else if (verb == QLatin1String("swap")) {
        all.swapItemsAt(n - 1, n);
    } else if (verb == QLatin1String("truncate")) {
        all.resize(all.size() - n);
    } else if (verb == QLatin1String("cut")) {
        const QByteArray bytes = all.join();
        return write(path, bytes.left(bytes.size() - n));
    } else if (verb == QLatin1String("insert")) {
        all.insert(n - 1, QByteArray("{\"note\":\"inserted\"}\n"));
    } else if (verb == QLatin1String("drop-head")) {
        return QFile::remove(path + QStringLiteral(".head"));
    } else if (verb == QLatin1String("unchain")) {
        for (QByteArray& line : all) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (!object.contains(QStringLiteral("seq")))
                return false;
            object.remove(QStringLiteral("seq"));
            object.remove(QStringLiteral("prev"));
            line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        }
    } else {
        return false;
    }
    return write(path, all.join());
}

} // namespace JournalTampering
