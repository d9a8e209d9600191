#include "barcodegenerator.h"

#include <QImage>
#include <QPainterPath>

namespace packdesk::scanning {

QPainterPath BarcodeSymbol::toPainterPath(double) const
{
    return {};
}

QString BarcodeSymbol::toSvg(double) const
{
    return {};
}

QImage BarcodeSymbol::toImage(int) const
{
    return {};
}

Result<BarcodeSymbol> generateBarcode(BarcodeFormat, const QString&, const GenerateOptions&)
{
    return Error{QStringLiteral("barcode_unsupported_format"), QStringLiteral("not implemented yet")};
}

} // namespace packdesk::scanning
