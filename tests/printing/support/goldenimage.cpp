#include "goldenimage.h"

#include <QDir>
#include <QFileInfo>

#include <cstdlib>

namespace packdesk::testing {

GoldenComparison compareWithGolden(const QImage& actualImage, const QString& goldenPath,
                                   const GoldenTolerance& tolerance)
{
    const QImage actual = actualImage.convertToFormat(QImage::Format_Grayscale8);
    const QString name = QFileInfo(goldenPath).completeBaseName();
    if (qEnvironmentVariableIntValue("PACKDESK_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(goldenPath).absolutePath());
        if (!actual.save(goldenPath))
            return {false, QStringLiteral("cannot write the golden image %1").arg(goldenPath), {}};
        return {true, QStringLiteral("golden image written: %1").arg(goldenPath), {}};
    }
    const QImage golden = QImage(goldenPath).convertToFormat(QImage::Format_Grayscale8);
    if (golden.isNull())
        return {false,
                QStringLiteral("no golden image at %1; run the test with PACKDESK_UPDATE_GOLDEN=1 to create it, "
                               "then review and commit it")
                    .arg(goldenPath),
                {}};
    const QString actualPath = QDir::current().filePath(name + QStringLiteral(".actual.png"));
    if (golden.size() != actual.size()) {
        actual.save(actualPath);
        return {false,
                QStringLiteral("size %1x%2, golden %3x%4 (%5); actual image written to %6")
                    .arg(actual.width())
                    .arg(actual.height())
                    .arg(golden.width())
                    .arg(golden.height())
                    .arg(goldenPath, actualPath),
                {}};
    }
    QImage diff(golden.size(), QImage::Format_RGB32);
    qint64 different = 0;
    for (int y = 0; y < golden.height(); ++y) {
        const uchar* a = actual.constScanLine(y);
        const uchar* g = golden.constScanLine(y);
        auto* out = reinterpret_cast<QRgb*>(diff.scanLine(y));
        for (int x = 0; x < golden.width(); ++x) {
            const bool differs = std::abs(int(a[x]) - int(g[x])) > tolerance.pixelDelta;
            different += differs ? 1 : 0;
            const int faded = 192 + g[x] / 4;
            out[x] = differs ? qRgb(255, 0, 0) : qRgb(faded, faded, faded);
        }
    }
    const qint64 total = qint64(golden.width()) * golden.height();
    const double ratio = total ? double(different) / double(total) : 0.0;
    GoldenComparison result;
    result.matches = ratio <= tolerance.maxDifferentRatio;
    result.message = QStringLiteral("%1 of %2 pixels differ (%3 %, allowed %4 %) from %5")
                         .arg(different)
                         .arg(total)
                         .arg(ratio * 100.0, 0, 'f', 3)
                         .arg(tolerance.maxDifferentRatio * 100.0, 0, 'f', 3)
                         .arg(goldenPath);
    if (!result.matches) {
        result.diffPath = QDir::current().filePath(name + QStringLiteral(".diff.png"));
        diff.save(result.diffPath);
        actual.save(actualPath);
        result.message += QStringLiteral("; diff image %1, actual image %2").arg(result.diffPath, actualPath);
    }
    return result;
}

} // namespace packdesk::testing
