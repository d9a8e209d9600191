#include "barcodereaders.h"

#include "scanning/imagescanner.h"

#include <QProcess>
#include <QTemporaryDir>

namespace packdesk::testing {

QStringList decodeWithZxing(const QImage& image)
{
    scanning::DecodeOptions options;
    options.formats = scanning::BarcodeFormats(scanning::BarcodeFormat::Code128) | scanning::BarcodeFormat::QrCode
                      | scanning::BarcodeFormat::DataMatrix;
    QStringList texts;
    for (const scanning::DecodedBarcode& code : scanning::decodeImage(image, options))
        texts << code.text;
    return texts;
}

QStringList decodeWithZbar(const QImage& image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.png"));
    if (!image.save(path))
        return {};
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--nodbus"), path});
    if (!zbar.waitForFinished(60'000))
        return {};
    QStringList texts;
    for (const QString& line : QString::fromUtf8(zbar.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        texts << line.section(QLatin1Char(':'), 1);
    return texts;
}

} // namespace packdesk::testing
