#include "labeltesting.h"

#include "printing/renderreturnlabel.h"
#include "printing/templatelibrary.h"
#include "support/barcodereaders.h"
#include "support/pdfraster.h"

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::labeltesting::sampleLabelInput;

namespace {
QString portalUrl(const ReturnLabelInput& input)
{
    return QStringLiteral("https://returns.example.com/acme/") + input.codes.rmaCode;
}

void expectBothCodes(const QImage& image, const ReturnLabelInput& input, const char* what)
{
    const QStringList zxing = packdesk::testing::decodeWithZxing(image);
    EXPECT_TRUE(zxing.contains(input.codes.rmaCode)) << what << ": ZXing read " << zxing.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(zxing.contains(portalUrl(input))) << what << ": ZXing read " << zxing.join(QLatin1Char('|')).toStdString();
    const QStringList zbar = packdesk::testing::decodeWithZbar(image);
    EXPECT_TRUE(zbar.contains(input.codes.rmaCode)) << what << ": zbar read " << zbar.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(zbar.contains(portalUrl(input))) << what << ": zbar read " << zbar.join(QLatin1Char('|')).toStdString();
    // Exactly these two codes, nothing else (e.g. no stray partial read).
    EXPECT_EQ(zbar.size(), 2) << what;
}
} // namespace

TEST(LabelScan, PdfAt203DpiReadsBackTheRmaCodeAndPortalUrl)
{
    const auto input = sampleLabelInput(QStringLiteral("en"));
    auto pdf = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(pdf);
    QString error;
    const QImage image = packdesk::testing::rasterizePdf(pdf->bytes, 203, &error);
    ASSERT_FALSE(image.isNull()) << error.toStdString();
    expectBothCodes(image, input, "PDF at 203 dpi");
}

TEST(LabelScan, ZplUsesPrinterBarcodesNotABitmap)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.format = DocumentFormat::Zpl;
    for (const int dpi : {203, 300}) {
        input.dpi = dpi;
        auto zpl = renderReturnLabel(TemplateLibrary(), input);
        ASSERT_OK(zpl);
        EXPECT_TRUE(zpl->bytes.contains("^BC"));
        EXPECT_TRUE(zpl->bytes.contains("^BQN,2,"));
        EXPECT_FALSE(zpl->bytes.contains("^GF"));
        EXPECT_TRUE(zpl->bytes.contains("^CI28"));
        // Code 128 module: >= 0.375 mm (3 dots at 203 dpi, 5 at 300).
        EXPECT_TRUE(zpl->bytes.contains(dpi == 203 ? "^BY3," : "^BY5,")) << zpl->bytes.toStdString();
        EXPECT_TRUE(zpl->bytes.contains(dpi == 203 ? "^PW812" : "^PW1200"));
    }
}

class LabelScanZpl : public ::testing::TestWithParam<int>
{
};

TEST_P(LabelScanZpl, RenderedByZplRendererReadsBackTheRmaCodeAndPortalUrl)
{
    auto input = sampleLabelInput(QStringLiteral("de"));
    input.format = DocumentFormat::Zpl;
    input.dpi = GetParam();
    auto zpl = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(zpl);
    QString why;
    bool skip = false;
    const QImage image = labeltesting::renderZpl(zpl->bytes, input.dpi, &why, &skip);
    if (skip)
        GTEST_SKIP() << why.toStdString();
    ASSERT_FALSE(image.isNull()) << why.toStdString();
    expectBothCodes(image, input, input.dpi == 203 ? "ZPL at 203 dpi" : "ZPL at 300 dpi");
}

INSTANTIATE_TEST_SUITE_P(Dpi, LabelScanZpl, ::testing::Values(203, 300));
