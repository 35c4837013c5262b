// SPDX-License-Identifier: MIT
#pragma once

#include "HttpReply.h"
#include "Router.h"

namespace UserAdmin::DevServer {

class DeviceGrants;
class Directory;
class EndUserRepository;
class FaultInjector;
class RateLimiter;
class RequestJournal;
class SessionStore;
struct HttpRequestData;

/// The loopback-only control endpoint under /__control/ (README.md): tokens, faults, request journal,
/// rate limiter, device approval, MFA codes and memberships for the tests.
class ControlHandler
{
public:
    ControlHandler(SessionStore& sessions,
                   FaultInjector& faults,
                   RequestJournal& journal,
                   RateLimiter& rateLimiter,
                   DeviceGrants& deviceGrants,
                   EndUserRepository& endUsers,
                   Directory& directory);
    HttpReply handle(const HttpRequestData& request);

private:
    HttpReply token(const HttpRequestData& request);
    HttpReply addFault(const HttpRequestData& request);
    HttpReply clearFaults();
    HttpReply requests(const HttpRequestData& request) const;
    HttpReply clearRequests();
    HttpReply rateLimit(const HttpRequestData& request);
    HttpReply approveDevice(const HttpRequestData& request);
    HttpReply endUser(const HttpRequestData& request) const;
    HttpReply totp(const HttpRequestData& request) const;
    HttpReply membership(const HttpRequestData& request);

    SessionStore& m_sessions;
    FaultInjector& m_faults;
    RequestJournal& m_journal;
    RateLimiter& m_rateLimiter;
    DeviceGrants& m_deviceGrants;
    EndUserRepository& m_endUsers;
    Directory& m_directory;
    Router m_router;
};

} // namespace UserAdmin::DevServer
