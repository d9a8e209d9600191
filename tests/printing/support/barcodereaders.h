#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace packdesk::testing {

/// Every barcode text ZXing-C++ (through packdesk's own decodeImage, all
/// station formats plus QR) finds in the image.
QStringList decodeWithZxing(const QImage& image);

/// Every barcode text zbarimg (an independent decoder) finds in the image,
/// without the "FORMAT:" prefix. zbar reads Code 128 and QR, not DataMatrix.
QStringList decodeWithZbar(const QImage& image);

} // namespace packdesk::testing
