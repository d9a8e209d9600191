// The generator's geometry checked module by module against the matrix
// ZXing-C++'s writer produces, its errors, and its three renderings (path,
// SVG, raster). Reading the symbols back is barcode_roundtrip_test.cpp.

#include "scanning/barcodegenerator.h"
#include "scanning/zxingformats.h"

#include <QImage>
#include <QPainterPath>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace packdesk::scanning;

namespace {

struct GeometryCase
{
    const char* name;
    BarcodeFormat format;
    const char* utf8Text;
};

void PrintTo(const GeometryCase& c, std::ostream* os)
{
    *os << c.name;
}

const GeometryCase kGeometryCases[] = {
    {"Code128Rma", BarcodeFormat::Code128, "RMA-7Q4K-2M9X"},
    {"Code128Digits", BarcodeFormat::Code128, "00123456789012345678"},
    {"QrUrl", BarcodeFormat::QrCode, "https://example.com/r/Ab3?x=1"},
    {"QrUtf8", BarcodeFormat::QrCode, "J\u00fcrgen Wei\u00df \u00e6\u00f8\u00e5"},
    {"DataMatrixRma", BarcodeFormat::DataMatrix, "RMA-7Q4K-2M9X"},
    {"DataMatrixOrderRef", BarcodeFormat::DataMatrix, "nordlys/NL-10041"},
};

// The reference: ZXing's own module matrix, one module per cell, no margin,
// with the options the generator documents (QR level M = ZXing level 4,
// UTF-8 for non-ASCII QR text).
ZXing::BitMatrix referenceMatrix(BarcodeFormat format, const QString& text)
{
    ZXing::MultiFormatWriter writer(toZXingFormat(format));
    writer.setMargin(0);
    if (format == BarcodeFormat::QrCode) {
        writer.setEccLevel(4);
        if (text.toLatin1() != text.toUtf8()) {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        }
    }
    return writer.encode(text.toStdWString(), 0, 0);
}

// How many rectangles cover each module, row-major.
std::vector<int> coverage(const BarcodeSymbol& symbol)
{
    std::vector<int> grid(std::size_t(symbol.widthModules) * std::size_t(symbol.heightModules), 0);
    for (const QRect& rect : symbol.darkRects) {
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                if (x >= 0 && y >= 0 && x < symbol.widthModules && y < symbol.heightModules) {
                    ++grid[std::size_t(y) * std::size_t(symbol.widthModules) + std::size_t(x)];
                }
            }
        }
    }
    return grid;
}

long long rectArea(const BarcodeSymbol& symbol)
{
    long long area = 0;
    for (const QRect& rect : symbol.darkRects) {
        area += static_cast<long long>(rect.width()) * rect.height();
    }
    return area;
}

int runsInRow(const ZXing::BitMatrix& matrix, int y)
{
    int runs = 0;
    for (int x = 0; x < matrix.width(); ++x) {
        if (matrix.get(x, y) && (x == 0 || !matrix.get(x - 1, y))) {
            ++runs;
        }
    }
    return runs;
}

BarcodeSymbol generateOrFail(BarcodeFormat format, const QString& text, const GenerateOptions& options = {})
{
    auto result = generateBarcode(format, text, options);
    EXPECT_TRUE(result.ok()) << result.error().code.toStdString() << ": "
                             << result.error().message.toStdString();
    return result.ok() ? std::move(result).value() : BarcodeSymbol{};
}

class GeometryTest : public ::testing::TestWithParam<GeometryCase>
{
};

TEST_P(GeometryTest, MatchesZXingModulesInsideTheQuietZone)
{
    const GeometryCase& c = GetParam();
    const QString text = QString::fromUtf8(c.utf8Text);
    const BarcodeSymbol symbol = generateOrFail(c.format, text);
    const ZXing::BitMatrix reference = referenceMatrix(c.format, text);
    const bool linear = c.format == BarcodeFormat::Code128;
    const int q = defaultQuietZoneModules(c.format);
    ASSERT_GT(q, 0);
    ASSERT_EQ(linear, reference.height() == 1);

    EXPECT_EQ(symbol.format, c.format);
    EXPECT_EQ(symbol.text, text);
    EXPECT_EQ(symbol.quietZoneModules, q);
    ASSERT_EQ(symbol.widthModules, reference.width() + 2 * q);
    const int symbolRows = linear ? GenerateOptions::defaultLinearHeightModules : reference.height();
    ASSERT_EQ(symbol.heightModules, symbolRows + 2 * q);

    // Every module: covered by at most one rectangle (disjoint), light in
    // the quiet zone, and dark exactly where ZXing's matrix is.
    const std::vector<int> grid = coverage(symbol);
    long long referenceDark = 0;
    int mismatches = 0;
    for (int y = 0; y < symbol.heightModules; ++y) {
        for (int x = 0; x < symbol.widthModules; ++x) {
            const int covered = grid[std::size_t(y) * std::size_t(symbol.widthModules) + std::size_t(x)];
            ASSERT_LE(covered, 1) << "module " << x << "," << y << " covered twice";
            const bool inQuietZone =
                x < q || y < q || x >= symbol.widthModules - q || y >= symbol.heightModules - q;
            const bool expected = !inQuietZone && reference.get(x - q, linear ? 0 : y - q);
            referenceDark += expected ? 1 : 0;
            if ((covered == 1) != expected) {
                ++mismatches;
            }
        }
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_EQ(rectArea(symbol), referenceDark);

    for (const QRect& rect : symbol.darkRects) {
        EXPECT_TRUE(QRect(q, q, symbol.widthModules - 2 * q, symbol.heightModules - 2 * q).contains(rect))
            << "rect in the quiet zone at " << rect.x() << "," << rect.y();
    }

    if (linear) {
        // One rectangle per bar, each the full bar height.
        EXPECT_EQ(int(symbol.darkRects.size()), runsInRow(reference, 0));
        for (const QRect& rect : symbol.darkRects) {
            EXPECT_EQ(rect.y(), q);
            EXPECT_EQ(rect.height(), GenerateOptions::defaultLinearHeightModules);
        }
    } else {
        // Runs merged along rows and then down columns: fewer rectangles
        // than there are runs, let alone dark modules.
        int runs = 0;
        for (int y = 0; y < reference.height(); ++y) {
            runs += runsInRow(reference, y);
        }
        EXPECT_LT(int(symbol.darkRects.size()), runs);
    }
}

INSTANTIATE_TEST_SUITE_P(Generator, GeometryTest, ::testing::ValuesIn(kGeometryCases),
                         [](const ::testing::TestParamInfo<GeometryCase>& info) { return info.param.name; });

TEST(Generator, DefaultsAreTheSymbologyMinimums)
{
    EXPECT_EQ(defaultQuietZoneModules(BarcodeFormat::Code128), 10);
    EXPECT_EQ(defaultQuietZoneModules(BarcodeFormat::QrCode), 4);
    EXPECT_EQ(defaultQuietZoneModules(BarcodeFormat::DataMatrix), 1);
    EXPECT_EQ(defaultQuietZoneModules(BarcodeFormat::Ean13), 0);
    const GenerateOptions options;
    EXPECT_LT(options.quietZoneModules, 0);
    EXPECT_EQ(options.linearHeightModules, 40);
    EXPECT_EQ(options.qrErrorCorrection, QrErrorCorrection::Medium);
    EXPECT_EQ(
        generatableFormats().toInt(),
        (BarcodeFormats(BarcodeFormat::Code128) | BarcodeFormat::QrCode | BarcodeFormat::DataMatrix).toInt());
}

TEST(Generator, Code128BarCountFollowsFromTheSymbolCount)
{
    // Code set B throughout: start + 13 characters + check, three bars
    // each, and a stop pattern of four bars. Independent of ZXing.
    const BarcodeSymbol symbol = generateOrFail(BarcodeFormat::Code128, QStringLiteral("RMA-7Q4K-2M9X"));
    EXPECT_EQ(symbol.darkRects.size(), std::size_t(3 * (13 + 2) + 4));
    EXPECT_EQ(symbol.widthModules - 2 * 10, 11 * (13 + 2) + 13);
}

TEST(Generator, Code128DigitsUseCodeSetC)
{
    // 20 digits in code set C are 10 symbols: start + 10 + check, 11
    // modules each, and a 13-module stop. Code set B would need 255.
    const BarcodeSymbol symbol =
        generateOrFail(BarcodeFormat::Code128, QStringLiteral("00123456789012345678"));
    EXPECT_EQ(symbol.widthModules - 2 * symbol.quietZoneModules, 11 * (1 + 10 + 1) + 13);
}

TEST(Generator, QuietZoneAndBarHeightAreConfigurable)
{
    GenerateOptions options;
    options.quietZoneModules = 2;
    options.linearHeightModules = 25;
    const BarcodeSymbol linear =
        generateOrFail(BarcodeFormat::Code128, QStringLiteral("RMA-7Q4K-2M9X"), options);
    EXPECT_EQ(linear.quietZoneModules, 2);
    EXPECT_EQ(linear.heightModules, 25 + 4);
    EXPECT_EQ(linear.widthModules, 11 * (13 + 2) + 13 + 4);
    ASSERT_FALSE(linear.darkRects.empty());
    EXPECT_EQ(linear.darkRects.front().topLeft(), QPoint(2, 2));
    EXPECT_EQ(linear.darkRects.back().right(), linear.widthModules - 3);

    options.quietZoneModules = 0;
    const BarcodeSymbol bare =
        generateOrFail(BarcodeFormat::QrCode, QStringLiteral("RMA-7Q4K-2M9X"), options);
    EXPECT_EQ(bare.quietZoneModules, 0);
    ASSERT_FALSE(bare.darkRects.empty());
    // The top left finder pattern's corner module is the symbol's corner.
    EXPECT_EQ(bare.darkRects.front().topLeft(), QPoint(0, 0));
    const BarcodeSymbol padded = generateOrFail(BarcodeFormat::QrCode, QStringLiteral("RMA-7Q4K-2M9X"));
    EXPECT_EQ(padded.widthModules, bare.widthModules + 8);
}

TEST(Generator, QrErrorCorrectionLevelIsTheOneRequested)
{
    const QString url = QStringLiteral("https://returns.nordlys.example/r/NL-10041");
    int previousWidth = 0;
    const std::pair<QrErrorCorrection, const char*> levels[] = {
        {QrErrorCorrection::Low, "L"},
        {QrErrorCorrection::Medium, "M"},
        {QrErrorCorrection::Quartile, "Q"},
        {QrErrorCorrection::High, "H"},
    };
    for (const auto& [level, name] : levels) {
        GenerateOptions options;
        options.qrErrorCorrection = level;
        const BarcodeSymbol symbol = generateOrFail(BarcodeFormat::QrCode, url, options);
        const QImage image = symbol.toImage(4);
        const ZXing::Result read =
            ZXing::ReadBarcode(ZXing::ImageView(image.constBits(), image.width(), image.height(),
                                                ZXing::ImageFormat::Lum, int(image.bytesPerLine())),
                               ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        ASSERT_TRUE(read.isValid()) << name;
        EXPECT_EQ(read.ecLevel(), name);
        EXPECT_EQ(QString::fromStdString(read.text()), url);
        EXPECT_GE(symbol.widthModules, previousWidth) << "more redundancy cannot make a smaller symbol";
        previousWidth = symbol.widthModules;
    }
    GenerateOptions medium;
    medium.qrErrorCorrection = QrErrorCorrection::Medium;
    const auto byDefault = generateOrFail(BarcodeFormat::QrCode, url);
    EXPECT_EQ(byDefault.darkRects, generateOrFail(BarcodeFormat::QrCode, url, medium).darkRects);
}

std::string qrBytesWithEci(const BarcodeSymbol& symbol)
{
    const QImage image = symbol.toImage(4);
    const ZXing::Result read =
        ZXing::ReadBarcode(ZXing::ImageView(image.constBits(), image.width(), image.height(),
                                            ZXing::ImageFormat::Lum, int(image.bytesPerLine())),
                           ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    EXPECT_TRUE(read.isValid());
    const ZXing::ByteArray bytes = read.bytesECI();
    return std::string(bytes.begin(), bytes.end());
}

TEST(Generator, QrDeclaresUtf8OnlyWhenTheTextNeedsIt)
{
    // bytesECI() spells an ECI as a backslash and six digits; 26 is UTF-8.
    const std::string ascii = qrBytesWithEci(
        generateOrFail(BarcodeFormat::QrCode, QStringLiteral("https://example.com/r/Ab3?x=1")));
    EXPECT_EQ(ascii.find("\\000"), std::string::npos) << ascii;
    const std::string text = qrBytesWithEci(
        generateOrFail(BarcodeFormat::QrCode, QString::fromUtf8("J\u00fcrgen Wei\u00df \u00e6\u00f8\u00e5")));
    EXPECT_NE(text.find("\\000026J\xc3\xbcrgen"), std::string::npos) << text;
}

// --- errors ---------------------------------------------------------------

void expectError(const packdesk::Result<BarcodeSymbol>& result, const char* code)
{
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code.toStdString(), code);
    EXPECT_FALSE(result.error().message.isEmpty());
}

TEST(GeneratorErrors, EmptyTextInEveryFormat)
{
    expectError(generateBarcode(BarcodeFormat::Code128, QString()), "barcode_empty");
    expectError(generateBarcode(BarcodeFormat::QrCode, QStringLiteral("")), "barcode_empty");
    expectError(generateBarcode(BarcodeFormat::DataMatrix, QString()), "barcode_empty");
}

TEST(GeneratorErrors, UnsupportedFormats)
{
    for (BarcodeFormat format : {BarcodeFormat::None, BarcodeFormat::Ean13, BarcodeFormat::UpcA,
                                 BarcodeFormat::Code39, BarcodeFormat::Pdf417, BarcodeFormat::Aztec}) {
        expectError(generateBarcode(format, QStringLiteral("4006381333931")), "barcode_unsupported_format");
    }
    // A combination of flags is not one format.
    expectError(
        generateBarcode(BarcodeFormat(unsigned(BarcodeFormat::Code128) | unsigned(BarcodeFormat::QrCode)),
                        QStringLiteral("x")),
        "barcode_unsupported_format");
}

TEST(GeneratorErrors, Code128TakesAsciiOnly)
{
    expectError(generateBarcode(BarcodeFormat::Code128, QString::fromUtf8("J\u00fcrgen")),
                "barcode_unencodable");
    // ZXing would take U+00F1 as FNC1 and drop it from the symbol's text.
    expectError(generateBarcode(BarcodeFormat::Code128, QString::fromUtf8("A\u00f1B")),
                "barcode_unencodable");
    expectError(generateBarcode(BarcodeFormat::Code128, QString::fromUtf8("\u20ac5")), "barcode_unencodable");
}

TEST(GeneratorErrors, Code128LongerThanZXingAllows)
{
    EXPECT_TRUE(generateBarcode(BarcodeFormat::Code128, QString(80, QLatin1Char('A'))).ok());
    expectError(generateBarcode(BarcodeFormat::Code128, QString(81, QLatin1Char('A'))),
                "barcode_unencodable");
}

TEST(GeneratorErrors, QrTooLong)
{
    // Version 40-M holds 2331 bytes; a URL-ish text of 4000 is beyond it.
    const QString text =
        QStringLiteral("https://returns.nordlys.example/r/") + QString(4000, QLatin1Char('z'));
    const auto result = generateBarcode(BarcodeFormat::QrCode, text);
    expectError(result, "barcode_unencodable");
    EXPECT_TRUE(result.error().message.contains(QLatin1String("QR Code")));
}

TEST(GeneratorErrors, DataMatrixTooLongOrBeyondLatin1)
{
    expectError(generateBarcode(BarcodeFormat::DataMatrix, QString(4000, QLatin1Char('z'))),
                "barcode_unencodable");
    expectError(generateBarcode(BarcodeFormat::DataMatrix, QString::fromUtf8("\u0141\u00f3d\u017a")),
                "barcode_unencodable");
    EXPECT_TRUE(generateBarcode(BarcodeFormat::DataMatrix, QString::fromUtf8("\u00e6\u00f8\u00e5")).ok());
}

TEST(GeneratorErrors, UnpairedSurrogate)
{
    QString text = QStringLiteral("RMA");
    text.append(QChar(0xD800));
    expectError(generateBarcode(BarcodeFormat::QrCode, text), "barcode_unencodable");
}

TEST(GeneratorErrors, InvalidOptions)
{
    GenerateOptions flat;
    flat.linearHeightModules = 0;
    expectError(generateBarcode(BarcodeFormat::Code128, QStringLiteral("RMA"), flat),
                "barcode_invalid_options");
    // Bar height means nothing to a 2D code.
    EXPECT_TRUE(generateBarcode(BarcodeFormat::QrCode, QStringLiteral("RMA"), flat).ok());
    GenerateOptions huge;
    huge.quietZoneModules = 1'000'000;
    expectError(generateBarcode(BarcodeFormat::QrCode, QStringLiteral("RMA"), huge),
                "barcode_invalid_options");
}

// --- renderings -----------------------------------------------------------

struct SvgRect
{
    double x, y, width, height;
};

TEST(GeneratorSvg, WellFormedVectorWithTheSymbolsRectangles)
{
    const double moduleSize = 0.5;
    const BarcodeSymbol symbol =
        generateOrFail(BarcodeFormat::QrCode, QString::fromUtf8("J\u00fcrgen Wei\u00df \u00e6\u00f8\u00e5"));
    const QString svg = symbol.toSvg(moduleSize);
    ASSERT_FALSE(svg.isEmpty());
    EXPECT_FALSE(svg.contains(QLatin1String("base64")));
    EXPECT_FALSE(svg.contains(QLatin1String("data:")));

    QXmlStreamReader xml(svg);
    int paths = 0;
    int rects = 0;
    int elements = 0;
    QString pathData;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        ++elements;
        const auto name = xml.name();
        if (elements == 1) {
            EXPECT_EQ(name, QLatin1String("svg"));
            EXPECT_EQ(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));
            const auto attributes = xml.attributes();
            EXPECT_EQ(attributes.value(QLatin1String("width")).toDouble(), symbol.widthModules * moduleSize);
            EXPECT_EQ(attributes.value(QLatin1String("height")).toDouble(),
                      symbol.heightModules * moduleSize);
            EXPECT_EQ(attributes.value(QLatin1String("shape-rendering")), QLatin1String("crispEdges"));
        } else if (name == QLatin1String("path")) {
            ++paths;
            pathData = xml.attributes().value(QLatin1String("d")).toString();
        } else if (name == QLatin1String("rect")) {
            ++rects;
            EXPECT_EQ(xml.attributes().value(QLatin1String("fill")), QLatin1String("#ffffff"));
        } else {
            ADD_FAILURE() << "unexpected element " << name.toString().toStdString();
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(paths, 1);
    EXPECT_EQ(rects, 1);

    // The path is exactly the symbol's rectangles, each as M x y h w v h h -w z.
    static const QRegularExpression subpath(
        QStringLiteral(R"(M([0-9.]+) ([0-9.]+)h([0-9.]+)v([0-9.]+)h-([0-9.]+)z)"));
    std::vector<SvgRect> parsed;
    qsizetype consumed = 0;
    for (auto it = subpath.globalMatch(pathData); it.hasNext();) {
        const auto match = it.next();
        EXPECT_EQ(match.capturedStart(), consumed) << "stray path data";
        consumed = match.capturedEnd();
        EXPECT_EQ(match.captured(3), match.captured(5));
        parsed.push_back({match.captured(1).toDouble(), match.captured(2).toDouble(),
                          match.captured(3).toDouble(), match.captured(4).toDouble()});
    }
    EXPECT_EQ(consumed, pathData.size());
    ASSERT_EQ(parsed.size(), symbol.darkRects.size());
    double area = 0;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        const QRect& rect = symbol.darkRects[i];
        EXPECT_DOUBLE_EQ(parsed[i].x, rect.x() * moduleSize);
        EXPECT_DOUBLE_EQ(parsed[i].y, rect.y() * moduleSize);
        EXPECT_DOUBLE_EQ(parsed[i].width, rect.width() * moduleSize);
        EXPECT_DOUBLE_EQ(parsed[i].height, rect.height() * moduleSize);
        area += parsed[i].width * parsed[i].height;
    }
    EXPECT_DOUBLE_EQ(area, double(rectArea(symbol)) * moduleSize * moduleSize);
}

TEST(GeneratorSvg, NumbersWithoutBinaryNoise)
{
    const BarcodeSymbol symbol = generateOrFail(BarcodeFormat::DataMatrix, QStringLiteral("RMA-7Q4K-2M9X"));
    const QString svg = symbol.toSvg(0.1);
    EXPECT_FALSE(svg.contains(QLatin1String("0000000"))) << svg.toStdString();
    static const QRegularExpression exponent(QStringLiteral("[0-9][eE][-+]?[0-9]"));
    EXPECT_FALSE(svg.contains(exponent));
    EXPECT_TRUE(symbol.toSvg(0).isEmpty());
    EXPECT_TRUE(symbol.toSvg(-1).isEmpty());
}

TEST(GeneratorPainterPath, BoundsAreTheSymbolInsideItsQuietZone)
{
    // All three symbologies have dark modules on every edge of the symbol
    // (start/stop bars; finder patterns; L finder and clock track).
    const double moduleSize = 0.33;
    for (const auto& c : kGeometryCases) {
        const BarcodeSymbol symbol = generateOrFail(c.format, QString::fromUtf8(c.utf8Text));
        const QPainterPath path = symbol.toPainterPath(moduleSize);
        const int q = symbol.quietZoneModules;
        const QRectF expected(q * moduleSize, q * moduleSize, (symbol.widthModules - 2 * q) * moduleSize,
                              (symbol.heightModules - 2 * q) * moduleSize);
        const QRectF bounds = path.boundingRect();
        EXPECT_NEAR(bounds.left(), expected.left(), 1e-9) << c.name;
        EXPECT_NEAR(bounds.top(), expected.top(), 1e-9) << c.name;
        EXPECT_NEAR(bounds.right(), expected.right(), 1e-9) << c.name;
        EXPECT_NEAR(bounds.bottom(), expected.bottom(), 1e-9) << c.name;
        EXPECT_EQ(path.fillRule(), Qt::WindingFill);
        // Five elements per rectangle: move, three lines, close.
        EXPECT_EQ(path.elementCount(), int(symbol.darkRects.size()) * 5) << c.name;
        EXPECT_TRUE(symbol.toPainterPath(0).isEmpty());
    }
}

TEST(GeneratorImage, PixelExactModules)
{
    const int px = 3;
    for (const auto& c : kGeometryCases) {
        const BarcodeSymbol symbol = generateOrFail(c.format, QString::fromUtf8(c.utf8Text));
        const QImage image = symbol.toImage(px);
        ASSERT_EQ(image.format(), QImage::Format_Grayscale8);
        ASSERT_EQ(image.size(), QSize(symbol.widthModules * px, symbol.heightModules * px));
        const std::vector<int> grid = coverage(symbol);
        long long black = 0;
        int wrong = 0;
        for (int y = 0; y < image.height(); ++y) {
            const uchar* line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                const bool dark =
                    grid[std::size_t(y / px) * std::size_t(symbol.widthModules) + std::size_t(x / px)] > 0;
                if (line[x] != (dark ? 0 : 255)) {
                    ++wrong;
                }
                black += line[x] == 0 ? 1 : 0;
            }
        }
        EXPECT_EQ(wrong, 0) << c.name;
        EXPECT_EQ(black, rectArea(symbol) * px * px) << c.name;
        EXPECT_TRUE(symbol.toImage(0).isNull());
    }
}

TEST(Generator, Deterministic)
{
    for (const auto& c : kGeometryCases) {
        const QString text = QString::fromUtf8(c.utf8Text);
        const BarcodeSymbol a = generateOrFail(c.format, text);
        const BarcodeSymbol b = generateOrFail(c.format, text);
        EXPECT_EQ(a.darkRects, b.darkRects) << c.name;
        EXPECT_EQ(a.widthModules, b.widthModules);
        EXPECT_EQ(a.heightModules, b.heightModules);
        EXPECT_EQ(a.toSvg(0.25), b.toSvg(0.25));
        EXPECT_TRUE(a.toImage(2) == b.toImage(2));
        EXPECT_TRUE(a.toPainterPath(1.5) == b.toPainterPath(1.5));
    }
}

} // namespace
