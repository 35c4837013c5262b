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
        socket->write(reply.serialize(wantsKeepAlive(data)));
        if (!wantsKeepAlive(data))
            socket->disconnectFromHost();
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
    socket->write(HttpReply::empty(404).serialize(wantsKeepAlive(data)));
}

bool DevHttpServer::wantsKeepAlive(const HttpRequestData& request)
{
    return request.header("Connection").toLower() != "close";
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
        send(request, socket, reply);
        finish(request, reply.status, timer);
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Close:
        if (fault->handleBeforeClose)
            answer(request); // side effects happen, the answer is lost
        socket->disconnectFromHost();
        finish(request, 0, timer);
        return;
    case Fault::Kind::Status: {
        HttpReply reply =
            HttpReply::error(fault->status,
                             fault->status >= 500 ? QStringLiteral("INTERNAL_SERVER_ERROR") : QStringLiteral("FAULT"),
                             QStringLiteral("Injected fault"));
        if (fault->status == 503)
            reply = HttpReply::error(503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("Injected fault"));
        if (fault->hasBody) {
            reply.body = fault->body;
            reply.contentType = fault->body.startsWith('{') || fault->body.startsWith('[')
                ? QByteArrayLiteral("application/json")
                : QByteArrayLiteral("text/plain; charset=utf-8");
        }
        send(request, socket, reply);
        finish(request, reply.status, timer);
        return;
    }
    case Fault::Kind::Redirect: {
        HttpReply reply = HttpReply::empty(fault->status);
        reply.headers.append({QByteArrayLiteral("Location"), fault->location});
        send(request, socket, reply);
        finish(request, reply.status, timer);
        return;
    }
    case Fault::Kind::Malformed: {
        HttpReply reply = HttpReply::empty(200);
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = QByteArrayLiteral("<html><body>Service temporarily unavailable {\"users\": [</body></html>");
        send(request, socket, reply);
        finish(request, 200, timer);
        return;
    }
    case Fault::Kind::Truncated: {
        HttpReply reply = answer(request);
        reply.status = 200;
        reply.contentType = QByteArrayLiteral("application/json");
        if (reply.body.size() < 2)
            reply.body = QByteArrayLiteral("{\"users\": [{\"id\": \"");
        reply.body.truncate(reply.body.size() / 2);
        send(request, socket, reply);
        finish(request, 200, timer);
        return;
    }
    case Fault::Kind::Trickle:
        trickle(request, socket, answer(request), fault->milliseconds, timer);
        return;
    case Fault::Kind::Latency:
        break;
    }
    const HttpReply reply = answer(request);
    send(request, socket, reply);
    finish(request, reply.status, timer);
}

void DevHttpServer::send(const HttpRequestData& request, QTcpSocket* socket, const HttpReply& reply)
{
    const bool keepAlive = wantsKeepAlive(request);
    socket->write(reply.serialize(keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

void DevHttpServer::trickle(const HttpRequestData& request,
                            QPointer<QTcpSocket> socket,
                            const HttpReply& reply,
                            int milliseconds,
                            QElapsedTimer timer)
{
    const auto bytes = std::make_shared<QByteArray>(reply.serialize(wantsKeepAlive(request)));
    constexpr int Chunks = 20;
    const qsizetype chunkSize = std::max<qsizetype>(1, (bytes->size() + Chunks - 1) / Chunks);
    const int step = std::max(1, milliseconds / Chunks);
    const auto position = std::make_shared<qsizetype>(0);
    auto* pump = new QTimer(this);
    pump->setInterval(step);
    connect(pump,
            &QTimer::timeout,
            this,
            [this, pump, bytes, position, chunkSize, socket, request, status = reply.status, timer] {
                if (!socket) {
                    pump->deleteLater();
                    finish(request, 0, timer);
                    return;
                }
                socket->write(bytes->mid(*position, chunkSize));
                socket->flush();
                *position += chunkSize;
                if (*position >= bytes->size()) {
                    pump->stop();
                    pump->deleteLater();
                    if (!wantsKeepAlive(request))
                        socket->disconnectFromHost();
                    finish(request, status, timer);
                }
            });
    pump->start();
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
