// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace UserAdmin {

class ApiClient;

/// Headless check used by installers' proofs (`--self-test`): with the configured server and token, finds the
/// organization (the given slug, or the member's first active one), lists the first page of end-users and reports.
/// Succeeds only when rows arrived.
class SelfTest : public QObject
{
    Q_OBJECT
public:
    SelfTest(ApiClient* client, QString organizationSlug, QObject* parent = nullptr);
    void start();

signals:
    /// exitCode 0 on success; report is one line for standard output (or standard error on failure).
    void finished(int exitCode, const QString& report);

private:
    void listOrganizations();
    void listEndUsers(const QString& slug);
    void fail(const QString& report);

    QPointer<ApiClient> m_client;
    QString m_slug;
};

} // namespace UserAdmin
