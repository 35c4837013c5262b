// SPDX-License-Identifier: MIT
#include "FaultPlayer.h"

#include "FaultBodies.h"
#include "HttpRequestData.h"

#include <QTcpSocket>
#include <QTimer>

#include <linux/sockios.h>
#include <memory>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace UserAdmin::DevServer {

namespace {

constexpr qint64 StreamChunk = 256 * 1024;

QByteArray head(int status, const QByteArray& contentType, qint64 length, bool keepAlive, const QByteArray& extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + HttpReply::reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += extra;
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return out;
}

} // namespace

FaultPlayer::FaultPlayer(Answer answer, Finish finish, QObject* parent)
    : QObject(parent)
    , m_answer(std::move(answer))
    , m_finish(std::move(finish))
{ }

bool FaultPlayer::wantsKeepAlive(const HttpRequestData& request)
{
    return request.header("Connection").toLower() != "close";
}

void FaultPlayer::send(const HttpRequestData& request, QTcpSocket* socket, const HttpReply& reply)
{
    const bool keepAlive = wantsKeepAlive(request);
    socket->write(reply.serialize(keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

HttpReply FaultPlayer::statusReply(const Fault& fault) const
{
    HttpReply reply =
        HttpReply::error(fault.status,
                         fault.status >= 500 ? QStringLiteral("INTERNAL_SERVER_ERROR") : QStringLiteral("FAULT"),
                         QStringLiteral("Injected fault"));
    if (fault.status == 503)
        reply = HttpReply::error(503, QStringLiteral("SERVICE_UNAVAILABLE"), QStringLiteral("Injected fault"));
    if (fault.hasBody) {
        reply.body = fault.body;
        reply.contentType = fault.body.startsWith('{') || fault.body.startsWith('[')
            ? QByteArrayLiteral("application/json")
            : QByteArrayLiteral("text/plain; charset=utf-8");
    }
    if (!fault.retryAfter.isEmpty())
        reply.headers.append({QByteArrayLiteral("Retry-After"), fault.retryAfter});
    return reply;
}

void FaultPlayer::play(const Fault& fault,
                       const HttpRequestData& request,
                       QPointer<QTcpSocket> socket,
                       QElapsedTimer timer)
{
    HttpReply reply;
    switch (fault.kind) {
    case Fault::Kind::Close:
        if (fault.handleBeforeClose)
            m_answer(request); // side effects happen, the answer is lost
        socket->disconnectFromHost();
        m_finish(request, 0, timer);
        return;
    case Fault::Kind::Trickle: {
        reply = m_answer(request);
        const qsizetype size = reply.serialize(wantsKeepAlive(request)).size();
        writeSlowly(request,
                    socket,
                    reply,
                    std::max<qsizetype>(1, (size + 19) / 20),
                    std::max(1, fault.milliseconds / 20),
                    timer);
        return;
    }
    case Fault::Kind::Drip:
        writeSlowly(request, socket, m_answer(request), 1, fault.milliseconds, timer);
        return;
    case Fault::Kind::Reset:
        resetMidBody(request, socket, timer);
        return;
    case Fault::Kind::Hang:
        hang(request, socket, timer);
        return;
    case Fault::Kind::Huge:
        streamHuge(request, socket, fault.bytes, timer);
        return;
    case Fault::Kind::Status:
        reply = statusReply(fault);
        break;
    case Fault::Kind::Redirect:
        reply = HttpReply::empty(fault.status);
        reply.headers.append({QByteArrayLiteral("Location"), fault.location});
        break;
    case Fault::Kind::Malformed:
        reply = HttpReply::empty(200);
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = QByteArrayLiteral("<html><body>Service temporarily unavailable {\"users\": [</body></html>");
        break;
    case Fault::Kind::Truncated:
        reply = m_answer(request);
        reply.status = 200;
        reply.contentType = QByteArrayLiteral("application/json");
        if (reply.body.size() < 2)
            reply.body = QByteArrayLiteral("{\"users\": [{\"id\": \"");
        reply.body.truncate(reply.body.size() / 2);
        break;
    case Fault::Kind::Gzip:
        reply = HttpReply::empty(200);
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body = gzipBody(fault.bytes);
        reply.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        break;
    case Fault::Kind::InvalidUtf8:
        reply = m_answer(request);
        reply.body = FaultBodies::invalidUtf8(reply.body);
        break;
    case Fault::Kind::ContentType:
        reply = m_answer(request);
        reply.contentType = fault.contentType;
        break;
    case Fault::Kind::DuplicateKeys:
        reply = m_answer(request);
        reply.body = FaultBodies::duplicateKeys(reply.body);
        break;
    case Fault::Kind::Patch:
        reply = m_answer(request);
        reply.body = FaultBodies::patch(reply.body, fault.set, fault.setRaw);
        break;
    case Fault::Kind::Latency:
        reply = m_answer(request); // the wait is over (DevHttpServer waited)
        break;
    }
    send(request, socket, reply);
    m_finish(request, reply.status, timer);
}

void FaultPlayer::writeSlowly(const HttpRequestData& request,
                              QPointer<QTcpSocket> socket,
                              const HttpReply& reply,
                              qsizetype chunkSize,
                              int intervalMs,
                              QElapsedTimer timer)
{
    const auto bytes = std::make_shared<QByteArray>(reply.serialize(wantsKeepAlive(request)));
    const auto position = std::make_shared<qsizetype>(0);
    auto* pump = new QTimer(this);
    pump->setTimerType(Qt::PreciseTimer); // never early: a test may rely on the minimum duration
    pump->setInterval(std::max(1, intervalMs));
    connect(pump,
            &QTimer::timeout,
            this,
            [this, pump, bytes, position, chunkSize, socket, request, status = reply.status, timer] {
                if (!socket) {
                    pump->deleteLater();
                    m_finish(request, 0, timer);
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
                    m_finish(request, status, timer);
                }
            });
    pump->start();
}

void FaultPlayer::resetMidBody(const HttpRequestData& request, QPointer<QTcpSocket> socket, QElapsedTimer timer)
{
    // The head and half the body, then a TCP reset (SO_LINGER 0): the client sees a short body and an error.
    const HttpReply reply = m_answer(request);
    const QByteArray whole = reply.serialize(true);
    const qsizetype bodyStart = whole.size() - reply.body.size();
    socket->write(whole.left(bodyStart + reply.body.size() / 2));
    socket->flush();
    // The reset must not overtake the bytes: wait until Qt has handed them all to the kernel and the kernel's
    // send queue is empty (every byte acknowledged), then close with SO_LINGER 0.
    auto* poll = new QTimer(this);
    poll->setInterval(5);
    const auto polls = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, polls, socket, request, timer] {
        int queued = 0;
        const bool drained = socket && socket->bytesToWrite() == 0
            && ::ioctl(int(socket->socketDescriptor()), SIOCOUTQ, &queued) == 0 && queued == 0;
        if (socket && !drained && ++*polls < 2000)
            return;
        poll->stop();
        poll->deleteLater();
        if (socket) {
            const struct linger hard
            {
                1, 0
            };
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
        }
        m_finish(request, 0, timer);
    });
    poll->start();
}

void FaultPlayer::hang(const HttpRequestData& request, QPointer<QTcpSocket> socket, QElapsedTimer timer)
{
    // Never an answer; the request is recorded (status 0) when the client gives up.
    connect(socket, &QTcpSocket::disconnected, this, [this, request, timer] { m_finish(request, 0, timer); });
}

void FaultPlayer::streamHuge(const HttpRequestData& request,
                             QPointer<QTcpSocket> socket,
                             qint64 bytes,
                             QElapsedTimer timer)
{
    // Written as the socket drains, so the server never holds more than a few chunks.
    socket->write(head(200, QByteArrayLiteral("application/json"), bytes, wantsKeepAlive(request)));
    const auto offset = std::make_shared<qint64>(0);
    const auto done = std::make_shared<bool>(false);
    auto* pump = new QObject(this);
    const auto refill = [this, socket, offset, done, bytes, pump, request, timer] {
        if (*done)
            return;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            *done = true;
            pump->deleteLater();
            m_finish(request, 0, timer);
            return;
        }
        while (*offset < bytes && socket->bytesToWrite() < 4 * StreamChunk) {
            const qint64 size = std::min(StreamChunk, bytes - *offset);
            socket->write(FaultBodies::hugeChunk(bytes, *offset, size));
            *offset += size;
        }
        if (*offset >= bytes) {
            *done = true;
            pump->deleteLater();
            if (!wantsKeepAlive(request))
                socket->disconnectFromHost();
            m_finish(request, 200, timer);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, pump, refill);
    connect(socket, &QTcpSocket::disconnected, pump, refill);
    refill();
}

QByteArray FaultPlayer::gzipBody(qint64 expandedBytes)
{
    auto it = m_gzipBodies.find(expandedBytes);
    if (it == m_gzipBodies.end())
        it = m_gzipBodies.insert(expandedBytes, FaultBodies::gzipOfZeros(expandedBytes));
    return it.value();
}

} // namespace UserAdmin::DevServer
