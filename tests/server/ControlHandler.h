// SPDX-License-Identifier: MIT
#pragma once

#include "HttpReply.h"

namespace UserAdmin::DevServer {

class DeviceFlow;
class EndUserRepository;
class FaultInjector;
class RateLimiter;
class RequestJournal;
class SessionStore;
struct HttpRequestData;

/// The loopback-only control endpoint under /__control/ (README.md): tokens, faults, request journal,
/// rate limiter and device approval for the tests.
class ControlHandler
{
public:
    ControlHandler(SessionStore& sessions,
                   FaultInjector& faults,
                   RequestJournal& journal,
                   RateLimiter& rateLimiter,
                   DeviceFlow& deviceFlow,
                   EndUserRepository& endUsers);
    HttpReply handle(const HttpRequestData& request);

private:
    SessionStore& m_sessions;
    FaultInjector& m_faults;
    RequestJournal& m_journal;
    RateLimiter& m_rateLimiter;
    DeviceFlow& m_deviceFlow;
    EndUserRepository& m_endUsers;
};

} // namespace UserAdmin::DevServer
