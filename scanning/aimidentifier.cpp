#include "aimidentifier.h"

namespace packdesk::scanning {

namespace {

bool isAsciiLetter(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isModifier(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'A' && c <= u'Z');
}

} // namespace

AimIdentifier::AimIdentifier(char16_t code, char16_t modifier) : m_code(code), m_modifier(modifier)
{
    // The modifier tables of ISO/IEC 15424 and the symbology standards.
    // Modifiers outside them (e.g. "]C7") keep the symbology but mean no GS1.
    switch (code) {
    case u'A': // Code 39: 0-7 = check character and Full ASCII options
        m_format = BarcodeFormat::Code39;
        break;
    case u'C': // Code 128: 0 plain, 1 GS1-128, 2 AIM (FNC1 second), 4 ISBT 128
        m_format = BarcodeFormat::Code128;
        m_gs1 = modifier == u'1';
        m_applicationIndicator = modifier == u'2';
        break;
    case u'E': // EAN/UPC: 0 EAN-13/UPC-A/UPC-E, 1/2 add-on alone, 3 with add-on, 4 EAN-8
        if (modifier == u'4')
            m_format = BarcodeFormat::Ean8;
        else if (modifier != u'1' && modifier != u'2')
            m_format = BarcodeFormat::Ean13;
        break;
    case u'e': // GS1 DataBar (0) and composite packets (1-3): always GS1
        m_format = BarcodeFormat::DataBar;
        m_gs1 = true;
        break;
    case u'F': // Codabar: 0 plain, 1 ABC Codabar, 2/4 check character options
        m_format = BarcodeFormat::Codabar;
        break;
    case u'G': // Code 93
        m_format = BarcodeFormat::Code93;
        break;
    case u'I': // ITF: 0 no check, 1 check validated and sent, 3 validated and stripped
        m_format = BarcodeFormat::Itf;
        break;
    case u'd': // DataMatrix: 0 ECC 000-140, 1 ECC 200, 2 GS1, 3 AIM; 4-6 = 1-3 with ECI
        m_format = BarcodeFormat::DataMatrix;
        m_gs1 = modifier == u'2' || modifier == u'5';
        m_applicationIndicator = modifier == u'3' || modifier == u'6';
        break;
    case u'Q': // QR: 0 model 1, 1 model 2, 2 with ECI, 3/4 GS1, 5/6 AIM (4 and 6 with ECI)
        m_format = BarcodeFormat::QrCode;
        m_gs1 = modifier == u'3' || modifier == u'4';
        m_applicationIndicator = modifier == u'5' || modifier == u'6';
        break;
    case u'L': // PDF417: 0-2 plain/ECI; MicroPDF417 emulating Code 128: 3 GS1, 4 AIM, 5 plain
        m_format = BarcodeFormat::Pdf417;
        m_gs1 = modifier == u'3';
        m_applicationIndicator = modifier == u'4';
        break;
    case u'z': // Aztec (ISO/IEC 24778 F.1): 0 plain, 1 GS1, 2 AIM, 3-5 = 0-2 with ECI,
               // 6-B = 0-5 with Structured Append, C rune
        m_format = BarcodeFormat::Aztec;
        m_gs1 = modifier == u'1' || modifier == u'4' || modifier == u'7' || modifier == u'A';
        m_applicationIndicator = modifier == u'2' || modifier == u'5' || modifier == u'8' || modifier == u'B';
        break;
    case u'J': // DotCode: like Aztec's first six; no BarcodeFormat for it
        m_gs1 = modifier == u'1' || modifier == u'4';
        m_applicationIndicator = modifier == u'2' || modifier == u'5';
        break;
    case u'K': // Code 16K: as Code 128
        m_gs1 = modifier == u'1';
        m_applicationIndicator = modifier == u'2';
        break;
    default: // ]X other, ]Y expansion, ]Z non-barcode (keyboard, OCR, RFID), others
        break;
    }
}

std::optional<AimIdentifier> AimIdentifier::fromParts(char16_t code, char16_t modifier)
{
    if (!isAsciiLetter(code) || !isModifier(modifier))
        return std::nullopt;
    return AimIdentifier(code, modifier);
}

std::optional<AimIdentifier> AimIdentifier::fromPrefix(QStringView text)
{
    if (text.size() < kLength || text[0] != u']')
        return std::nullopt;
    return fromParts(text[1].unicode(), text[2].unicode());
}

QString AimIdentifier::toString() const
{
    const QChar chars[kLength] = {QLatin1Char(']'), QChar(m_code), QChar(m_modifier)};
    return QString(chars, kLength);
}

qsizetype AimIdentifier::applicationIndicatorLength(QStringView data)
{
    if (!data.isEmpty() && isAsciiLetter(data[0].unicode()))
        return 1;
    if (data.size() >= 2 && isAsciiDigit(data[0].unicode()) && isAsciiDigit(data[1].unicode()))
        return 2;
    return 0;
}

} // namespace packdesk::scanning
