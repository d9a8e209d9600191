#include "csvcolumns.h"

namespace packdesk {

namespace {

using L = QLatin1StringView;

const CsvColumns::Column kColumns[CsvColumns::Count] = {
    {L("shop"), L(""), L("shop"), true, &RawOrder::shop, nullptr},
    {L("number"), L(""), L("number"), true, &RawOrder::number, nullptr},
    {L("customer_name"), L("customer"), L("name"), true, &RawOrder::customerName, nullptr},
    {L("customer_email"), L("customer"), L("email"), false, &RawOrder::customerEmail, nullptr},
    {L("customer_locale"), L("customer"), L("locale"), false, &RawOrder::customerLocale, nullptr},
    {L("previous_orders"), L("customer"), L("previous_orders"), false, &RawOrder::previousOrders, nullptr},
    {L("ship_name"), L("shipping_address"), L("name"), false, &RawOrder::shipName, nullptr},
    {L("ship_line1"), L("shipping_address"), L("line1"), true, &RawOrder::shipLine1, nullptr},
    {L("ship_line2"), L("shipping_address"), L("line2"), false, &RawOrder::shipLine2, nullptr},
    {L("ship_postal_code"), L("shipping_address"), L("postal_code"), false, &RawOrder::shipPostalCode,
     nullptr},
    {L("ship_city"), L("shipping_address"), L("city"), true, &RawOrder::shipCity, nullptr},
    {L("ship_region"), L("shipping_address"), L("region"), false, &RawOrder::shipRegion, nullptr},
    {L("ship_country"), L("shipping_address"), L("country"), true, &RawOrder::shipCountry, nullptr},
    {L("gift_message"), L(""), L("gift_message"), false, &RawOrder::giftMessage, nullptr},
    {L("return_window_days"), L(""), L("return_window_days"), false, &RawOrder::returnWindowDays, nullptr},
    {L("survey_url_template"), L(""), L("survey_url_template"), false, &RawOrder::surveyUrlTemplate, nullptr},
    {L("return_portal_url_template"), L(""), L("return_portal_url_template"), false,
     &RawOrder::returnPortalUrlTemplate, nullptr},
    {L("discount_code"), L(""), L("discount_code"), false, &RawOrder::discountCode, nullptr},
    {L("sku"), L("lines"), L("sku"), true, nullptr, &RawOrderLine::sku},
    {L("name"), L("lines"), L("name"), true, nullptr, &RawOrderLine::name},
    {L("barcodes"), L("lines"), L("barcodes"), false, nullptr, &RawOrderLine::barcodes},
    {L("quantity"), L("lines"), L("quantity"), true, nullptr, &RawOrderLine::quantity},
    {L("unit_weight_g"), L("lines"), L("unit_weight_g"), true, nullptr, &RawOrderLine::unitWeightGrams},
    {L("fragile"), L("lines"), L("fragile"), false, nullptr, &RawOrderLine::fragile},
    {L("category"), L("lines"), L("category"), false, nullptr, &RawOrderLine::category},
};

} // namespace

const CsvColumns::Column& CsvColumns::at(int id)
{
    return kColumns[id];
}

int CsvColumns::find(QStringView headerName)
{
    for (int id = 0; id < Count; ++id) {
        if (headerName == kColumns[id].name)
            return id;
    }
    return -1;
}

QString CsvColumns::columnForPath(QStringView path)
{
    QStringView parent;
    QStringView key = path;
    if (path.startsWith(u"lines[")) {
        const qsizetype dot = path.indexOf(u"].");
        if (dot < 0)
            return {};
        parent = u"lines";
        key = path.sliced(dot + 2);
    } else if (const qsizetype dot = path.indexOf(u'.'); dot >= 0) {
        parent = path.first(dot);
        key = path.sliced(dot + 1);
    }
    if (const qsizetype bracket = key.indexOf(u'['); bracket >= 0)
        key = key.first(bracket); // "barcodes[1]" lives in the barcodes column
    for (const Column& column : kColumns) {
        if (column.parent == parent && column.key == key)
            return column.name;
    }
    return {};
}

} // namespace packdesk
