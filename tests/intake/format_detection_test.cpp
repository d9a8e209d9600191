// Which reader a file gets: --format first, then the extension, then the
// first bytes.
#include "intake/importformat.h"
#include "intaketestsupport.h"

#include <QFile>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

QByteArray fixtureBytes(const char* name)
{
    QFile file(fixturePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(FormatDetection, ParsesTheFormatOptionNames)
{
    EXPECT_EQ(importFormatFromName(u"json"), ImportFormat::Json);
    EXPECT_EQ(importFormatFromName(u"JSONL"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromName(u"ndjson"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromName(u"csv"), ImportFormat::Csv);
    EXPECT_EQ(importFormatFromName(u"auto"), ImportFormat::Auto);
    EXPECT_EQ(importFormatFromName(u"xml"), std::nullopt);
    for (ImportFormat format : {ImportFormat::Json, ImportFormat::JsonLines, ImportFormat::Csv})
        EXPECT_EQ(importFormatFromName(toString(format)), format);
}

TEST(FormatDetection, KnowsTheExtensions)
{
    EXPECT_EQ(importFormatFromPath("/tmp/a.JSON"), ImportFormat::Json);
    EXPECT_EQ(importFormatFromPath("a.jsonl"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromPath("a.ndjson"), ImportFormat::JsonLines);
    EXPECT_EQ(importFormatFromPath("export.2024.csv"), ImportFormat::Csv);
    EXPECT_EQ(importFormatFromPath("orders.txt"), ImportFormat::Auto);
    EXPECT_EQ(importFormatFromPath("orders"), ImportFormat::Auto);
}

TEST(FormatDetection, SniffsTheFirstBytes)
{
    EXPECT_EQ(sniffImportFormat(" \r\n [{"), ImportFormat::Json);
    EXPECT_EQ(sniffImportFormat("\xEF\xBB\xBF{\"shop\""), ImportFormat::JsonLines);
    EXPECT_EQ(sniffImportFormat("number,shop,sku\n"), ImportFormat::Csv);
    EXPECT_EQ(sniffImportFormat("\"Shop\",\"number\"\r\n"), ImportFormat::Csv);
    EXPECT_EQ(sniffImportFormat("shopping list\n"), ImportFormat::Auto);
    EXPECT_EQ(sniffImportFormat(""), ImportFormat::Auto);
}

TEST(FormatDetection, RecognisesEveryFormatInAFileWithoutExtension)
{
    const std::pair<const char*, ImportFormat> cases[] = {{"good.json", ImportFormat::Json},
                                                          {"good.jsonl", ImportFormat::JsonLines},
                                                          {"good.csv", ImportFormat::Csv}};
    for (const auto& [fixture, format] : cases) {
        const OrderFileContents contents = readBytes("orders", fixtureBytes(fixture));
        EXPECT_EQ(contents.format, format) << fixture;
        EXPECT_EQ(contents.orders.size(), 3u) << fixture << "\n" << listProblems(contents.problems);
    }
}

TEST(FormatDetection, TheExtensionWinsOverTheContent)
{
    // A .jsonl file that holds an array is read as JSON Lines and says so.
    const OrderFileContents contents = readBytes("orders.jsonl", fixtureBytes("good.json"));
    EXPECT_EQ(contents.format, ImportFormat::JsonLines);
    EXPECT_TRUE(contents.fileRejected);
}

} // namespace
} // namespace packdesk
