// SPDX-License-Identifier: MIT
#include "api/ApiRequest.h"

#include <QJsonDocument>

namespace UserAdmin {

ApiRequest ApiRequest::signInPost(QStringList path, const QJsonObject& body)
{
    ApiRequest request;
    request.maxBodyBytes = AuthBodyLimit;
    request.method = Method::Post;
    request.path = std::move(path);
    request.authenticated = false;
    request.hasBody = true;
    request.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace UserAdmin
