// The card PDF itself, read back with poppler (an independent reader):
// text is text and a value stays literal, every Latin script character is
// there in an embedded font, no images, the right page sizes, and the same
// input gives the same file.
#include "cardtesting.h"
#include "support/pdfraster.h"

#include <QThread>
#include <gtest/gtest.h>

using namespace packdesk;
using namespace packdesk::printing;
using namespace packdesk::testing;

namespace {

QString withoutWhitespace(QString text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.remove(whitespace);
}

/// A card whose greeting prints the whole customer name.
QByteArray renderWithNameGreeting(const QString& customerName)
{
    QTemporaryDir dir;
    QJsonObject json = builtInCard();
    json.insert(QStringLiteral("greeting_returning"), QStringLiteral("Hello {customer_name}!"));
    writeShopCard(dir, json);
    Order order = cardOrder();
    order.customer.name = customerName;
    auto pdf = renderCard(TemplateLibrary({dir.path()}), cardInput(order));
    EXPECT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    return pdf.ok() ? pdf->bytes : QByteArray();
}

} // namespace

TEST(PrintingCards, MarkupAndPlaceholdersInANameArePrintedLiterally)
{
    const QString name = QStringLiteral("Zoë </text><script>x</script> {discount_code} ^XA");
    const QByteArray pdf = renderWithNameGreeting(name);
    ASSERT_FALSE(pdf.isEmpty());
    // The greeting wraps, so compare without whitespace: a line break may
    // fall anywhere, but every character must be there, literally and once.
    const QString text = withoutWhitespace(pdfText(pdf));
    EXPECT_TRUE(text.contains(withoutWhitespace(QStringLiteral("Hello ") + name + QLatin1Char('!'))))
        << text.toStdString();
    // Substituted once only: the code appears in the discount block, not in the greeting.
    EXPECT_EQ(text.count(QStringLiteral("THANKS10")), 1);
    EXPECT_EQ(text.count(QStringLiteral("{discount_code}")), 1);
    expectEveryWordInsidePage(pdf);
}

TEST(PrintingCards, ANameWithALineBreakStaysOnOneLine)
{
    const QString text = pdfText(renderWithNameGreeting(QStringLiteral("Anna\nvan\r\nDijk\u2028Jr")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hello Anna van Dijk Jr!"))) << text.toStdString();
}

TEST(PrintingCards, EveryLatinScriptCharacterPrintsInTheEmbeddedFont)
{
    const QByteArray pdf = renderWithNameGreeting(QStringLiteral("æøå ß é ĳ ł ő ç ÆØÅ Œ ş ğ ț ž"));
    const QString text = withoutWhitespace(pdfText(pdf));
    EXPECT_TRUE(text.contains(withoutWhitespace(QStringLiteral("æøå ß é ĳ ł ő ç ÆØÅ Œ ş ğ ț ž"))))
        << text.toStdString();

    const QString fonts = pdfFonts(pdf);
    EXPECT_TRUE(fonts.contains(QStringLiteral("DejaVuSans"))) << fonts.toStdString();
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // after the header
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        EXPECT_TRUE(line.contains(QStringLiteral("DejaVuSans")))
            << "only the document font: " << line.toStdString();
        EXPECT_TRUE(
            line.contains(QRegularExpression(QStringLiteral(R"(\s+yes\s+\S+\s+\S+\s+\d+\s+\d+\s*$)"))))
            << "embedded: " << line.toStdString();
    }
}

TEST(PrintingCards, ThePdfIsVectorWithoutImages)
{
    auto pdf = renderCard(TemplateLibrary(), cardInput());
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_EQ(pdf->mimeType(), QStringLiteral("application/pdf"));
    const QString list = runPoppler(QStringLiteral("pdfimages"), {QStringLiteral("-list")}, pdf->bytes);
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 2) << "pdfimages -list prints a header: " << list.toStdString();
    EXPECT_EQ(lines.size(), 2) << list.toStdString();
}

TEST(PrintingCards, PageSizesAreA6AndFourBySixInches)
{
    CardInput input = cardInput();
    auto a6 = renderCard(TemplateLibrary(), input);
    ASSERT_TRUE(a6.ok());
    const QSizeF a6Size = pdfPageSizePoints(a6->bytes);
    EXPECT_NEAR(a6Size.width(), 297.6, 0.05);
    EXPECT_NEAR(a6Size.height(), 419.5, 0.05);

    input.paper = PaperSize::FourBySixInch;
    auto label = renderCard(TemplateLibrary(), input);
    ASSERT_TRUE(label.ok());
    const QSizeF labelSize = pdfPageSizePoints(label->bytes);
    EXPECT_NEAR(labelSize.width(), 288.0, 0.1);
    EXPECT_NEAR(labelSize.height(), 432.0, 0.1);
}

TEST(PrintingCards, SameInputGivesTheSameFile)
{
    auto first = renderCard(TemplateLibrary(), cardInput());
    QThread::msleep(1100); // a creation time in the file would now differ
    auto second = renderCard(TemplateLibrary(), cardInput());
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->bytes, second->bytes);
    const QString info = runPoppler(QStringLiteral("pdfinfo"), {}, first->bytes);
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+packdesk\\n"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Thank-you card\\n"))))
        << info.toStdString();
    EXPECT_EQ(rasterizePdf(first->bytes, 100), rasterizePdf(second->bytes, 100));
}

TEST(PrintingCards, LanguageFollowsTheCustomerUnlessGiven)
{
    CardInput input = cardInput();
    input.order.customer.locale = QStringLiteral("nb-NO");
    auto norwegian = renderCard(TemplateLibrary(), input);
    ASSERT_TRUE(norwegian.ok());
    EXPECT_TRUE(
        pdfText(norwegian->bytes).simplified().contains(QStringLiteral("Så hyggelig å se deg igjen, Anna!")));

    input.language = QStringLiteral("de");
    auto german = renderCard(TemplateLibrary(), input);
    ASSERT_TRUE(german.ok());
    EXPECT_TRUE(
        pdfText(german->bytes).simplified().contains(QStringLiteral("Schön, dass du wieder da bist, Anna!")));
}
