#pragma once

#include "sync/apirequest.h"

namespace packdesk::dashboard {

/// The dashboard's HTTP answers, each with the security headers every
/// dashboard response carries (a strict CSP without scripts, nosniff, no
/// referrer, no caching: the pages hold staff performance data).
class DashboardResponses
{
public:
    static QList<QPair<QByteArray, QByteArray>> securityHeaders();
    static sync::ApiResponse html(int status, const QString& page);
    static sync::ApiResponse redirect(const QByteArray& location);
    static sync::ApiResponse csv(const QString& fileName, const QByteArray& body);
    static sync::ApiResponse css(const QByteArray& body);
    static sync::ApiResponse plainText(int status, const QString& text);
};

} // namespace packdesk::dashboard
