// SPDX-License-Identifier: MIT
#pragma once

#include "Fault.h"
#include "FaultPlayer.h"
#include "HttpReply.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QPointer>

#include <optional>

class QTcpSocket;

namespace UserAdmin::DevServer {

class ControlHandler;
class Router;
class FaultInjector;
class RequestJournal;
struct HttpRequestData;

/// The HTTP front of sso-dev-server. It owns the socket side: TLS when configured, faults (FaultPlayer;
/// latency here, without blocking other connections), writing answers, the request log and the journal.
class DevHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    DevHttpServer(const Router& api,
                  ControlHandler& control,
                  FaultInjector& faults,
                  RequestJournal& journal,
                  bool quiet,
                  qint64 bodyLimitBytes,
                  QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void process(const HttpRequestData& request,
                 QPointer<QTcpSocket> socket,
                 const std::optional<Fault>& fault,
                 QElapsedTimer timer);
    /// The API's answer, or 413 for a body over the limit (the 2026 server's 1 MiB).
    HttpReply answer(const HttpRequestData& request) const;
    void finish(const HttpRequestData& request, int status, const QElapsedTimer& timer);

    const Router& m_api;
    ControlHandler& m_control;
    FaultInjector& m_faults;
    RequestJournal& m_journal;
    bool m_quiet;
    qint64 m_bodyLimit;
    FaultPlayer m_player;
};

} // namespace UserAdmin::DevServer
