#include "jsonorderparser.h"

#include "importlimits.h"
#include "jsoncursor.h"

namespace packdesk {

namespace {

constexpr int kMaxDepth = 64; // an order is 4 levels deep; deeper is hostile

/// Which member of which object a key names; one table per object kind.
template <typename Target> struct Member
{
    const char* key;
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
RawValue Target::*findMember(const Member<Target> (&members)[N], QByteArrayView key)
{
    for (const Member<Target>& member : members) {
        if (key == QByteArrayView(member.key))
            return member.field;
    }
    return nullptr;
}

class Parser
{
public:
    explicit Parser(QByteArrayView text) : m_in(text) {}

    bool run(RawOrder* order, RawValue* top);
    const JsonCursor& cursor() const { return m_in; }

private:
    bool parseValue(RawValue* out, int depth);
    /// Walks an object's members; onMember(key, depth) parses each value.
    template <typename OnMember> bool parseObject(int depth, OnMember onMember);
    template <typename OnElement> bool parseArray(int depth, OnElement onElement);
    template <typename Target, size_t N>
    bool parseFields(Target* target, const Member<Target> (&members)[N], int depth);
    bool parseLines(RawOrder* order, int depth);
    bool parseLine(RawOrderLine* line, int depth);

    JsonCursor m_in;
};

template <typename OnMember> bool Parser::parseObject(int depth, OnMember onMember)
{
    if (depth > kMaxDepth)
        return m_in.fail("nested too deeply");
    m_in.advance(); // '{'
    if (m_in.peekIs('}')) {
        m_in.advance();
        return true;
    }
    for (;;) {
        m_in.skipSpace();
        QByteArrayView key;
        if (!m_in.parseKey(&key) || !m_in.expect(':', "expected ':' after a member name") ||
            !onMember(key, depth + 1))
            return false;
        m_in.skipSpace();
        if (m_in.peekIs(',')) {
            m_in.advance();
            continue;
        }
        return m_in.expect('}', "expected ',' or '}' after a member");
    }
}

template <typename OnElement> bool Parser::parseArray(int depth, OnElement onElement)
{
    if (depth > kMaxDepth)
        return m_in.fail("nested too deeply");
    m_in.advance(); // '['
    if (m_in.peekIs(']')) {
        m_in.advance();
        return true;
    }
    for (int index = 0;; ++index) {
        if (!onElement(index, depth + 1))
            return false;
        m_in.skipSpace();
        if (m_in.peekIs(',')) {
            m_in.advance();
            continue;
        }
        return m_in.expect(']', "expected ',' or ']' after an element");
    }
}

bool Parser::parseValue(RawValue* out, int depth)
{
    m_in.skipSpace();
    if (m_in.atEnd())
        return m_in.fail("expected a value, found the end");
    RawValue value;
    bool ok = true;
    switch (m_in.current()) {
    case '"':
        value.kind = RawValue::Kind::Text;
        ok = m_in.parseString(out ? &value.text : nullptr);
        break;
    case '{':
        value.kind = RawValue::Kind::Object;
        ok = parseObject(depth, [this](QByteArrayView, int inner) { return parseValue(nullptr, inner); });
        break;
    case '[':
        value.kind = RawValue::Kind::Array;
        ok = parseArray(depth, [this](int, int inner) { return parseValue(nullptr, inner); });
        break;
    case 't':
        value.kind = RawValue::Kind::Bool;
        value.boolean = true;
        ok = m_in.parseLiteral("true");
        break;
    case 'f':
        value.kind = RawValue::Kind::Bool;
        ok = m_in.parseLiteral("false");
        break;
    case 'n':
        value.kind = RawValue::Kind::Null;
        ok = m_in.parseLiteral("null");
        break;
    default:
        value.kind = RawValue::Kind::Number;
        ok = m_in.parseNumber(&value.number);
        break;
    }
    if (ok && out)
        *out = std::move(value);
    return ok;
}

template <typename Target, size_t N>
bool Parser::parseFields(Target* target, const Member<Target> (&members)[N], int depth)
{
    // A repeated object replaces the earlier one entirely (the last member wins).
    for (const Member<Target>& member : members)
        target->*member.field = RawValue();
    return parseObject(depth, [&](QByteArrayView key, int inner) {
        RawValue Target::*field = findMember(members, key);
        return parseValue(field ? &(target->*field) : nullptr, inner);
    });
}

bool Parser::parseLine(RawOrderLine* line, int depth)
{
    m_in.skipSpace();
    if (!m_in.peekIs('{'))
        return parseValue(&line->self, depth);
    line->self = RawValue::ofKind(RawValue::Kind::Object);
    return parseObject(depth, [&](QByteArrayView key, int inner) {
        if (key != QByteArrayView("barcodes")) {
            RawValue RawOrderLine::*field = findMember(kLineMembers, key);
            return parseValue(field ? &(line->*field) : nullptr, inner);
        }
        line->barcodeItems.clear();
        if (!m_in.peekIs('['))
            return parseValue(&line->barcodes, inner);
        line->barcodes = RawValue::ofKind(RawValue::Kind::Array);
        return parseArray(inner, [&](int index, int element) {
            if (index > ImportLimits::maxBarcodesPerLine)
                return parseValue(nullptr, element); // rejected anyway: keep no more
            line->barcodeItems.emplace_back();
            return parseValue(&line->barcodeItems.back(), element);
        });
    });
}

bool Parser::parseLines(RawOrder* order, int depth)
{
    order->items.clear();
    order->lineCount = 0;
    if (!m_in.peekIs('['))
        return parseValue(&order->lines, depth);
    order->lines = RawValue::ofKind(RawValue::Kind::Array);
    return parseArray(depth, [&](int index, int element) {
        order->lineCount = index + 1;
        if (index > ImportLimits::maxLinesPerOrder)
            return parseValue(nullptr, element); // rejected anyway: keep no more
        order->items.emplace_back();
        return parseLine(&order->items.back(), element);
    });
}

bool Parser::run(RawOrder* order, RawValue* top)
{
    m_in.skipSpace();
    bool ok;
    if (m_in.peekIs('{')) {
        *top = RawValue::ofKind(RawValue::Kind::Object);
        ok = parseObject(1, [&](QByteArrayView key, int depth) {
            if (key == QByteArrayView("customer")) {
                if (!m_in.peekIs('{'))
                    return parseValue(&order->customer, depth);
                order->customer = RawValue::ofKind(RawValue::Kind::Object);
                return parseFields(order, kCustomerMembers, depth);
            }
            if (key == QByteArrayView("shipping_address")) {
                if (!m_in.peekIs('{'))
                    return parseValue(&order->shippingAddress, depth);
                order->shippingAddress = RawValue::ofKind(RawValue::Kind::Object);
                return parseFields(order, kAddressMembers, depth);
            }
            if (key == QByteArrayView("lines"))
                return parseLines(order, depth);
            RawValue RawOrder::*field = findMember(kOrderMembers, key);
            return parseValue(field ? &(order->*field) : nullptr, depth);
        });
    } else {
        ok = parseValue(top, 1);
    }
    if (!ok)
        return false;
    m_in.skipSpace();
    if (!m_in.atEnd())
        return m_in.fail("unexpected text after the value");
    return true;
}

} // namespace

bool JsonOrderParser::parse(QByteArrayView text, RawOrder* order, RawValue* top, Error* error)
{
    Parser parser(text);
    if (parser.run(order, top))
        return true;
    error->offset = parser.cursor().errorOffset();
    error->reason = parser.cursor().errorReason();
    return false;
}

} // namespace packdesk
