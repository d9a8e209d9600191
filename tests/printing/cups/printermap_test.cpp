#include "printing/printermap.h"

#include <gtest/gtest.h>

using namespace packdesk::printing;

namespace {
QString errorOf(const char* json)
{
    auto map = PrinterMap::fromJson(QByteArray(json), QStringLiteral("s.json"));
    EXPECT_FALSE(map);
    EXPECT_EQ(map.error().code, QStringLiteral("printer_map_invalid"));
    return map.error().message;
}
} // namespace

TEST(PrinterMap, ReadsTheExampleFile)
{
    auto map = PrinterMap::fromFile(QStringLiteral(PACKDESK_PRINTERS_EXAMPLE));
    ASSERT_TRUE(map) << map.error().message.toStdString();
    EXPECT_EQ(map->station(), QStringLiteral("S1"));
    const auto card = map->route(DocumentKind::Card);
    ASSERT_TRUE(card);
    EXPECT_EQ(card->printer, QStringLiteral("cards"));
    EXPECT_EQ(card->format, DocumentFormat::Pdf);
    EXPECT_EQ(card->paper, PaperSize::A6);
    EXPECT_EQ(card->cupsMedia(), QStringLiteral("iso_a6_105x148mm"));
    const auto label = map->route(DocumentKind::ReturnLabel);
    ASSERT_TRUE(label);
    EXPECT_EQ(label->format, DocumentFormat::Zpl);
    EXPECT_EQ(label->dpi, 203);
    EXPECT_EQ(label->cupsMedia(), QString()); // raw: the label printer's own size
    EXPECT_EQ(map->printers(), (QStringList{QStringLiteral("cards"), QStringLiteral("labels")}));
}

TEST(PrinterMap, RefusesUnknownDocumentsAndFieldsNamingThem)
{
    EXPECT_TRUE(errorOf(R"({"documents": {"invoice": {"printer": "p", "format": "pdf", "paper": "a6"}}})")
                    .contains(QStringLiteral("documents.invoice")));
    EXPECT_TRUE(errorOf(R"({"documents": {"card": {"printer": "p", "format": "pdf", "paper": "a6", "copies": 2}}})")
                    .contains(QStringLiteral("documents.card.copies")));
    EXPECT_TRUE(errorOf(R"({"station": "S1", "printers": {}})").contains(QStringLiteral("printers")));
}

TEST(PrinterMap, RefusesWrongValuesNamingTheField)
{
    EXPECT_TRUE(errorOf(R"({"documents": {"card": {"format": "pdf", "paper": "a6"}}})")
                    .contains(QStringLiteral("documents.card.printer")));
    EXPECT_TRUE(errorOf(R"({"documents": {"card": {"printer": "p", "format": "ps", "paper": "a6"}}})")
                    .contains(QStringLiteral("documents.card.format")));
    EXPECT_TRUE(errorOf(R"({"documents": {"card": {"printer": "p", "format": "pdf", "paper": "a4"}}})")
                    .contains(QStringLiteral("documents.card.paper")));
    EXPECT_TRUE(errorOf(R"({"documents": {"return_label": {"printer": "z", "format": "zpl", "paper": "4x6"}}})")
                    .contains(QStringLiteral("documents.return_label.dpi")));
    EXPECT_TRUE(errorOf(R"({"documents": {"return_label": {"printer": "z", "format": "zpl", "paper": "4x6", "dpi": 600}}})")
                    .contains(QStringLiteral("dpi must be 203 or 300")));
    EXPECT_TRUE(errorOf(R"({"documents": {"card": {"printer": "p", "format": "pdf", "paper": "a6", "dpi": 300}}})")
                    .contains(QStringLiteral("documents.card.dpi")));
    EXPECT_TRUE(errorOf(R"({"documents": {}})").contains(QStringLiteral("documents")));
    EXPECT_TRUE(errorOf("{not json").contains(QStringLiteral("not valid JSON")));
}

TEST(PrinterMap, MissingFileHasItsOwnCode)
{
    auto map = PrinterMap::fromFile(QStringLiteral("/nonexistent/printers.json"));
    ASSERT_FALSE(map);
    EXPECT_EQ(map.error().code, QStringLiteral("printer_map_unreadable"));
}
