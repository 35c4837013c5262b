// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace UserAdmin {

/// A request body that can be read once and cannot be rewound.
///
/// QNetworkAccessManager silently sends a request again (DELETE and POST included) when the connection closes
/// before an answer arrives. It can only do so after rewinding the upload device; with this device (and
/// QNetworkRequest::DoNotBufferUploadDataAttribute) the rewind fails, so the request is sent exactly once and the
/// reply ends with QNetworkReply::ContentReSendError, which the client reports as "outcome unknown".
class OneShotBodyDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBodyDevice(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace UserAdmin
