#include "dashboardresponses.h"

namespace packdesk::dashboard {

QList<QPair<QByteArray, QByteArray>> DashboardResponses::securityHeaders()
{
    return {
        {"Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                    "form-action 'self'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
    };
}

sync::ApiResponse DashboardResponses::html(int status, const QString& page)
{
    sync::ApiResponse response;
    response.status = status;
    response.body = page.toUtf8();
    response.contentType = "text/html; charset=utf-8";
    response.headers = securityHeaders();
    return response;
}

sync::ApiResponse DashboardResponses::redirect(const QByteArray& location)
{
    sync::ApiResponse response = plainText(303, QStringLiteral("See %1").arg(QString::fromLatin1(location)));
    response.headers.append({"Location", location});
    return response;
}

sync::ApiResponse DashboardResponses::csv(const QString& fileName, const QByteArray& body)
{
    sync::ApiResponse response;
    response.body = body;
    response.contentType = "text/csv; charset=utf-8; header=present";
    response.headers = securityHeaders();
    // fileName is one of the dashboard's own table names: no quoting needed.
    response.headers.append({"Content-Disposition", "attachment; filename=\"" + fileName.toLatin1() + '"'});
    return response;
}

sync::ApiResponse DashboardResponses::css(const QByteArray& body)
{
    sync::ApiResponse response;
    response.body = body;
    response.contentType = "text/css; charset=utf-8";
    response.headers = securityHeaders();
    return response;
}

sync::ApiResponse DashboardResponses::plainText(int status, const QString& text)
{
    sync::ApiResponse response;
    response.status = status;
    response.body = text.toUtf8();
    response.contentType = "text/plain; charset=utf-8";
    response.headers = securityHeaders();
    return response;
}

} // namespace packdesk::dashboard
