// The survey QR code as a printer would print it (pdftoppm at 203 dpi, the
// thermal printers' resolution): two independent decoders read exactly the
// order's survey URL with its token.
#include "cardtesting.h"
#include "support/barcodereaders.h"
#include "support/pdfraster.h"

#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::printing;
using namespace packdesk::testing;

TEST(PrintingCards, SurveyQrCodeReadsAsTheSurveyUrlWithBothDecoders)
{
    for (PaperSize paper : {PaperSize::A6, PaperSize::FourBySixInch}) {
        CardInput input = cardInput();
        input.paper = paper;
        input.codes.surveyToken = QStringLiteral("q7Zr+x2/Kp=");
        auto pdf = renderCard(TemplateLibrary(), input);
        ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
        QString error;
        const QImage page = rasterizePdf(pdf->bytes, 203, &error);
        ASSERT_FALSE(page.isNull()) << error.toStdString();
        const QString expected = QStringLiteral("https://survey.example.com/s/q7Zr%2Bx2%2FKp%3D");
        EXPECT_EQ(decodeWithZxing(page), QStringList{expected});
        EXPECT_EQ(decodeWithZbar(page), QStringList{expected});
    }
}

TEST(PrintingCards, NoSurveyCaptionMeansNoQrCode)
{
    QTemporaryDir dir;
    QJsonObject json = builtInCard();
    json.remove(QStringLiteral("survey_caption"));
    writeShopCard(dir, json);
    auto pdf = renderCard(TemplateLibrary({dir.path()}), cardInput());
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_TRUE(decodeWithZxing(rasterizePdf(pdf->bytes, 203)).isEmpty());
}
