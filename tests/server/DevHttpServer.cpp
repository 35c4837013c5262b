// SPDX-License-Identifier: MIT
#include "DevHttpServer.h"

#include "ControlHandler.h"
#include "FaultInjector.h"
#include "HttpRequestData.h"
#include "RequestJournal.h"
#include "Router.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace UserAdmin::DevServer {

DevHttpServer::DevHttpServer(const Router& api,
                             ControlHandler& control,
                             FaultInjector& faults,
                             RequestJournal& journal,
                             bool quiet,
                             qint64 bodyLimitBytes,
                             QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_control(control)
    , m_faults(faults)
    , m_journal(journal)
    , m_quiet(quiet)
    , m_bodyLimit(bodyLimitBytes)
    , m_player([this](const HttpRequestData& request) { return answer(request); },
               [this](const HttpRequestData& request, int status, const QElapsedTimer& timer) {
                   finish(request, status, timer);
               })
{ }

HttpReply DevHttpServer::answer(const HttpRequestData& request) const
{
    if (m_bodyLimit > 0 && request.body.size() > m_bodyLimit)
        return HttpReply::text(413, QStringLiteral("Failed to buffer the request body: length limit exceeded"));
    return m_api.dispatch(request);
}

bool DevHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    const HttpRequestData data = HttpRequestData::from(request);
    if (data.path.startsWith(QLatin1String("/__control/"))) {
        // Not logged, not recorded, not rate-limited; only for local processes.
        const HttpReply reply = data.peer.isLoopback()
            ? m_control.handle(data)
            : HttpReply::error(403, QStringLiteral("FORBIDDEN"), QStringLiteral("loopback only"));
        FaultPlayer::send(data, socket, reply);
        return true;
    }
    const std::optional<Fault> fault = m_faults.take(data.method, data.path);
    if (fault && fault->kind == Fault::Kind::Latency) {
        // Wait on a timer so that other connections keep being served meanwhile.
        QTimer::singleShot(
            fault->milliseconds, this, [this, data, socketPointer = QPointer<QTcpSocket>(socket), timer] {
                process(data, socketPointer, std::nullopt, timer);
            });
        return true;
    }
    process(data, socket, fault, timer);
    return true;
}

void DevHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const HttpRequestData data = HttpRequestData::from(request);
    FaultPlayer::send(data, socket, HttpReply::empty(404));
}

void DevHttpServer::process(const HttpRequestData& request,
                            QPointer<QTcpSocket> socket,
                            const std::optional<Fault>& fault,
                            QElapsedTimer timer)
{
    if (!socket) {
        finish(request, 0, timer);
        return;
    }
    if (!fault) {
        const HttpReply reply = answer(request);
        FaultPlayer::send(request, socket, reply);
        finish(request, reply.status, timer);
        return;
    }
    m_player.play(*fault, request, socket, timer);
}

void DevHttpServer::finish(const HttpRequestData& request, int status, const QElapsedTimer& timer)
{
    const qint64 ms = timer.elapsed();
    m_journal.record(request, status, ms);
    if (m_quiet)
        return;
    // Never the Authorization header or the body: they may carry tokens.
    std::fprintf(stderr,
                 "%s %s%s%s %d %lldms\n",
                 request.method.constData(),
                 request.path.toUtf8().constData(),
                 request.rawQuery.isEmpty() ? "" : "?",
                 request.rawQuery.constData(),
                 status,
                 static_cast<long long>(ms));
    std::fflush(stderr);
}

} // namespace UserAdmin::DevServer
