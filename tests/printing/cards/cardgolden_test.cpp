// Golden images: the default card in every built-in language on A6, as
// pdftoppm renders it at 100 dpi. A change in layout, font or texts shows
// as a diff image; regenerate with PACKDESK_UPDATE_GOLDEN=1 after looking.
#include "cardtesting.h"
#include "support/goldenimage.h"
#include "support/pdfraster.h"

#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::printing;
using namespace packdesk::testing;

namespace {

class PrintingCardsGolden : public ::testing::TestWithParam<const char*>
{
};

} // namespace

TEST_P(PrintingCardsGolden, CardMatchesItsGoldenImage)
{
    const QString language = QString::fromLatin1(GetParam());
    CardInput input = cardInput();
    input.order.customer.name = QStringLiteral("Åsa Łucja Ødegård-Çelik");
    input.order.customer.locale = language;
    auto pdf = renderCard(TemplateLibrary(), input);
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    QString error;
    const QImage page = rasterizePdf(pdf->bytes, 100, &error);
    ASSERT_FALSE(page.isNull()) << error.toStdString();
    const GoldenComparison comparison =
        compareWithGolden(page, QStringLiteral(PACKDESK_CARDS_GOLDEN_DIR "/card_%1_a6.png").arg(language));
    EXPECT_TRUE(comparison.matches) << comparison.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, PrintingCardsGolden, ::testing::Values("en", "nl", "de", "nb", "fr"));
