#include "jsonordermapper.h"

#include "importlimits.h"

#include <string_view>

namespace packdesk {

namespace {

using simdjson::error_code;
using simdjson::ondemand::json_type;
using simdjson::ondemand::value;

/// Which member of which object a key names; one table per object kind.
template <typename Target> struct Member
{
    std::string_view key;
    RawValue Target::*field;
};

const Member<RawOrder> kOrderMembers[] = {
    {"shop", &RawOrder::shop},
    {"number", &RawOrder::number},
    {"gift_message", &RawOrder::giftMessage},
    {"return_window_days", &RawOrder::returnWindowDays},
    {"survey_url_template", &RawOrder::surveyUrlTemplate},
    {"return_portal_url_template", &RawOrder::returnPortalUrlTemplate},
    {"discount_code", &RawOrder::discountCode},
};
const Member<RawOrder> kCustomerMembers[] = {
    {"name", &RawOrder::customerName},
    {"email", &RawOrder::customerEmail},
    {"locale", &RawOrder::customerLocale},
    {"previous_orders", &RawOrder::previousOrders},
};
const Member<RawOrder> kAddressMembers[] = {
    {"name", &RawOrder::shipName},       {"line1", &RawOrder::shipLine1},
    {"line2", &RawOrder::shipLine2},     {"postal_code", &RawOrder::shipPostalCode},
    {"city", &RawOrder::shipCity},       {"region", &RawOrder::shipRegion},
    {"country", &RawOrder::shipCountry},
};
const Member<RawOrderLine> kLineMembers[] = {
    {"sku", &RawOrderLine::sku},           {"name", &RawOrderLine::name},
    {"quantity", &RawOrderLine::quantity}, {"unit_weight_g", &RawOrderLine::unitWeightGrams},
    {"fragile", &RawOrderLine::fragile},   {"category", &RawOrderLine::category},
};

template <typename Target, size_t N>
RawValue Target::*findMember(const Member<Target> (&members)[N], std::string_view key)
{
    for (const Member<Target>& member : members) {
        if (key == member.key)
            return member.field;
    }
    return nullptr;
}

/// Calls onMember(key, value, depth) for each member of the object v.
template <typename OnMember> error_code forEachMember(value v, int depth, OnMember onMember)
{
    if (depth > ImportLimits::maxJsonDepth)
        return simdjson::DEPTH_ERROR;
    simdjson::ondemand::object object;
    SIMDJSON_TRY(v.get_object().get(object));
    for (auto member : object) {
        simdjson::ondemand::field field;
        SIMDJSON_TRY(std::move(member).get(field));
        // Unescaped, so that "sh\u006fp" is "shop" and every key is checked.
        std::string_view key;
        SIMDJSON_TRY(field.unescaped_key().get(key));
        SIMDJSON_TRY(onMember(key, field.value(), depth + 1));
    }
    return simdjson::SUCCESS;
}

/// Calls onElement(index, value, depth) for each element of the array v.
template <typename OnElement> error_code forEachElement(value v, int depth, OnElement onElement)
{
    if (depth > ImportLimits::maxJsonDepth)
        return simdjson::DEPTH_ERROR;
    simdjson::ondemand::array array;
    SIMDJSON_TRY(v.get_array().get(array));
    int index = 0;
    for (auto element : array) {
        value item;
        SIMDJSON_TRY(std::move(element).get(item));
        SIMDJSON_TRY(onElement(index++, item, depth + 1));
    }
    return simdjson::SUCCESS;
}

/// An object whose members go into *target by table; anything else is
/// recorded in target->*self for the validator to report.
template <typename Target, size_t N>
error_code readObject(value v, Target* target, RawValue Target::*self, const Member<Target> (&members)[N],
                      int depth)
{
    json_type type;
    SIMDJSON_TRY(v.type().get(type));
    if (type != json_type::object)
        return JsonOrderMapper::readValue(v, &(target->*self), depth);
    target->*self = RawValue::ofKind(RawValue::Kind::Object);
    // A repeated object replaces the earlier one entirely (the last member wins).
    for (const Member<Target>& member : members)
        target->*member.field = RawValue();
    return forEachMember(v, depth, [&](std::string_view key, value inner, int innerDepth) {
        RawValue Target::*field = findMember(members, key);
        return JsonOrderMapper::readValue(inner, field ? &(target->*field) : nullptr, innerDepth);
    });
}

error_code readBarcodes(value v, RawOrderLine* line, int depth)
{
    line->barcodeItems.clear();
    json_type type;
    SIMDJSON_TRY(v.type().get(type));
    if (type != json_type::array)
        return JsonOrderMapper::readValue(v, &line->barcodes, depth);
    line->barcodes = RawValue::ofKind(RawValue::Kind::Array);
    return forEachElement(v, depth, [line](int index, value item, int itemDepth) {
        if (index > ImportLimits::maxBarcodesPerLine)
            return JsonOrderMapper::readValue(item, nullptr, itemDepth); // rejected anyway: keep no more
        line->barcodeItems.emplace_back();
        return JsonOrderMapper::readValue(item, &line->barcodeItems.back(), itemDepth);
    });
}

error_code readLine(value v, RawOrderLine* line, int depth)
{
    json_type type;
    SIMDJSON_TRY(v.type().get(type));
    if (type != json_type::object)
        return JsonOrderMapper::readValue(v, &line->self, depth);
    line->self = RawValue::ofKind(RawValue::Kind::Object);
    return forEachMember(v, depth, [line](std::string_view key, value inner, int innerDepth) {
        if (key == "barcodes")
            return readBarcodes(inner, line, innerDepth);
        RawValue RawOrderLine::*field = findMember(kLineMembers, key);
        return JsonOrderMapper::readValue(inner, field ? &(line->*field) : nullptr, innerDepth);
    });
}

error_code readLines(value v, RawOrder* order, int depth)
{
    order->items.clear();
    order->lineCount = 0;
    json_type type;
    SIMDJSON_TRY(v.type().get(type));
    if (type != json_type::array)
        return JsonOrderMapper::readValue(v, &order->lines, depth);
    order->lines = RawValue::ofKind(RawValue::Kind::Array);
    return forEachElement(v, depth, [order](int index, value item, int itemDepth) {
        order->lineCount = index + 1;
        if (index > ImportLimits::maxLinesPerOrder)
            return JsonOrderMapper::readValue(item, nullptr, itemDepth); // rejected anyway: keep no more
        order->items.emplace_back();
        return readLine(item, &order->items.back(), itemDepth);
    });
}

} // namespace

error_code JsonOrderMapper::readOrder(value v, RawOrder* order, int depth)
{
    return forEachMember(v, depth, [order](std::string_view key, value inner, int innerDepth) {
        if (key == "customer")
            return readObject(inner, order, &RawOrder::customer, kCustomerMembers, innerDepth);
        if (key == "shipping_address")
            return readObject(inner, order, &RawOrder::shippingAddress, kAddressMembers, innerDepth);
        if (key == "lines")
            return readLines(inner, order, innerDepth);
        RawValue RawOrder::*field = findMember(kOrderMembers, key);
        return readValue(inner, field ? &(order->*field) : nullptr, innerDepth);
    });
}

error_code JsonOrderMapper::readValue(value v, RawValue* out, int depth)
{
    json_type type;
    SIMDJSON_TRY(v.type().get(type));
    RawValue read;
    switch (type) {
    case json_type::string: {
        std::string_view text;
        SIMDJSON_TRY(v.get_string().get(text));
        read.kind = RawValue::Kind::Text;
        if (out) // simdjson checked the UTF-8 and the escapes
            read.text = QString::fromUtf8(text.data(), qsizetype(text.size()));
        break;
    }
    case json_type::number:
        // Whole numbers too: the validator wants 2.0 to count as 2, and big
        // integers read as (inexact) doubles rather than as errors.
        read.kind = RawValue::Kind::Number;
        SIMDJSON_TRY(v.get_double().get(read.number));
        break;
    case json_type::boolean:
        read.kind = RawValue::Kind::Bool;
        SIMDJSON_TRY(v.get_bool().get(read.boolean));
        break;
    case json_type::null: {
        bool isNull = false;
        SIMDJSON_TRY(v.is_null().get(isNull));
        if (!isNull)
            return simdjson::N_ATOM_ERROR;
        read.kind = RawValue::Kind::Null;
        break;
    }
    case json_type::object:
        read.kind = RawValue::Kind::Object;
        SIMDJSON_TRY(forEachMember(v, depth, [](std::string_view, value inner, int innerDepth) {
            return readValue(inner, nullptr, innerDepth);
        }));
        break;
    case json_type::array:
        read.kind = RawValue::Kind::Array;
        SIMDJSON_TRY(forEachElement(
            v, depth, [](int, value item, int itemDepth) { return readValue(item, nullptr, itemDepth); }));
        break;
    }
    if (out)
        *out = std::move(read);
    return simdjson::SUCCESS;
}

} // namespace packdesk
