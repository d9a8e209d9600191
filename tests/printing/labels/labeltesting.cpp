#include "labeltesting.h"

#include "printing/parcelcodegenerator.h"
#include "printing/shopprofile.h"
#include "printing/templatelibrary.h"
#include "support/sampleorders.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

namespace packdesk::labeltesting {

QString validRmaCode(const QString& data11)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    for (const QChar check : alphabet) {
        const QString code = QStringLiteral("R") + data11 + check;
        if (printing::ParcelCodeGenerator::isValidRmaCode(code))
            return code;
    }
    return {};
}

printing::ReturnLabelInput sampleLabelInput(const QString& language)
{
    printing::ReturnLabelInput input;
    input.order = testing::sampleOrder(7, QStringLiteral("1001"));
    input.order.returnPortalUrlTemplate = QStringLiteral("https://returns.example.com/acme/{rma}");
    input.order.returnWindowDays = 30;
    const printing::TemplateLibrary library;
    auto file = library.loadShopProfile(QStringLiteral("acme"));
    if (file) {
        auto profile = printing::ShopProfile::fromJson(file->content, file->path);
        if (profile)
            input.shop = profile.value();
    }
    input.codes = ParcelCodes{validRmaCode(), QStringLiteral("q1w2e3r4t5y6u7i8o9p0aa"), 0};
    input.packedOn = QDate(2026, 11, 24);
    input.language = language;
    return input;
}

QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("label.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                                QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QImage renderZpl(const QByteArray& zpl, int dpi, QString* why, bool* skip)
{
    *skip = false;
    const QString modules = QStringLiteral(PACKDESK_NODE_MODULES_DIR);
    if (!QDir(modules + QStringLiteral("/zpl-renderer-js")).exists()) {
        *skip = true;
        *why = QStringLiteral("zpl-renderer-js is not installed in %1 (run npm ci in tests/)").arg(modules);
        return {};
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("label.png"));
    QProcess node;
    node.setWorkingDirectory(modules);
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), modules);
    node.setProcessEnvironment(environment);
    const int dotsPerMm = dpi == 300 ? 12 : 8; // the printer's own figure: 8 dpmm = 203 dpi, 12 = 300
    node.start(QStringLiteral("node"),
               {QStringLiteral(PACKDESK_LABELS_TEST_DIR "/render-zpl.cjs"), QStringLiteral("101.6"),
                QStringLiteral("152.4"), QString::number(dotsPerMm), out});
    if (!node.waitForStarted(10'000)) {
        *skip = true;
        *why = QStringLiteral("node is not installed");
        return {};
    }
    node.write(zpl);
    node.closeWriteChannel();
    if (!node.waitForFinished(60'000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *why = QStringLiteral("render-zpl.cjs failed: %1").arg(QString::fromLocal8Bit(node.readAllStandardError()));
        return {};
    }
    const QImage rendered(out);
    if (rendered.isNull()) {
        *why = QStringLiteral("render-zpl.cjs wrote no PNG");
        return {};
    }
    // The renderer's background may be transparent: put it on white paper.
    QImage paper(rendered.size(), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.drawImage(0, 0, rendered);
    painter.end();
    return paper.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace packdesk::labeltesting
