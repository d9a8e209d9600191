#include "core/productcode.h"
#include "scanning/scaninterpreter.h"

#include <gtest/gtest.h>
#include <ostream>

using packdesk::ProductCode;
using namespace packdesk::scanning;

[[maybe_unused]] static void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace {

const QString GS = QString(QChar(kGroupSeparator));

// What the station matches an order line with: scan -> productText -> key.
ProductCode productOf(const QString& raw)
{
    const auto scanned = interpretScan(raw);
    if (!scanned) {
        ADD_FAILURE() << raw.toStdString() << ": " << scanned.error().code.toStdString() << " "
                      << scanned.error().message.toStdString();
        return {};
    }
    return ProductCode::fromText(scanned->productText());
}

void expectSameProduct(const QString& expectedKey, std::initializer_list<QString> scans)
{
    for (const QString& raw : scans) {
        const ProductCode code = productOf(raw);
        EXPECT_TRUE(code.isGtin()) << raw.toStdString();
        EXPECT_EQ(code.key(), expectedKey) << raw.toStdString();
    }
}

TEST(GtinEquivalence, UpcAInEveryFormIsOneProduct)
{
    // 036000291452: UPC-A. A scanner sends it as 13 digits under ]E0, the
    // camera as 12, a shop's order file may hold either or the GTIN-14.
    expectSameProduct(QStringLiteral("gtin:00036000291452"),
                      {QStringLiteral("036000291452"), QStringLiteral("0036000291452"),
                       QStringLiteral("]E0") + "0036000291452", QStringLiteral("]E0") + "036000291452",
                       QStringLiteral("]C1") + "0100036000291452", QStringLiteral("]d2") + "0100036000291452",
                       QStringLiteral("]Q3") + GS + "0100036000291452" + "10LOT7",
                       QStringLiteral("]e0") + "0100036000291452", QStringLiteral("(01)00036000291452"),
                       QStringLiteral("]I1") + "00036000291452", QStringLiteral("036000291452\r\n")});
}

TEST(GtinEquivalence, Ean13AndItsGtin14AreOneProduct)
{
    expectSameProduct(QStringLiteral("gtin:05012345678900"),
                      {QStringLiteral("]E0") + "5012345678900", QStringLiteral("5012345678900"),
                       QStringLiteral("]C1") + "0105012345678900" + "17261231" + "10B1" + GS + "21S1",
                       QStringLiteral("]I0") + "05012345678900",
                       QStringLiteral("]E3") + "5012345678900" + "12",
                       QStringLiteral("]E3") + "5012345678900" + "51234"});
}

TEST(GtinEquivalence, Ean8AndItsGtin14AreOneProduct)
{
    expectSameProduct(QStringLiteral("gtin:00000096385074"),
                      {QStringLiteral("]E4") + "96385074", QStringLiteral("96385074"),
                       QStringLiteral("]C1") + "0100000096385074", QStringLiteral("(01)00000096385074")});
}

TEST(GtinEquivalence, UpcEIsExpandedToItsUpcA)
{
    // 01234565 is the UPC-E of 012345000065: same product as the UPC-A.
    expectSameProduct(QStringLiteral("gtin:00012345000065"),
                      {QStringLiteral("]E0") + "01234565", QStringLiteral("]E0") + "0012345000065",
                       QStringLiteral("012345000065"), QStringLiteral("]C1") + "0100012345000065"});
}

TEST(GtinEquivalence, UpcEExpansionRules)
{
    // By the last of the six digits (ISO/IEC 15420): 0-2, 3, 4, 5-9.
    struct Case
    {
        const char* upcE;
        const char* upcA;
    };
    for (const Case& c : {Case{"01234505", "012000003455"}, Case{"04252614", "042100005264"},
                          Case{"12345610", "123100004560"}, Case{"01234531", "012300000451"},
                          Case{"01234543", "012340000053"}, Case{"01234565", "012345000065"}}) {
        const auto upcA = expandUpcE(QString::fromLatin1(c.upcE));
        ASSERT_TRUE(upcA.has_value()) << c.upcE;
        EXPECT_EQ(*upcA, QLatin1String(c.upcA)) << c.upcE;
        EXPECT_TRUE(ProductCode::isValidGtin(*upcA)) << c.upcA;
        EXPECT_EQ(productOf(QStringLiteral("]E0") + QLatin1String(c.upcE)).key(),
                  QStringLiteral("gtin:00") + QLatin1String(c.upcA));
    }
    // Not UPC-E: wrong length, number system 2-9, non-digits.
    for (const char* text : {"0123456", "012345655", "21234565", "0123456A", ""})
        EXPECT_FALSE(expandUpcE(QString::fromLatin1(text)).has_value()) << text;
}

TEST(GtinEquivalence, UpcEWithAWrongCheckDigitIsNoGtin)
{
    const ProductCode code = productOf(QStringLiteral("]E0") + "01234566");
    EXPECT_FALSE(code.isGtin());
    EXPECT_EQ(code.key(), QStringLiteral("code:012345000066"));
}

TEST(GtinEquivalence, EightDigitsWithoutIdentifierAreEan8)
{
    // Without ]E0/]E4 nothing says UPC-E: 8 digits are compared as EAN-8.
    const ProductCode code = productOf(QStringLiteral("01234565"));
    EXPECT_TRUE(code.isGtin());
    EXPECT_EQ(code.key(), QStringLiteral("gtin:00000001234565"));
}

TEST(GtinEquivalence, AWrongCheckDigitIsNotAGtin)
{
    const ProductCode wrong = productOf(QStringLiteral("]E0") + "0036000291453");
    EXPECT_FALSE(wrong.isGtin());
    EXPECT_EQ(wrong.key(), QStringLiteral("code:0036000291453"));
    EXPECT_FALSE(wrong == productOf(QStringLiteral("]E0") + "0036000291452"));
    EXPECT_FALSE(productOf(QStringLiteral("96385075")).isGtin());
    // In GS1 data a wrong GTIN check digit is refused outright.
    EXPECT_EQ(interpretScan(QString(QStringLiteral("]C1") + "0100036000291453")).error().code,
              QStringLiteral("gs1_check_digit"));
}

TEST(GtinEquivalence, IndicatorDigitMakesAnotherProduct)
{
    // GTIN-14 with indicator 1 is a case of the EAN-13 item, not the item.
    const ProductCode item = productOf(QStringLiteral("]E0") + "5012345678900");
    const ProductCode outer = productOf(QStringLiteral("]I1") + "15012345678907");
    EXPECT_TRUE(outer.isGtin());
    EXPECT_FALSE(item == outer);
}

TEST(GtinEquivalence, ContentGtinOfAi02WhenThereIsNo01)
{
    const auto scanned = interpretScan(
        QString(QStringLiteral("]C1") + "00009501101530000007" + "0209501101530003" + "37" + "12"));
    ASSERT_TRUE(scanned) << scanned.error().message.toStdString();
    EXPECT_EQ(scanned->productText(), QStringLiteral("09501101530003"));
    EXPECT_EQ(productOf(scanned->raw), productOf(QStringLiteral("]E0") + "9501101530003"));
}

TEST(GtinEquivalence, SkuLabelsAreComparedAsText)
{
    const ProductCode sku = productOf(QStringLiteral("]C0") + "SKU-4711 ");
    EXPECT_FALSE(sku.isGtin());
    EXPECT_EQ(sku.key(), QStringLiteral("code:SKU-4711"));
    EXPECT_EQ(sku, productOf(QStringLiteral("SKU-4711")));
    EXPECT_EQ(sku, productOf(QStringLiteral("]A0") + "SKU-4711"));
    EXPECT_FALSE(sku == productOf(QStringLiteral("sku-4711")));
}

} // namespace
