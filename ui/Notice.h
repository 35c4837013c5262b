// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace UserAdmin {

/// What an inline banner says: how serious it is, one sentence, the server's words or a technical line, and what
/// its button does (none when `actionText` is empty). ErrorPresenter makes the words; the pane that shows the
/// notice decides the action.
struct Notice
{
    enum class Severity { Info, Success, Warning, Error };

    Severity severity = Severity::Info;
    QString text;
    QString detail;
    /// Trying the same request again could help (a transport failure, a busy server); not after a refusal.
    bool canRetry = false;
    QString actionText;
    std::function<void()> action;
};

} // namespace UserAdmin
