#include "labeltesting.h"

#include "printing/renderreturnlabel.h"
#include "printing/templatelibrary.h"
#include "support/goldenimage.h"
#include "support/pdfraster.h"

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::labeltesting::sampleLabelInput;

namespace {
QString goldenPath(const QString& name)
{
    return QStringLiteral(PACKDESK_LABELS_TEST_DIR "/golden/") + name + QStringLiteral(".png");
}
} // namespace

class LabelGoldenPdf : public ::testing::TestWithParam<const char*>
{
};

TEST_P(LabelGoldenPdf, MatchesTheReviewedImage)
{
    const QString language = QString::fromLatin1(GetParam());
    auto pdf = renderReturnLabel(TemplateLibrary(), sampleLabelInput(language));
    ASSERT_OK(pdf);
    QString error;
    const QImage image = packdesk::testing::rasterizePdf(pdf->bytes, 100, &error);
    ASSERT_FALSE(image.isNull()) << error.toStdString();
    const auto comparison = packdesk::testing::compareWithGolden(image, goldenPath(QStringLiteral("label-pdf-") + language));
    EXPECT_TRUE(comparison.matches) << comparison.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Language, LabelGoldenPdf, ::testing::Values("en", "nl", "de", "nb", "fr"));

TEST(LabelGoldenZpl, At203DpiMatchesTheReviewedImage)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.format = DocumentFormat::Zpl;
    auto zpl = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(zpl);
    QString why;
    bool skip = false;
    const QImage image = labeltesting::renderZpl(zpl->bytes, 203, &why, &skip);
    if (skip)
        GTEST_SKIP() << why.toStdString();
    ASSERT_FALSE(image.isNull()) << why.toStdString();
    const auto comparison = packdesk::testing::compareWithGolden(image, goldenPath(QStringLiteral("label-zpl-203dpi")));
    EXPECT_TRUE(comparison.matches) << comparison.message.toStdString();
}

namespace {
/// Texts far longer than a label has room for: they must shrink and wrap
/// inside their boxes (reviewed in the golden images).
ReturnLabelInput longTextInput(DocumentFormat format)
{
    auto input = sampleLabelInput(QStringLiteral("de"));
    input.order.shippingAddress.name =
        QStringLiteral("Maximiliane Theodora Wilhelmine Freifrau von und zu Hohenzollern-Sigmaringen-Wittelsbach");
    input.order.shippingAddress.line1 = QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitänsstraße 12345");
    input.order.shippingAddress.line2 =
        QStringLiteral("Hinterhaus, Aufgang C, 4. Obergeschoss links, bei Familie Mustermann klingeln");
    input.order.shippingAddress.country = QStringLiteral("DE");
    input.shop.returnAddressLines << QStringLiteral("Very long return department name that goes on and on and on");
    input.format = format;
    return input;
}
} // namespace

TEST(LabelGoldenLongText, PdfShrinksAndWrapsInsideItsBoxes)
{
    auto pdf = renderReturnLabel(TemplateLibrary(), longTextInput(DocumentFormat::Pdf));
    ASSERT_OK(pdf);
    QString error;
    const QImage image = packdesk::testing::rasterizePdf(pdf->bytes, 100, &error);
    ASSERT_FALSE(image.isNull()) << error.toStdString();
    const auto comparison = packdesk::testing::compareWithGolden(image, goldenPath(QStringLiteral("label-pdf-long-de")));
    EXPECT_TRUE(comparison.matches) << comparison.message.toStdString();
}

TEST(LabelGoldenLongText, ZplShrinksAndWrapsInsideItsBoxes)
{
    auto zpl = renderReturnLabel(TemplateLibrary(), longTextInput(DocumentFormat::Zpl));
    ASSERT_OK(zpl);
    QString why;
    bool skip = false;
    const QImage image = labeltesting::renderZpl(zpl->bytes, 203, &why, &skip);
    if (skip)
        GTEST_SKIP() << why.toStdString();
    ASSERT_FALSE(image.isNull()) << why.toStdString();
    const auto comparison = packdesk::testing::compareWithGolden(image, goldenPath(QStringLiteral("label-zpl-long-de-203dpi")));
    EXPECT_TRUE(comparison.matches) << comparison.message.toStdString();
}
