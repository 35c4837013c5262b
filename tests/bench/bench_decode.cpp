// SPDX-License-Identifier: MIT
// How long the decoders take for pathological but well-formed answers (issue 14): many rows, many distinct
// service slugs. Prints figures; never fails on timing. Example: build/dev/bin/bench_decode --rows 100000
#include "api/EndUserDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace UserAdmin;

namespace {

QByteArray seedPage(int rows)
{
    QJsonArray users;
    for (int i = 0; i < rows; ++i) {
        users.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("u%1").arg(i % (rows / 2 + 1))},
                                  {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
                                  {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")},
                                  {QStringLiteral("services"), QJsonArray {QStringLiteral("s%1").arg(i % 7)}}});
    }
    const QJsonObject pagination {
        {QStringLiteral("page"), 1}, {QStringLiteral("limit"), 100}, {QStringLiteral("total"), rows}};
    return QJsonDocument(QJsonObject {{QStringLiteral("users"), users}, {QStringLiteral("pagination"), pagination}})
        .toJson(QJsonDocument::Compact);
}

QByteArray subscriptionsPage(int slugs)
{
    QJsonArray subscriptions;
    for (int i = 0; i < slugs; ++i)
        subscriptions.append(QJsonObject {{QStringLiteral("service_slug"), QStringLiteral("svc-%1").arg(i)}});
    const QJsonObject user {{QStringLiteral("id"), QStringLiteral("u1")},
                            {QStringLiteral("email"), QStringLiteral("a@x")},
                            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00Z")}};
    const QJsonObject item {{QStringLiteral("user"), user}, {QStringLiteral("subscriptions"), subscriptions}};
    return QJsonDocument(QJsonObject {{QStringLiteral("users"), QJsonArray {item}},
                                      {QStringLiteral("total"), 1},
                                      {QStringLiteral("page"), 1},
                                      {QStringLiteral("limit"), 50}})
        .toJson(QJsonDocument::Compact);
}

void measure(const char* what, const QByteArray& body)
{
    QElapsedTimer timer;
    timer.start();
    ApiError error;
    const auto page = EndUserDecoder::decodePage(body, error);
    const qint64 ms = timer.elapsed();
    std::printf("%-36s %9lld bytes  %6lld ms  %s\n",
                what,
                static_cast<long long>(body.size()),
                static_cast<long long>(ms),
                page ? "ok" : qPrintable(error.describe()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int rows = 100000;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--rows")); at >= 0 && at + 1 < arguments.size())
        rows = std::max(1, arguments.at(at + 1).toInt());
    measure(qPrintable(QStringLiteral("seed page, %1 rows").arg(rows)), seedPage(rows));
    measure(qPrintable(QStringLiteral("one user, %1 distinct slugs").arg(rows)), subscriptionsPage(rows));
    return 0;
}
