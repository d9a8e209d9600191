#include "pdfraster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace packdesk::testing {

namespace {
/// Runs a poppler tool on the PDF written to a temporary file.
QByteArray runOnPdf(const QString& program, QStringList arguments, const QByteArray& pdf, QString* error,
                    QTemporaryDir& dir)
{
    const QString input = dir.filePath(QStringLiteral("in.pdf"));
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(input);
        return {};
    }
    file.close();
    for (QString& argument : arguments)
        argument.replace(QLatin1String("{in}"), input);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return process.readAllStandardOutput();
}
} // namespace

QImage rasterizePdf(const QByteArray& pdf, int dpi, QString* error)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    runOnPdf(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"),
              QStringLiteral("-singlefile"), QStringLiteral("-aa"), QStringLiteral("no"), QStringLiteral("-aaVector"),
              QStringLiteral("no"), QStringLiteral("{in}"), prefix},
             pdf, error, dir);
    QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull() && error && error->isEmpty())
        *error = QStringLiteral("pdftoppm wrote no image");
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QString pdfFonts(const QByteArray& pdf)
{
    QTemporaryDir dir;
    return QString::fromUtf8(runOnPdf(QStringLiteral("pdffonts"), {QStringLiteral("{in}")}, pdf, nullptr, dir));
}

QSizeF pdfPageSizePoints(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString info = QString::fromUtf8(runOnPdf(QStringLiteral("pdfinfo"), {QStringLiteral("{in}")}, pdf, nullptr, dir));
    static const QRegularExpression pageSize(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"));
    const auto match = pageSize.match(info);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace packdesk::testing
