// Round trips: every format packdesk generates, with the payloads a packing
// station prints, rendered two ways and read back by two independent
// decoders, which must return exactly the payload.
//
// Renderings: toImage() at 3 px per module (what a 203 dpi label printer
// gets), and toPainterPath() filled by QPainter with antialiasing at 2.5 px
// per module, so that module edges fall between pixels - proof that the
// vector path, which is what printing uses, is right and not just the raster.
//
// Decoders: ZXing-C++ (also our encoder, so alone it could share a bug)
// and zbar's zbarimg, which shares no code with it. zbar 0.23 has no
// DataMatrix decoder, so DataMatrix is checked by ZXing only; there is no
// second DataMatrix reader installed to cross-check it.

#include "scanning/barcodegenerator.h"
#include "scanning/zxingformats.h"

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QProcess>
#include <QTemporaryDir>
#include <ZXing/ReadBarcode.h>
#include <cmath>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace packdesk::scanning;

namespace {

struct Payload
{
    const char* name;
    BarcodeFormat format;
    const char* utf8Text;
};

// Realistic content: RMA codes, order references, return-portal URLs with
// an unguessable token, survey links, names and addresses in UTF-8.
const Payload kPayloads[] = {
    {"Code128Rma", BarcodeFormat::Code128, "RMA-7Q4K-2M9X"},
    {"Code128OrderRef", BarcodeFormat::Code128, "nordlys/NL-10041"},
    // Digits only: ZXing packs them in code set C, two digits per symbol.
    {"Code128DigitsSetC", BarcodeFormat::Code128, "00123456789012345678"},
    // Switches from code set B to C for the digit run.
    {"Code128MixedSets", BarcodeFormat::Code128, "NL10041-000123456789"},
    {"Code128Long", BarcodeFormat::Code128, "RMA-7Q4K-2M9X/NL-10041/BIN-A17-03/PICK-88213/2024-06-14"},

    {"QrRma", BarcodeFormat::QrCode, "RMA-7Q4K-2M9X"},
    {"QrOrderRef", BarcodeFormat::QrCode, "nordlys/NL-10041"},
    {"QrShortUrl", BarcodeFormat::QrCode, "https://example.com/r/Ab3?x=1"},
    {"QrReturnPortal", BarcodeFormat::QrCode,
     "https://returns.nordlys.example/r/NL-10041?t=q7Zk2Vx9Lm4Rp8Tw3Ny6Bc1Hd5Fs0Gj-_aQeUoPiXzK3"},
    {"QrSurvey", BarcodeFormat::QrCode,
     "https://survey.nordlys.example/s/pack?order=NL-10041&station=PD-07&lang=nb&utm_source=label"},
    {"QrLatin1Text", BarcodeFormat::QrCode, "J\u00fcrgen Wei\u00df \u00e6\u00f8\u00e5"},
    {"QrPolishText", BarcodeFormat::QrCode, "\u0141\u00f3d\u017a \u2013 zwrot 12,50 \u20ac \u2713"},
    {"QrJapaneseText", BarcodeFormat::QrCode, "\u8fd4\u54c1\u30e9\u30d9\u30eb \u6771\u4eac\u90fd"},
    {"QrOutsideBmp", BarcodeFormat::QrCode, "Takk for handelen! \U0001F4E6"},
    {"QrDigits", BarcodeFormat::QrCode, "00123456789012345678"},

    {"DataMatrixRma", BarcodeFormat::DataMatrix, "RMA-7Q4K-2M9X"},
    {"DataMatrixOrderRef", BarcodeFormat::DataMatrix, "nordlys/NL-10041"},
    {"DataMatrixDigits", BarcodeFormat::DataMatrix, "0101234567890128"},
    {"DataMatrixReturnPortal", BarcodeFormat::DataMatrix,
     "https://returns.nordlys.example/r/NL-10041?t=q7Zk2Vx9Lm4Rp8Tw3Ny6Bc1Hd5Fs0Gj-_aQeUoPiXzK3"},
    // ISO 8859-1 is all ZXing 1.4 can put in a DataMatrix.
    {"DataMatrixLatin1Text", BarcodeFormat::DataMatrix, "J\u00fcrgen Wei\u00df \u00e6\u00f8\u00e5"},
};

enum class Rendering
{
    Raster3px,
    AntialiasedPath2_5px
};
enum class Decoder
{
    ZXing,
    Zbar
};

struct RoundTrip
{
    Payload payload;
    Rendering rendering;
    Decoder decoder;
};

std::string caseName(const RoundTrip& c)
{
    return std::string(c.payload.name) +
           (c.rendering == Rendering::Raster3px ? "_Raster3px" : "_AaPath2_5px") +
           (c.decoder == Decoder::ZXing ? "_ZXing" : "_Zbar");
}

void PrintTo(const RoundTrip& c, std::ostream* os)
{
    *os << caseName(c);
}

std::vector<RoundTrip> roundTrips()
{
    std::vector<RoundTrip> cases;
    for (const Payload& payload : kPayloads) {
        for (Rendering rendering : {Rendering::Raster3px, Rendering::AntialiasedPath2_5px}) {
            cases.push_back({payload, rendering, Decoder::ZXing});
            // zbar cannot read DataMatrix at all; see the file comment.
            if (payload.format != BarcodeFormat::DataMatrix) {
                cases.push_back({payload, rendering, Decoder::Zbar});
            }
        }
    }
    return cases;
}

QString zbarSymbology(BarcodeFormat format)
{
    switch (format) {
    case BarcodeFormat::Code128:
        return QStringLiteral("code128");
    case BarcodeFormat::QrCode:
        return QStringLiteral("qrcode");
    default:
        return {};
    }
}

// The path as printing draws it, but into pixels: antialiased, at a module
// size that puts every other module edge in the middle of a pixel.
QImage renderPath(const BarcodeSymbol& symbol, double moduleSize)
{
    QImage image(int(std::ceil(symbol.widthModules * moduleSize)),
                 int(std::ceil(symbol.heightModules * moduleSize)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillPath(symbol.toPainterPath(moduleSize), Qt::black);
    painter.end();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

bool hasGreys(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        const uchar* line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != 0 && line[x] != 255) {
                return true;
            }
        }
    }
    return false;
}

class RoundTripTest : public ::testing::TestWithParam<RoundTrip>
{
protected:
    QImage render(const BarcodeSymbol& symbol) const
    {
        if (GetParam().rendering == Rendering::Raster3px) {
            return symbol.toImage(3);
        }
        QImage image = renderPath(symbol, 2.5);
        // Otherwise the "antialiased" case would silently be a second
        // pixel-exact one.
        EXPECT_TRUE(hasGreys(image)) << "expected antialiased module edges";
        return image;
    }

    void readWithZXing(const QImage& image, const QString& expected, BarcodeFormat format) const
    {
        const auto results =
            ZXing::ReadBarcodes(ZXing::ImageView(image.constBits(), image.width(), image.height(),
                                                 ZXing::ImageFormat::Lum, int(image.bytesPerLine())),
                                ZXing::DecodeHints().setFormats(toZXingFormat(format)));
        ASSERT_EQ(results.size(), 1u);
        ASSERT_TRUE(results.front().isValid());
        EXPECT_EQ(results.front().format(), toZXingFormat(format));
        EXPECT_EQ(QString::fromStdString(results.front().text()), expected);
    }

    // -Sbinary: zbar's --raw alone still converts QR text to UTF-8, guessing
    // ISO 8859-1 or Shift-JIS when the symbol has no ECI, which would hide
    // a symbol holding Latin-1 instead of UTF-8. With binary it prints the
    // symbol's bytes as stored (ECI designators removed), no newline.
    // -Sdisable plus one symbology: the symbol must be read as its format.
    void readWithZbar(const QImage& image, const QString& expected, BarcodeFormat format) const
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString file =
            m_dir.filePath(QString::fromLatin1(caseName(GetParam())) + QStringLiteral(".png"));
        ASSERT_TRUE(image.save(file, "PNG"));
        QProcess zbar;
        zbar.start(QStringLiteral(ZBARIMG_PROGRAM),
                   {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("--nodbus"),
                    QStringLiteral("-Sbinary"), QStringLiteral("-Sdisable"),
                    QStringLiteral("-S%1.enable").arg(zbarSymbology(format)), file});
        ASSERT_TRUE(zbar.waitForFinished(60'000)) << zbar.errorString().toStdString();
        const QByteArray out = zbar.readAllStandardOutput();
        ASSERT_EQ(zbar.exitStatus(), QProcess::NormalExit);
        // zbarimg exits with 4 when it finds no symbol.
        ASSERT_EQ(zbar.exitCode(), 0) << zbar.readAllStandardError().toStdString();
        EXPECT_EQ(out.toStdString(), expected.toUtf8().toStdString());
    }

    QTemporaryDir m_dir;
};

TEST_P(RoundTripTest, DecodesToExactlyThePayload)
{
    const RoundTrip& c = GetParam();
    const QString text = QString::fromUtf8(c.payload.utf8Text);
    auto symbol = generateBarcode(c.payload.format, text);
    ASSERT_TRUE(symbol.ok()) << symbol.error().message.toStdString();
    const QImage image = render(symbol.value());
    ASSERT_FALSE(image.isNull());
    if (c.decoder == Decoder::ZXing) {
        readWithZXing(image, text, c.payload.format);
    } else {
        readWithZbar(image, text, c.payload.format);
    }
}

INSTANTIATE_TEST_SUITE_P(Generator, RoundTripTest, ::testing::ValuesIn(roundTrips()),
                         [](const ::testing::TestParamInfo<RoundTrip>& info) {
                             return caseName(info.param);
                         });

TEST(RoundTripCoverage, EveryGeneratableFormatHasPayloads)
{
    // A format added to generateBarcode() must come with round trips here.
    BarcodeFormats covered;
    for (const Payload& payload : kPayloads) {
        covered |= payload.format;
    }
    EXPECT_EQ(covered.toInt(), generatableFormats().toInt());
}

} // namespace
