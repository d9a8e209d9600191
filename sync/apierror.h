#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace packdesk::sync {

/// An error answer of the HTTP API: the status and the JSON body
/// `{"error": {"code", "message", "field"}}` every endpoint uses. code is
/// stable snake_case for programs; message is a sentence for the shop's
/// developer; field is the path of the offending field (`lines[2].quantity`)
/// or empty.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QString field;
    /// Every problem when there are several (each {code, message, field}); the first is also above.
    QJsonArray details;

    QByteArray toJson() const;
    /// "Payload Too Large" for 413...: the reason phrase of a status line.
    static QByteArray reasonPhrase(int status);
};

} // namespace packdesk::sync
