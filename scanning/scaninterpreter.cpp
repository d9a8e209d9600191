#include "scaninterpreter.h"

#include "aimidentifier.h"

namespace packdesk::scanning {

namespace {

bool isDigits(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

// ]E0 carries EAN-13, UPC-A (13 digits with a leading 0 from a scanner, 12
// from the camera) and UPC-E (8 digits); the length says which.
BarcodeFormat eanUpcFormat(QStringView digits)
{
    if (digits.size() == 8)
        return BarcodeFormat::UpcE;
    if (digits.size() == 12 || (digits.size() == 13 && digits[0] == u'0'))
        return BarcodeFormat::UpcA;
    return BarcodeFormat::Ean13;
}

// ]E3: the main symbol (13 digits, or 8 for UPC-E) followed by a 2- or
// 5-digit add-on. Returns the add-on's length, 0 when the length fits neither.
qsizetype addOnLength(qsizetype total)
{
    switch (total) {
    case 15: // 13 + 2
    case 10: // 8 + 2
        return 2;
    case 18: // 13 + 5
    case 13: // 8 + 5: ]E3 always has an add-on, so not a bare EAN-13
        return 5;
    default:
        return 0;
    }
}

void refineEanUpc(ScannedCode& code, const AimIdentifier& aim)
{
    if (aim.modifier() == u'0') {
        if (isDigits(code.data))
            code.format = eanUpcFormat(code.data);
    } else if (aim.modifier() == u'3') {
        const qsizetype addOn = addOnLength(code.data.size());
        if (addOn > 0 && isDigits(code.data)) {
            code.addOn = code.data.right(addOn);
            code.format = eanUpcFormat(QStringView(code.data).chopped(addOn));
        }
    } else if (aim.modifier() == u'1' || aim.modifier() == u'2') {
        code.addOn = code.data;
    }
}

Error emptyScan(const QString& aimIdentifier)
{
    if (aimIdentifier.isEmpty())
        return Error{QStringLiteral("scan_empty"), QStringLiteral("The scan is empty.")};
    return Error{QStringLiteral("scan_empty"),
                 QStringLiteral("The scanner sent %1 and no data.").arg(aimIdentifier)};
}

} // namespace

std::optional<QString> expandUpcE(QStringView upcE)
{
    if (upcE.size() != 8 || !isDigits(upcE) || (upcE[0] != u'0' && upcE[0] != u'1'))
        return std::nullopt;
    // Number system, manufacturer and product digits by the last of the six
    // (ISO/IEC 15420 / GS1 General Specifications 5.2.2.4.2).
    const QStringView ns = upcE.first(1);
    const QStringView d = upcE.sliced(1, 6);
    const QStringView check = upcE.last(1);
    const char16_t last = d[5].unicode();
    QString upcA;
    upcA.reserve(12);
    upcA.append(ns);
    switch (last) {
    case u'0':
    case u'1':
    case u'2': // manufacturer d1 d2 d6 0 0, item 0 0 d3 d4 d5
        upcA.append(d.first(2)).append(QChar(last)).append(QLatin1String("0000")).append(d.sliced(2, 3));
        break;
    case u'3': // manufacturer d1 d2 d3 0 0, item 0 0 0 d4 d5
        upcA.append(d.first(3)).append(QLatin1String("00000")).append(d.sliced(3, 2));
        break;
    case u'4': // manufacturer d1-d4 0, item 0 0 0 0 d5
        upcA.append(d.first(4)).append(QLatin1String("00000")).append(d.sliced(4, 1));
        break;
    default: // manufacturer d1-d5, item 0 0 0 0 d6
        upcA.append(d.first(5)).append(QLatin1String("0000")).append(QChar(last));
        break;
    }
    upcA.append(check);
    return upcA;
}

QString ScannedCode::productText() const
{
    if (gs1) {
        if (auto gtin = gs1->value(u"01"))
            return *gtin;
        if (auto gtin = gs1->value(u"02"))
            return *gtin;
    }
    QStringView text = data;
    if (!addOn.isEmpty() && text.size() > addOn.size() && text.endsWith(addOn))
        text.chop(addOn.size());
    if (!applicationIndicator.isEmpty() && text.startsWith(applicationIndicator))
        text = text.sliced(applicationIndicator.size());
    text = text.trimmed();
    if (format == BarcodeFormat::UpcE) {
        if (auto upcA = expandUpcE(text))
            return *upcA;
    }
    return text.toString();
}

Result<ScannedCode> interpretScan(QStringView raw)
{
    while (!raw.isEmpty() && (raw.back() == u'\r' || raw.back() == u'\n'))
        raw.chop(1);
    if (raw.isEmpty())
        return emptyScan(QString());

    ScannedCode code;
    code.raw = raw.toString();
    QStringView payload = raw;
    const std::optional<AimIdentifier> aim = AimIdentifier::fromPrefix(raw);
    if (aim) {
        code.aimIdentifier = aim->toString();
        code.format = aim->format();
        payload = raw.sliced(AimIdentifier::kLength);
        if (payload.isEmpty())
            return emptyScan(code.aimIdentifier);
    }
    code.data = payload.toString();

    if (aim && aim->isGs1()) {
        Result<Gs1ElementString> parsed = parseGs1(payload);
        if (!parsed)
            return parsed.error();
        code.gs1 = std::move(parsed).value();
        // GS1 DataBar (omnidirectional, limited) holds a GTIN and nothing else.
        if (code.format == BarcodeFormat::DataBar &&
            !(code.gs1->elements.size() == 1 && code.gs1->elements.front().ai == QLatin1String("01"))) {
            code.format = BarcodeFormat::DataBarExpanded;
        }
        return code;
    }
    if (aim) {
        if (aim->hasApplicationIndicator()) {
            const qsizetype length = AimIdentifier::applicationIndicatorLength(payload);
            // Malformed (no letter or digit pair): keep everything as data.
            if (length > 0 && length < payload.size())
                code.applicationIndicator = payload.first(length).toString();
        } else if (aim->code() == u'E') {
            refineEanUpc(code, *aim);
        }
        return code;
    }

    // No identifier: decide from the data (see the header).
    if (payload[0] == kGroupSeparator) {
        Result<Gs1ElementString> parsed = parseGs1(payload);
        if (!parsed)
            return parsed.error();
        code.gs1 = std::move(parsed).value();
    } else if (payload[0] == u'(' || payload.contains(QChar(kGroupSeparator))) {
        Result<Gs1ElementString> parsed = parseGs1(payload);
        if (parsed)
            code.gs1 = std::move(parsed).value();
    }
    return code;
}

} // namespace packdesk::scanning
