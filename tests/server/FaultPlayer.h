// SPDX-License-Identifier: MIT
#pragma once

#include "Fault.h"
#include "HttpReply.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QTcpSocket;

namespace UserAdmin::DevServer {

struct HttpRequestData;

/// Plays an injected fault on a connection (README.md, "Faults"): closing, resetting or holding it, writing
/// slowly, huge or compressed bodies, and answers changed on the way out.
class FaultPlayer : public QObject
{
    Q_OBJECT

public:
    /// answer: the normal answer of a request; finish: records the request with the status it got (0: none).
    using Answer = std::function<HttpReply(const HttpRequestData&)>;
    using Finish = std::function<void(const HttpRequestData&, int, const QElapsedTimer&)>;

    FaultPlayer(Answer answer, Finish finish, QObject* parent = nullptr);
    void play(const Fault& fault, const HttpRequestData& request, QPointer<QTcpSocket> socket, QElapsedTimer timer);

    static bool wantsKeepAlive(const HttpRequestData& request);
    static void send(const HttpRequestData& request, QTcpSocket* socket, const HttpReply& reply);

private:
    HttpReply statusReply(const Fault& fault) const;
    void writeSlowly(const HttpRequestData& request,
                     QPointer<QTcpSocket> socket,
                     const HttpReply& reply,
                     qsizetype chunkSize,
                     int intervalMs,
                     QElapsedTimer timer);
    void resetMidBody(const HttpRequestData& request, QPointer<QTcpSocket> socket, QElapsedTimer timer);
    void hang(const HttpRequestData& request, QPointer<QTcpSocket> socket, QElapsedTimer timer);
    void streamHuge(const HttpRequestData& request, QPointer<QTcpSocket> socket, qint64 bytes, QElapsedTimer timer);
    QByteArray gzipBody(qint64 expandedBytes);

    Answer m_answer;
    Finish m_finish;
    QHash<qint64, QByteArray> m_gzipBodies; // by expanded size: built once, a few MB each
};

} // namespace UserAdmin::DevServer
