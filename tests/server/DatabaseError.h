// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace UserAdmin::DevServer {

/// A failed SQL statement. Thrown by SqlQuery so that no failure goes unnoticed; the router answers it
/// with 500 DATABASE_ERROR, the seeder stops the start.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace UserAdmin::DevServer
