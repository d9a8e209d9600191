#include "returnlabel.h"

#include "labeltemplate.h"
#include "parcelcodegenerator.h"
#include "templatelibrary.h"
#include "templatetext.h"

#include <QLocale>
#include <QUrl>

namespace packdesk::printing {

namespace {
/// The country as postal services want it on an address: its English name
/// in capitals (the UPU's rule for international mail); the code as given
/// when Qt does not know it.
QString countryLine(const QString& isoCode)
{
    const QString code = isoCode.trimmed().toUpper();
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory).toUpper();
}

void addLine(QStringList& lines, const QString& text)
{
    const QString plain = TemplateText::plainValue(text);
    if (!plain.isEmpty())
        lines << plain;
}

Error orderError(const Order& order, const QString& code, const QString& what)
{
    return Error{code, QStringLiteral("The return label of order %1 cannot be made: %2").arg(order.reference(), what)};
}
} // namespace

QString ReturnLabel::formatDate(const QDate& date, const QString& language)
{
    return QLocale(language).toString(date, QLocale::LongFormat);
}

QString ReturnLabel::portalUrlFor(const QString& urlTemplate, const QString& rmaCode)
{
    QString url = urlTemplate.trimmed();
    url.replace(QLatin1String("{rma}"), QString::fromLatin1(QUrl::toPercentEncoding(rmaCode)));
    return url;
}

Result<ReturnLabel> ReturnLabel::compose(const TemplateLibrary& templates, const ReturnLabelInput& input)
{
    const Order& order = input.order;
    ReturnLabel label;

    if (input.shop.returnAddressLines.isEmpty())
        return orderError(order, QStringLiteral("return_address_missing"),
                          QStringLiteral("shop %1 has no return address. Add \"return_address\" to its shop.json.")
                              .arg(order.shop));
    for (const QString& line : input.shop.returnAddressLines)
        addLine(label.returnAddress, line);
    addLine(label.returnAddress, countryLine(input.shop.returnAddressCountry));

    const ShippingAddress& from = order.shippingAddress;
    if (from.name.trimmed().isEmpty() || from.line1.trimmed().isEmpty() || from.city.trimmed().isEmpty())
        return orderError(order, QStringLiteral("sender_address_missing"),
                          QStringLiteral("its shipping address lacks a name, street or city."));
    addLine(label.senderAddress, from.name);
    addLine(label.senderAddress, from.line1);
    addLine(label.senderAddress, from.line2);
    addLine(label.senderAddress, from.postalCode + QLatin1Char(' ') + from.city);
    addLine(label.senderAddress, from.region);
    addLine(label.senderAddress, countryLine(from.country));

    if (!ParcelCodeGenerator::isValidRmaCode(input.codes.rmaCode))
        return orderError(order, QStringLiteral("invalid_rma_code"),
                          QStringLiteral("its RMA code is missing or malformed; get the codes from the parcel "
                                         "code store."));
    label.rmaCode = input.codes.rmaCode;

    if (!order.returnPortalUrlTemplate.contains(QLatin1String("{rma}")))
        return orderError(order, QStringLiteral("return_portal_missing"),
                          QStringLiteral("the order has no return portal URL with {rma} in it. Set the shop's "
                                         "return portal."));
    label.portalUrl = portalUrlFor(order.returnPortalUrlTemplate, label.rmaCode);
    const QUrl url(label.portalUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty() || label.portalUrl.toUtf8().size() > kMaxPortalUrlBytes)
        return orderError(order, QStringLiteral("return_portal_invalid"),
                          QStringLiteral("the return portal URL is not an http(s) URL of at most %1 bytes.")
                              .arg(kMaxPortalUrlBytes));

    if (!input.packedOn.isValid())
        return orderError(order, QStringLiteral("packed_date_missing"),
                          QStringLiteral("no packing date was given to count the return window from."));
    label.returnBy = input.packedOn.addDays(order.returnWindowDays);

    const QString asked = input.language.isEmpty() ? order.customer.locale : input.language;
    auto file = templates.load(order.shop, QStringLiteral("label"), asked);
    if (!file)
        return file.error();
    auto captions = LabelTemplate::fromJson(file->content, file->path);
    if (!captions)
        return captions.error();
    label.language = file->language;

    const QHash<QString, QString> values{
        {QStringLiteral("order_number"), order.number},
        {QStringLiteral("return_date"), formatDate(label.returnBy, label.language)},
        {QStringLiteral("rma_code"), label.rmaCode},
        {QStringLiteral("shop_name"), input.shop.displayName},
    };
    const std::pair<QString, QString*> targets[] = {
        {QStringLiteral("return_to"), &label.returnToCaption},
        {QStringLiteral("from"), &label.fromCaption},
        {QStringLiteral("order"), &label.orderText},
        {QStringLiteral("return_by"), &label.returnByText},
        {QStringLiteral("return_code"), &label.returnCodeCaption},
        {QStringLiteral("scan_hint"), &label.scanHint},
    };
    for (const auto& [key, target] : targets) {
        auto text = captions->caption(key, values);
        if (!text)
            return text.error();
        *target = text.value();
    }
    return label;
}

} // namespace packdesk::printing
