#include "labeltesting.h"

#include "printing/labelzplrenderer.h"
#include "printing/renderreturnlabel.h"
#include "printing/templatelibrary.h"
#include "support/pdfraster.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::labeltesting::sampleLabelInput;

namespace {

const QString kEvilName = QStringLiteral("^XA^FDevil^FS~JA </text> Ø_x\\&");

struct ZplCommand
{
    QByteArray name; ///< "^FO", "~JA", ...
    QByteArray data; ///< what follows up to the next command
};

/// Splits a ZPL stream at every ^ and ~, as a printer does.
std::vector<ZplCommand> parseZpl(const QByteArray& zpl)
{
    std::vector<ZplCommand> commands;
    for (qsizetype i = 0; i < zpl.size();) {
        if (zpl.at(i) != '^' && zpl.at(i) != '~') {
            ++i;
            continue;
        }
        qsizetype next = i + 1;
        while (next < zpl.size() && zpl.at(next) != '^' && zpl.at(next) != '~')
            ++next;
        const QByteArray chunk = zpl.mid(i, next - i);
        commands.push_back({chunk.left(3), chunk.mid(3).trimmed()});
        i = next;
    }
    return commands;
}

/// Field data with the ^FH escapes undone.
QString unescapeField(const QByteArray& data)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '_' && i + 2 < data.size()) {
            bytes += char(data.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            bytes += data.at(i);
        }
    }
    return QString::fromUtf8(bytes);
}

struct Word
{
    QString text;
    QRectF box; ///< points
};

/// Every word pdftotext -bbox finds on page 1, with its box.
std::vector<Word> pdfWords(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("label.pdf"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    process.waitForFinished(30'000);
    std::vector<Word> words;
    QXmlStreamReader xml(process.readAllStandardOutput());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const QRectF box(QPointF(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble()),
                             QPointF(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble()));
            words.push_back({xml.readElementText(), box});
        }
    }
    return words;
}

} // namespace

TEST(LabelEscaping, ZplEscapesEveryCommandCharacterInData)
{
    EXPECT_EQ(LabelZplRenderer::escapeField(QStringLiteral("a^b~c_d\\e\x01 Ø")), QByteArray("a_5Eb_7Ec_5Fd_5Ce_01 _C3_98"));
}

TEST(LabelEscaping, HostileSenderNameAppearsOnlyEscapedInZpl)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.order.shippingAddress.name = kEvilName;
    input.order.shippingAddress.city = QStringLiteral("~JA^XZ");
    input.order.returnPortalUrlTemplate = QStringLiteral("https://returns.example.com/~acme/{rma}");
    input.format = DocumentFormat::Zpl;
    for (const int dpi : {203, 300}) {
        input.dpi = dpi;
        auto zpl = renderReturnLabel(TemplateLibrary(), input);
        ASSERT_OK(zpl);
        const QByteArray& bytes = zpl->bytes;
        for (const char c : bytes)
            ASSERT_TRUE(c == '\n' || (c >= 0x20 && c < 0x7F)) << "non-ASCII byte in the ZPL stream";
        const auto commands = parseZpl(bytes);
        static const QList<QByteArray> allowed{"^XA", "^CI", "^PW", "^LL", "^LH", "^FO", "^GB", "^FS", "^A0",
                                               "^FB", "^FH", "^FD", "^BY", "^BC", "^BQ", "^XZ"};
        int starts = 0;
        QStringList fields;
        for (const ZplCommand& command : commands) {
            EXPECT_TRUE(allowed.contains(command.name)) << "unexpected command " << command.name.toStdString();
            starts += command.name == "^XA" ? 1 : 0;
            if (command.name == "^FD")
                fields << unescapeField(command.data);
        }
        EXPECT_EQ(starts, 1);
        EXPECT_EQ(commands.back().name, QByteArray("^XZ"));
        // The name is there, literally, once the escapes are undone.
        EXPECT_TRUE(fields.contains(kEvilName)) << fields.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(fields.contains(QStringLiteral("0155 ~JA^XZ")));
        EXPECT_TRUE(fields.contains(QStringLiteral("MA,https://returns.example.com/~acme/") + input.codes.rmaCode));
    }
}

TEST(LabelEscaping, HostileSenderNameAppearsLiterallyInPdfText)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.order.shippingAddress.name = kEvilName;
    auto pdf = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(pdf);
    const QString text = labeltesting::pdfText(pdf->bytes);
    EXPECT_TRUE(text.contains(kEvilName)) << text.toStdString();
}

TEST(LabelEscaping, LongNamesAndAddressesStayOnTheLabel)
{
    auto input = sampleLabelInput(QStringLiteral("de"));
    input.order.shippingAddress.name =
        QStringLiteral("Maximiliane Theodora Wilhelmine Freifrau von und zu Hohenzollern-Sigmaringen-Wittelsbach");
    input.order.shippingAddress.line1 = QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsstraße 12345");
    input.order.shippingAddress.line2 =
        QStringLiteral("Hinterhaus, Aufgang C, 4. Obergeschoss links, bei Familie Mustermann klingeln");
    input.shop.returnAddressLines << QStringLiteral("Very long return department name that goes on and on and on");
    auto pdf = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(pdf);
    const auto words = pdfWords(pdf->bytes);
    ASSERT_GT(words.size(), 20u);
    const QRectF page(0, 0, 288, 432);
    for (const Word& word : words)
        EXPECT_TRUE(page.contains(word.box)) << word.text.toStdString();
    const QString text = labeltesting::pdfText(pdf->bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("Hohenzollern-Sigmaringen-Wittelsbach")) ||
                text.contains(QStringLiteral("Wittelsbach")));

    input.format = DocumentFormat::Zpl;
    auto zpl = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(zpl);
    // Every text block starts on the label and is no wider than its rest.
    static const QRegularExpression block(QStringLiteral(R"(\^FO(\d+),(\d+)\^A0N,(\d+),\d+\^FB(\d+),(\d+))"));
    auto it = block.globalMatch(QString::fromLatin1(zpl->bytes));
    int blocks = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        ++blocks;
        const int x = m.captured(1).toInt(), y = m.captured(2).toInt(), height = m.captured(3).toInt();
        const int width = m.captured(4).toInt(), lines = m.captured(5).toInt();
        EXPECT_LE(x + width, 812);
        EXPECT_LE(y + lines * height, 1218);
    }
    EXPECT_GE(blocks, 10);
}

TEST(LabelEscaping, PdfIsVectorWithEmbeddedDejaVuOn4x6Inch)
{
    auto pdf = renderReturnLabel(TemplateLibrary(), sampleLabelInput(QStringLiteral("fr")));
    ASSERT_OK(pdf);
    const QSizeF size = packdesk::testing::pdfPageSizePoints(pdf->bytes);
    EXPECT_NEAR(size.width(), 288, 0.5);
    EXPECT_NEAR(size.height(), 432, 0.5);
    const QString fonts = packdesk::testing::pdfFonts(pdf->bytes);
    EXPECT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (!line.trimmed().isEmpty()) {
            EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << "font not embedded: " << line.toStdString();
        }
    }
    // No raster images: barcodes are paths.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("l.pdf")));
    file.open(QIODevice::WriteOnly);
    file.write(pdf->bytes);
    file.close();
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file.fileName()});
    images.waitForFinished(30'000);
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 2) << "images in the PDF: " << lines.join(QLatin1Char('\n')).toStdString();
}

TEST(LabelEscaping, SameLabelGivesTheSameBytes)
{
    auto input = sampleLabelInput(QStringLiteral("nl"));
    auto first = renderReturnLabel(TemplateLibrary(), input);
    auto second = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(first);
    ASSERT_OK(second);
    EXPECT_EQ(first->bytes, second->bytes);
    // Across runs too: no clock in the file.
    EXPECT_TRUE(first->bytes.contains("/CreationDate (D:20000101000000")) << first->bytes.left(600).toStdString();
    input.format = DocumentFormat::Zpl;
    auto zpl1 = renderReturnLabel(TemplateLibrary(), input);
    auto zpl2 = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(zpl1);
    ASSERT_OK(zpl2);
    EXPECT_EQ(zpl1->bytes, zpl2->bytes);
}
