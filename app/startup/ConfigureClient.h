// SPDX-License-Identifier: MIT
#pragma once

#include "startup/StartOptions.h"

namespace UserAdmin {

class ApiClient;

/// The one place where start-up options reach an ApiClient, for the window and for the headless modes alike:
/// the transport policy, the extra certificate authorities and the server (the one given, else the last used).
/// False, with an English message for standard error, when the options cannot work (an unreadable CA file).
bool configureClient(ApiClient& client, const StartOptions& options, QString* errorMessage);

} // namespace UserAdmin
