#include "cli/packscript.h"

#include <gtest/gtest.h>

using packdesk::PackScript;

TEST(PackScript, CommentsAndBlankLinesAreSkipped)
{
    const auto script = PackScript::parse(QStringLiteral("# header\n\nlogin P01   # badge\n  scan 1001\n"));
    ASSERT_TRUE(script.ok());
    ASSERT_EQ(script->steps().size(), 2u);
    EXPECT_EQ(script->steps()[0].verb, QStringLiteral("login"));
    EXPECT_EQ(script->steps()[0].lineNumber, 3);
    EXPECT_EQ(script->steps()[1].args, QStringList{QStringLiteral("1001")});
}

TEST(PackScript, QuotesKeepSpacesAndEscapedQuotes)
{
    const auto tokens = PackScript::tokenize(QStringLiteral(R"(override L01 "scale \"B\" drifts" pin=1)"));
    ASSERT_TRUE(tokens.ok());
    EXPECT_EQ(tokens.value(), (QStringList{QStringLiteral("override"), QStringLiteral("L01"),
                                           QStringLiteral("scale \"B\" drifts"), QStringLiteral("pin=1")}));
}

TEST(PackScript, AHashInsideAWordIsNotAComment)
{
    const auto tokens = PackScript::tokenize(QStringLiteral("scan A#1 # comment"));
    EXPECT_EQ(tokens.value(), (QStringList{QStringLiteral("scan"), QStringLiteral("A#1")}));
}

TEST(PackScript, AnUnclosedQuoteIsReportedWithItsLine)
{
    const auto script = PackScript::parse(QStringLiteral("login P01\ncancel \"oops\n"));
    ASSERT_FALSE(script.ok());
    EXPECT_TRUE(script.error().message.startsWith(QStringLiteral("line 2:"))) << script.error().message.toStdString();
}

TEST(PackScript, AnUnknownVerbIsReportedBeforeAnythingRuns)
{
    const auto script = PackScript::parse(QStringLiteral("login P01\nscan 1\nfly away\n"));
    ASSERT_FALSE(script.ok());
    EXPECT_EQ(script.error().message, QStringLiteral("line 3: unknown command 'fly'"));
}

TEST(PackScript, WrongArgumentCountsAreReported)
{
    EXPECT_FALSE(PackScript::parse(QStringLiteral("scan")).ok());
    EXPECT_FALSE(PackScript::parse(QStringLiteral("scan a b")).ok());
    EXPECT_FALSE(PackScript::parse(QStringLiteral("complete now")).ok());
    EXPECT_FALSE(PackScript::parse(QStringLiteral("override L01")).ok());
    EXPECT_TRUE(PackScript::parse(QStringLiteral("override L01 because")).ok());
}

TEST(PackScript, VerbsAreCaseInsensitive)
{
    const auto script = PackScript::parse(QStringLiteral("SCAN 1001"));
    ASSERT_TRUE(script.ok());
    EXPECT_EQ(script->steps()[0].verb, QStringLiteral("scan"));
}
