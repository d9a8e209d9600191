#include "barcodeformat.h"

namespace packdesk::scanning {

QString displayName(BarcodeFormat format)
{
    switch (format) {
    case BarcodeFormat::None: return QStringLiteral("none");
    case BarcodeFormat::Ean8: return QStringLiteral("EAN-8");
    case BarcodeFormat::Ean13: return QStringLiteral("EAN-13");
    case BarcodeFormat::UpcA: return QStringLiteral("UPC-A");
    case BarcodeFormat::UpcE: return QStringLiteral("UPC-E");
    case BarcodeFormat::Code128: return QStringLiteral("Code 128");
    case BarcodeFormat::Code39: return QStringLiteral("Code 39");
    case BarcodeFormat::Code93: return QStringLiteral("Code 93");
    case BarcodeFormat::Itf: return QStringLiteral("ITF");
    case BarcodeFormat::Codabar: return QStringLiteral("Codabar");
    case BarcodeFormat::DataBar: return QStringLiteral("GS1 DataBar");
    case BarcodeFormat::DataBarExpanded: return QStringLiteral("GS1 DataBar Expanded");
    case BarcodeFormat::QrCode: return QStringLiteral("QR Code");
    case BarcodeFormat::DataMatrix: return QStringLiteral("DataMatrix");
    case BarcodeFormat::Pdf417: return QStringLiteral("PDF417");
    case BarcodeFormat::Aztec: return QStringLiteral("Aztec");
    }
    return QStringLiteral("unknown");
}

} // namespace packdesk::scanning
