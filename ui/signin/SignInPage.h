// SPDX-License-Identifier: MIT
#pragma once

#include "api/TokenResponse.h"
#include "auth/AuthSession.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace UserAdmin {

class ApiClient;

/// One way of signing in, as a page of SignInDialog. A page collects what it needs, talks to the server, and ends
/// in tokensReceived() (the dialog hands them to the session) or errorOccurred(). Before it sends anything it asks
/// the dialog to take the server address as typed (setPrepare); the address rules are the dialog's.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(ApiClient* client, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_client(client)
    { }

    /// Called before a request: takes the server address (false when it is not usable) and clears old errors.
    void setPrepare(std::function<bool()> prepare) { m_prepare = std::move(prepare); }
    /// The page became the one shown: focus and the default button.
    virtual void activate() = 0;
    /// The page is left or the dialog closes: whatever runs is abandoned and nothing of it stays on screen.
    virtual void abandon() = 0;
    /// The session refused what this page delivered; the page is ready for another try.
    virtual void sessionRefused() = 0;
    /// Return in the server field: start, as the page's main button would.
    virtual void startFromServerField() = 0;
    /// The server address now names `origin`: settings kept per server apply.
    virtual void serverChanged(const QString& origin) { Q_UNUSED(origin) }

signals:
    void tokensReceived(const UserAdmin::TokenResponse& tokens, UserAdmin::AuthSession::Persistence persistence);
    void errorOccurred(const QString& text);

protected:
    bool prepare() { return !m_prepare || m_prepare(); }
    ApiClient* client() const { return m_client; }
    /// A wrapping plain-text label: the server's words are never rendered as rich text.
    static QLabel* plainLabel(QWidget* parent);

private:
    ApiClient* m_client;
    std::function<bool()> m_prepare;
};

} // namespace UserAdmin
