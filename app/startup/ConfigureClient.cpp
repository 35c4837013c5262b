// SPDX-License-Identifier: MIT
#include "startup/ConfigureClient.h"

#include "api/ApiClient.h"
#include "settings/Settings.h"

namespace UserAdmin {

bool configureClient(ApiClient& client, const StartOptions& options, QString* errorMessage)
{
    client.setAllowInsecureHttp(options.allowInsecureHttp);
    if (!options.caFile.isEmpty() && !client.setCaFile(options.caFile, errorMessage))
        return false;
    const QUrl server = options.server.isValid() ? options.server : Settings::lastServerUrl();
    if (server.isValid() && !server.host().isEmpty())
        client.setBaseUrl(server);
    return true;
}

} // namespace UserAdmin
