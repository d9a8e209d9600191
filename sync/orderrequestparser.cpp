#include "orderrequestparser.h"

#include "intake/orderfilereader.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace packdesk::sync {

namespace {
ApiError invalid(const QString& field, const QString& code, const QString& message)
{
    return ApiError{422, code, message, field, {}};
}

std::optional<ApiError> readKey(const QJsonObject& object, const QString& name, QString* out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return invalid(name, QStringLiteral("missing_field"), QStringLiteral("is required"));
    if (!value.isString())
        return invalid(name, QStringLiteral("invalid_field"), QStringLiteral("must be a string"));
    *out = value.toString().trimmed();
    if (out->isEmpty() || out->size() > 64)
        return invalid(name, QStringLiteral("invalid_field"), QStringLiteral("must be 1-64 characters"));
    return std::nullopt;
}

std::optional<ApiError> parseCancel(const QJsonObject& object, OrderRequest* out)
{
    out->action = OrderRequest::Action::Cancel;
    if (auto error = readKey(object, QStringLiteral("shop"), &out->shop))
        return error;
    return readKey(object, QStringLiteral("number"), &out->number);
}

std::optional<ApiError> parseOrder(const QByteArray& body, OrderRequest* out)
{
    // The body is one order object; the import reader takes a JSON array of
    // them. Wrapping it keeps the one reader and validator for both, and the
    // object was checked above, so the array holds exactly one record.
    QByteArray wrapped;
    wrapped.reserve(body.size() + 3);
    wrapped.append('[').append(body).append("\n]");
    QBuffer buffer(&wrapped);
    buffer.open(QIODevice::ReadOnly);
    OrderFileContents contents = OrderFileReader::read(buffer, ImportFormat::Json, 100);
    if (contents.problems.empty() && contents.orders.size() == 1) {
        out->action = OrderRequest::Action::Upsert;
        out->order = std::move(contents.orders.front());
        out->shop = out->order.shop;
        out->number = out->order.number;
        return std::nullopt;
    }
    if (contents.problems.empty())
        return ApiError{400,
                        QStringLiteral("invalid_body"),
                        QStringLiteral("The body must hold exactly one order."),
                        {},
                        {}};
    const ImportProblem& first = contents.problems.front();
    // A syntax error the first parser let through (e.g. a number too large for a double).
    const int status = first.code == QLatin1String("invalid_json") || first.isFileLevel() ? 400 : 422;
    ApiError error{status, first.code, first.message, first.field, {}};
    if (contents.problems.size() > 1) {
        for (const ImportProblem& problem : contents.problems) {
            QJsonObject detail{{QStringLiteral("code"), problem.code},
                               {QStringLiteral("message"), problem.message}};
            if (!problem.field.isEmpty())
                detail.insert(QStringLiteral("field"), problem.field);
            error.details.append(detail);
        }
    }
    return error;
}
} // namespace

std::optional<ApiError> OrderRequestParser::parse(const QByteArray& body, OrderRequest* out)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError{400,
                        QStringLiteral("invalid_json"),
                        QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset),
                        {},
                        {}};
    if (!document.isObject())
        return ApiError{
            400,
            QStringLiteral("invalid_body"),
            QStringLiteral("The body must be one JSON object: an order, or {\"action\": \"cancel\", "
                           "\"shop\": ..., \"number\": ...}."),
            {},
            {}};
    const QJsonObject object = document.object();
    const QJsonValue action = object.value(QStringLiteral("action"));
    if (action.isUndefined() || action.isNull() || action == QJsonValue(QStringLiteral("upsert")))
        return parseOrder(body, out);
    if (action == QJsonValue(QStringLiteral("cancel")))
        return parseCancel(object, out);
    return invalid(QStringLiteral("action"), QStringLiteral("invalid_field"),
                   QStringLiteral("must be \"upsert\" (the default) or \"cancel\""));
}

} // namespace packdesk::sync
