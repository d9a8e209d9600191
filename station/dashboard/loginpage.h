#pragma once

#include <QString>

namespace packdesk::dashboard {

/// The dashboard's login form (badge + PIN, POST /dashboard/login).
class LoginPage
{
public:
    /// message: shown above the form ("" for none); the same sentence for
    /// every kind of failure, so that it tells a guesser nothing.
    static QString render(const QString& message = {});
};

} // namespace packdesk::dashboard
