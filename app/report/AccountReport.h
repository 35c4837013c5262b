// SPDX-License-Identifier: MIT
#pragma once

#include "api/EndUserDetail.h"
#include "audit/AuditEntry.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace UserAdmin {

/// What an account report is made of: the detail as the server answered it, where it came from, who asked and when,
/// and this computer's journal entries about the account.
struct AccountReportInput
{
    QString server; ///< origin, e.g. https://sso.example.com
    QString organizationSlug;
    QString organizationName;
    QString producedBy; ///< the signed-in member's email; empty when not known
    QDateTime producedAt; ///< UTC
    EndUserDetail detail;
    QList<AuditEntry> journalEntries; ///< oldest first, as AuditJournal::entriesFor() returns them
};

/// Builds the account report for a ticket (plain text, Markdown or PDF): every fact of the detail, with what the
/// server does not report said as unknown; identities, services, sessions, recent sign-ins and the journal. Pure:
/// the same input gives the same report, in the current language.
class AccountReport
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::AccountReport)
public:
    static ReportDocument build(const AccountReportInput& input);
    /// A file name for the report of `email`, e.g. "account-report-john-customer.com-2026-12-01" (no suffix).
    static QString suggestedFileName(const QString& email, const QDateTime& producedAt);
};

} // namespace UserAdmin
