#include "ordervalidator.h"

#include "countrycodes.h"
#include "importlimits.h"
#include "recordfields.h"

namespace packdesk {

namespace {

using L = QLatin1StringView;
using TextRule = RecordFields::TextRule;

constexpr int kMaxNameLength = 200;
constexpr int kMaxCodeLength = 64;
constexpr int kMaxUrlLength = 2000;
constexpr qint64 kMaxOrderWeightGrams = 1000 * 1000; // 1 t: a parcel table, not a pallet
// Values that repeat across the orders of a file are pooled (StringPool).
constexpr TextRule kPooledCode{kMaxCodeLength, false, true, true};
constexpr TextRule kPooledName{kMaxNameLength, false, true, true};
constexpr TextRule kPooledPlace{100, false, true, true};

bool isShopName(QStringView shop)
{
    if (shop.isEmpty() || shop.size() > 40)
        return false;
    for (const QChar c : shop) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-'))
            return false;
    }
    return true;
}

bool looksLikeEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at == email.size() - 1 || email.indexOf(u'@', at + 1) >= 0)
        return false;
    for (const QChar c : email) {
        if (c.isSpace())
            return false;
    }
    return true;
}

/// A practical BCP 47 check: a 2-3 letter language, then subtags of 1-8
/// letters or digits ("nb-NO", "de", "zh-Hant-TW"). Enough to pick a card
/// language and to catch "nb_NO" or "Norwegian".
bool isLanguageTag(QStringView tag)
{
    if (tag.size() > 35)
        return false;
    qsizetype start = 0;
    bool first = true;
    while (start <= tag.size()) {
        qsizetype end = tag.indexOf(u'-', start);
        if (end < 0)
            end = tag.size();
        const QStringView part = tag.sliced(start, end - start);
        if (first ? (part.size() < 2 || part.size() > 3) : (part.isEmpty() || part.size() > 8))
            return false;
        for (const QChar c : part) {
            const char16_t u = c.unicode();
            const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
            const bool digit = u >= u'0' && u <= u'9';
            if (!(letter || (digit && !first)))
                return false;
        }
        first = false;
        start = end + 1;
    }
    return true;
}

bool isHttpUrl(QStringView url)
{
    qsizetype hostStart = 0;
    if (url.startsWith(u"https://", Qt::CaseInsensitive))
        hostStart = 8;
    else if (url.startsWith(u"http://", Qt::CaseInsensitive))
        hostStart = 7;
    else
        return false;
    if (url.size() <= hostStart || url[hostStart] == u'/')
        return false;
    for (const QChar c : url) {
        if (c.isSpace())
            return false;
    }
    return true;
}

void readUrlTemplate(RecordFields& fields, const RawValue& value, L key, L placeholder, QString* out)
{
    const FieldPath path = FieldPath::top(key);
    QString url;
    if (!fields.text(value, path, false, TextRule{kMaxUrlLength, false, true, true}, &url) || url.isEmpty())
        return;
    if (!isHttpUrl(url)) {
        fields.fail(path, "invalid_field", QStringLiteral("must be an http:// or https:// URL"), value);
    } else if (!url.contains(placeholder)) {
        fields.fail(path, "invalid_field",
                    QStringLiteral("must contain %1 where the per-order value goes").arg(placeholder), value);
    } else {
        *out = std::move(url);
    }
}

void readCustomer(RecordFields& fields, const RawOrder& raw, Customer* customer)
{
    if (!fields.object(raw.customer, FieldPath::top(L("customer"))))
        return;
    const L parent("customer");
    fields.text(raw.customerName, FieldPath::in(parent, L("name")), true, TextRule{kMaxNameLength},
                &customer->name);

    const FieldPath emailPath = FieldPath::in(parent, L("email"));
    QString email;
    if (fields.text(raw.customerEmail, emailPath, false, TextRule{254}, &email) && !email.isEmpty()) {
        if (looksLikeEmail(email))
            customer->email = std::move(email);
        else
            fields.fail(emailPath, "invalid_field",
                        QStringLiteral("must be an e-mail address like \"name@example.com\""),
                        raw.customerEmail);
    }

    const FieldPath localePath = FieldPath::in(parent, L("locale"));
    QString locale;
    if (fields.text(raw.customerLocale, localePath, false, TextRule{35, false, true, true}, &locale) &&
        !locale.isEmpty()) {
        if (isLanguageTag(locale)) {
            customer->locale = std::move(locale);
        } else {
            const QString hint =
                locale.contains(u'_') ? QStringLiteral(" (use \"-\", not \"_\")") : QString();
            fields.fail(localePath, "invalid_field",
                        QStringLiteral("must be a BCP 47 language tag like \"nb-NO\" or \"en\", got %1%2")
                            .arg(raw.customerLocale.describe(), hint));
        }
    }
    fields.integer(raw.previousOrders, FieldPath::in(parent, L("previous_orders")), 0, 1000000, 0,
                   &customer->previousOrders);
}

void readAddress(RecordFields& fields, const RawOrder& raw, ShippingAddress* address)
{
    if (!fields.object(raw.shippingAddress, FieldPath::top(L("shipping_address"))))
        return;
    const L parent("shipping_address");
    const TextRule line{kMaxNameLength};
    fields.text(raw.shipName, FieldPath::in(parent, L("name")), false, line, &address->name);
    fields.text(raw.shipLine1, FieldPath::in(parent, L("line1")), true, line, &address->line1);
    fields.text(raw.shipLine2, FieldPath::in(parent, L("line2")), false, line, &address->line2);
    fields.text(raw.shipPostalCode, FieldPath::in(parent, L("postal_code")), false, TextRule{20},
                &address->postalCode);
    fields.text(raw.shipCity, FieldPath::in(parent, L("city")), true, kPooledPlace, &address->city);
    fields.text(raw.shipRegion, FieldPath::in(parent, L("region")), false, kPooledPlace, &address->region);

    const FieldPath countryPath = FieldPath::in(parent, L("country"));
    QString country;
    if (fields.text(raw.shipCountry, countryPath, true, TextRule{60}, &country)) {
        QString upper = country.toUpper();
        if (isKnownCountryCode(upper)) {
            address->country = fields.shared(std::move(upper));
        } else {
            const QString hint =
                upper == QLatin1String("UK") ? QStringLiteral(" (the United Kingdom is \"GB\")") : QString();
            fields.fail(
                countryPath, "invalid_field",
                QStringLiteral("must be an ISO 3166-1 alpha-2 country code like \"NO\" or \"DE\", got %1%2")
                    .arg(raw.shipCountry.describe(), hint));
        }
    }
}

void readLine(RecordFields& fields, const RawOrderLine& raw, int index, OrderLine* line)
{
    if (raw.self.kind != RawValue::Kind::Object) {
        fields.fail(FieldPath::item(index, {}), "invalid_field", QStringLiteral("must be an object {...}"),
                    raw.self);
        return;
    }
    fields.text(raw.sku, FieldPath::item(index, L("sku")), true, kPooledCode, &line->sku);
    fields.text(raw.name, FieldPath::item(index, L("name")), true, kPooledName, &line->name);

    const FieldPath barcodesPath = FieldPath::item(index, L("barcodes"));
    if (fields.array(raw.barcodes, barcodesPath, false)) {
        if (raw.barcodeItems.size() > size_t(ImportLimits::maxBarcodesPerLine)) {
            fields.fail(barcodesPath, "invalid_field",
                        QStringLiteral("must hold at most %1 codes").arg(ImportLimits::maxBarcodesPerLine));
        }
        line->barcodes.reserve(qsizetype(raw.barcodeItems.size()));
        for (size_t i = 0; i < raw.barcodeItems.size(); ++i) {
            FieldPath path = barcodesPath;
            path.subIndex = int(i);
            QString code;
            if (fields.text(raw.barcodeItems[i], path, true, kPooledCode, &code))
                line->barcodes.append(std::move(code));
        }
    }
    fields.integer(raw.quantity, FieldPath::item(index, L("quantity")), 1, 9999, std::nullopt,
                   &line->quantity);
    fields.integer(raw.unitWeightGrams, FieldPath::item(index, L("unit_weight_g")), 0, 100000, std::nullopt,
                   &line->unitWeightGrams);
    fields.flag(raw.fragile, FieldPath::item(index, L("fragile")), false, &line->fragile);
    fields.text(raw.category, FieldPath::item(index, L("category")), false, kPooledCode, &line->category);
}

void readLines(RecordFields& fields, const RawOrder& raw, std::vector<OrderLine>* lines)
{
    const FieldPath path = FieldPath::top(L("lines"));
    if (!fields.array(raw.lines, path, true))
        return;
    if (raw.lineCount == 0) {
        fields.fail(path, "invalid_field", QStringLiteral("must hold at least one line"));
        return;
    }
    if (raw.lineCount > ImportLimits::maxLinesPerOrder) {
        fields.fail(path, "invalid_field",
                    QStringLiteral("must hold at most %1 lines, got %2")
                        .arg(ImportLimits::maxLinesPerOrder)
                        .arg(raw.lineCount));
        return;
    }
    lines->resize(raw.items.size());
    qint64 weight = 0;
    for (size_t i = 0; i < raw.items.size(); ++i) {
        OrderLine& line = (*lines)[i];
        readLine(fields, raw.items[i], int(i), &line);
        weight += qint64(line.quantity) * line.unitWeightGrams;
    }
    if (weight > kMaxOrderWeightGrams) {
        fields.fail(path, "invalid_field",
                    QStringLiteral("the items weigh %1 kg together; one order may weigh at most %2 kg")
                        .arg(weight / 1000)
                        .arg(kMaxOrderWeightGrams / 1000));
    }
}

void readOrder(RecordFields& fields, const RawOrder& raw, Order* order)
{
    const FieldPath shopPath = FieldPath::top(L("shop"));
    if (fields.text(raw.shop, shopPath, true, kPooledCode, &order->shop) && !isShopName(order->shop)) {
        fields.fail(shopPath, "invalid_field",
                    QStringLiteral("must be 1 to 40 characters of a-z, 0-9, \"_\" and \"-\""), raw.shop);
    }
    const FieldPath numberPath = FieldPath::top(L("number"));
    if (raw.number.kind == RawValue::Kind::Number) {
        // Order numbers are text ("00042" must stay "00042"): never convert.
        fields.fail(numberPath, "invalid_field",
                    QStringLiteral("must be a string, got the number %1; write it in quotes: \"%1\"")
                        .arg(raw.number.describe()));
    } else {
        fields.text(raw.number, numberPath, true, TextRule{kMaxCodeLength}, &order->number);
    }

    readCustomer(fields, raw, &order->customer);
    readAddress(fields, raw, &order->shippingAddress);
    // The label needs a name; and when it is the customer's, share the text.
    if (order->shippingAddress.name.isEmpty() || order->shippingAddress.name == order->customer.name)
        order->shippingAddress.name = order->customer.name;
    readLines(fields, raw, &order->lines);

    fields.text(raw.giftMessage, FieldPath::top(L("gift_message")), false, TextRule{1000, true, false},
                &order->giftMessage);
    fields.integer(raw.returnWindowDays, FieldPath::top(L("return_window_days")), 0, 365, 30,
                   &order->returnWindowDays);
    readUrlTemplate(fields, raw.surveyUrlTemplate, L("survey_url_template"), L("{token}"),
                    &order->surveyUrlTemplate);
    readUrlTemplate(fields, raw.returnPortalUrlTemplate, L("return_portal_url_template"), L("{rma}"),
                    &order->returnPortalUrlTemplate);
    fields.text(raw.discountCode, FieldPath::top(L("discount_code")), false, kPooledCode,
                &order->discountCode);
}

} // namespace

QString OrderValidator::keyText(const RawValue& value)
{
    QString text;
    if (value.kind == RawValue::Kind::Text)
        text = value.text.trimmed();
    else if (value.kind == RawValue::Kind::Number)
        text = value.describe();
    if (text.size() > kMaxCodeLength)
        text = text.left(kMaxCodeLength) + QStringLiteral("...");
    return text;
}

std::optional<Order> OrderValidator::validate(const OrderRecord& record, std::vector<ImportProblem>* problems,
                                              StringPool* pool)
{
    const size_t first = problems->size();
    problems->insert(problems->end(), record.problems.begin(), record.problems.end());
    Order order;
    if (record.parsed) {
        RecordFields fields(record, problems, pool);
        readOrder(fields, record.order, &order);
    }
    if (problems->size() == first)
        return order;
    // Name the order in every message about it, as far as it could be read.
    const QString shop = keyText(record.order.shop);
    const QString number = keyText(record.order.number);
    for (size_t i = first; i < problems->size(); ++i) {
        ImportProblem& problem = (*problems)[i];
        if (problem.shop.isEmpty() && problem.number.isEmpty()) {
            problem.shop = shop;
            problem.number = number;
        }
    }
    return std::nullopt;
}

} // namespace packdesk
