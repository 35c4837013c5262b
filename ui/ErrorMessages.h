// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace UserAdmin {

/// The one place where an ApiError becomes a sentence for people: what happened, and the server's own words.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin::ErrorMessages)
public:
    /// One translated sentence for the kind of error.
    static QString summary(const ApiError& error);
    /// The server's message (or the transport's description), for the detail line; may be empty.
    static QString detail(const ApiError& error);
    /// summary() and detail() on two lines.
    static QString full(const ApiError& error);
};

} // namespace UserAdmin
