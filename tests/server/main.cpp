// SPDX-License-Identifier: MIT
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QHttpServer server;
    server.route(QStringLiteral("/__control/health"), [] { return QStringLiteral("{\"ok\":true}"); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    std::printf("listening http://127.0.0.1:%u\n", port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
