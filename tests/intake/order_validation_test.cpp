// Every kind of bad record, through the one validator all formats share.
// Each message must say which record, which field and why.
#include "intaketestsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

namespace packdesk {
namespace {

/// Reads a JSON Lines file whose 2nd record is `bad` (1st and 3rd are fine).
OrderFileContents readWithBadSecondRecord(const QJsonObject& bad)
{
    return readBytes("orders.jsonl", jsonLine(validOrderObject("nordlys", "1")) + jsonLine(bad) +
                                         jsonLine(validOrderObject("nordlys", "3")));
}

/// The one problem of a bad second record, checked for its location.
ImportProblem onlyProblem(const QJsonObject& bad)
{
    const OrderFileContents contents = readWithBadSecondRecord(bad);
    EXPECT_EQ(contents.orders.size(), 2u) << "the good records are still read";
    EXPECT_EQ(contents.rejectedRecords, 1);
    EXPECT_EQ(contents.problems.size(), 1u) << listProblems(contents.problems);
    if (contents.problems.empty())
        return {};
    const ImportProblem& problem = contents.problems.front();
    EXPECT_EQ(problem.record, 2);
    EXPECT_EQ(problem.line, 2);
    EXPECT_FALSE(problem.isFileLevel());
    return problem;
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object[key] = value;
    return object;
}

QJsonObject withIn(QJsonObject object, const QString& parent, const QString& key, const QJsonValue& value)
{
    QJsonObject child = object[parent].toObject();
    if (value.isUndefined())
        child.remove(key);
    else
        child[key] = value;
    object[parent] = child;
    return object;
}

QJsonObject withLine(QJsonObject object, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray lines = object["lines"].toArray();
    QJsonObject line = lines[index].toObject();
    line[key] = value;
    lines[index] = line;
    object["lines"] = lines;
    return object;
}

TEST(OrderValidation, AMissingRequiredFieldIsNamedAndTheOrderIsKnown)
{
    const ImportProblem problem =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "customer", "name", QJsonValue::Undefined));
    EXPECT_EQ(problem.code, "missing_field");
    EXPECT_EQ(problem.field, "customer.name");
    EXPECT_EQ(problem.message, "is required");
    EXPECT_EQ(problem.shop, "nordlys");
    EXPECT_EQ(problem.number, "2");
    EXPECT_EQ(problem.toString(), "line 2, record 2 (nordlys/2), customer.name: is required");
}

TEST(OrderValidation, AMissingShopIsReported)
{
    QJsonObject bad = validOrderObject("nordlys", "2");
    bad.remove("shop");
    const ImportProblem problem = onlyProblem(bad);
    EXPECT_EQ(problem.field, "shop");
    EXPECT_EQ(problem.message, "is required");
}

TEST(OrderValidation, NullInARequiredFieldIsReportedAsNull)
{
    const ImportProblem problem =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "shipping_address", "city", QJsonValue::Null));
    EXPECT_EQ(problem.field, "shipping_address.city");
    EXPECT_EQ(problem.message, "is required, got null");
}

TEST(OrderValidation, NullInAnOptionalFieldMeansAbsent)
{
    QJsonObject order = withIn(validOrderObject(), "customer", "email", QJsonValue::Null);
    order["gift_message"] = QJsonValue::Null;
    order["return_window_days"] = QJsonValue::Null;
    const OrderFileContents contents = readBytes("orders.jsonl", jsonLine(order));
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_TRUE(contents.orders[0].customer.email.isEmpty());
    EXPECT_EQ(contents.orders[0].returnWindowDays, 30);
}

TEST(OrderValidation, AWrongTypeSaysWhatWasExpectedAndWhatCame)
{
    const ImportProblem problem =
        onlyProblem(withLine(validOrderObject("nordlys", "2"), 1, "quantity", "two"));
    EXPECT_EQ(problem.code, "invalid_field");
    EXPECT_EQ(problem.field, "lines[1].quantity");
    EXPECT_EQ(problem.message,
              "must be an integer from 1 to 9999, got \"two\" (a string; write the number without quotes)");
}

TEST(OrderValidation, ANumberWrittenAsAStringIsNotTakenAsANumber)
{
    const ImportProblem problem =
        onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "unit_weight_g", "120"));
    EXPECT_EQ(problem.field, "lines[0].unit_weight_g");
    EXPECT_TRUE(problem.message.startsWith("must be an integer from 0 to 100000, got \"120\""))
        << problem.message;
}

TEST(OrderValidation, AnOrderNumberMustBeAStringNotAJsonNumber)
{
    const ImportProblem problem = onlyProblem(with(validOrderObject(), "number", 1002));
    EXPECT_EQ(problem.field, "number");
    EXPECT_EQ(problem.message, "must be a string, got the number 1002; write it in quotes: \"1002\"");
    EXPECT_EQ(problem.number, "1002");
}

TEST(OrderValidation, NumbersOutOfRangeAreRejectedWithTheRange)
{
    EXPECT_EQ(onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "quantity", 0)).message,
              "must be an integer from 1 to 9999, got 0");
    EXPECT_EQ(onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "quantity", 10000)).message,
              "must be an integer from 1 to 9999, got 10000");
    EXPECT_EQ(onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "quantity", 1.5)).message,
              "must be an integer from 1 to 9999, got 1.5");
    EXPECT_EQ(onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "unit_weight_g", -1)).message,
              "must be an integer from 0 to 100000, got -1");
    EXPECT_EQ(onlyProblem(with(validOrderObject("nordlys", "2"), "return_window_days", 366)).message,
              "must be an integer from 0 to 365, got 366");
    EXPECT_EQ(onlyProblem(withIn(validOrderObject("nordlys", "2"), "customer", "previous_orders", -3)).field,
              "customer.previous_orders");
}

TEST(OrderValidation, ABadEmailIsRejected)
{
    const ImportProblem problem =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "customer", "email", "kari.example.no"));
    EXPECT_EQ(problem.field, "customer.email");
    EXPECT_EQ(problem.message,
              "must be an e-mail address like \"name@example.com\", got \"kari.example.no\"");
}

TEST(OrderValidation, ABadCountryIsRejectedAndLowerCaseIsAccepted)
{
    const ImportProblem problem =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "shipping_address", "country", "Norway"));
    EXPECT_EQ(problem.field, "shipping_address.country");
    EXPECT_EQ(problem.message,
              "must be an ISO 3166-1 alpha-2 country code like \"NO\" or \"DE\", got \"Norway\"");

    const ImportProblem uk =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "shipping_address", "country", "UK"));
    EXPECT_TRUE(uk.message.endsWith("(the United Kingdom is \"GB\")")) << uk.message;
    EXPECT_TRUE(onlyProblem(withIn(validOrderObject("nordlys", "2"), "shipping_address", "country", "XX"))
                    .message.contains("got \"XX\""));

    const OrderFileContents lower =
        readBytes("o.jsonl", jsonLine(withIn(validOrderObject(), "shipping_address", "country", "se")));
    ASSERT_EQ(lower.orders.size(), 1u) << listProblems(lower.problems);
    EXPECT_EQ(lower.orders[0].shippingAddress.country, "SE");
}

TEST(OrderValidation, ABadLocaleIsRejectedWithAHint)
{
    const ImportProblem problem =
        onlyProblem(withIn(validOrderObject("nordlys", "2"), "customer", "locale", "nb_NO"));
    EXPECT_EQ(problem.field, "customer.locale");
    EXPECT_EQ(problem.message,
              "must be a BCP 47 language tag like \"nb-NO\" or \"en\", got \"nb_NO\" (use \"-\", not \"_\")");
}

TEST(OrderValidation, AnEmptyLinesArrayIsRejected)
{
    const ImportProblem problem = onlyProblem(with(validOrderObject("nordlys", "2"), "lines", QJsonArray{}));
    EXPECT_EQ(problem.field, "lines");
    EXPECT_EQ(problem.message, "must hold at least one line");
}

TEST(OrderValidation, ALineThatIsNotAnObjectIsNamedByItsIndex)
{
    QJsonObject bad = validOrderObject("nordlys", "2");
    QJsonArray lines = bad["lines"].toArray();
    lines.append("SOCK-1 x2");
    bad["lines"] = lines;
    const ImportProblem problem = onlyProblem(bad);
    EXPECT_EQ(problem.field, "lines[2]");
    EXPECT_EQ(problem.message, "must be an object {...}, got \"SOCK-1 x2\"");
}

TEST(OrderValidation, BadUrlTemplatesAreRejected)
{
    const ImportProblem noToken = onlyProblem(
        with(validOrderObject("nordlys", "2"), "survey_url_template", "https://survey.example.no/r/"));
    EXPECT_EQ(noToken.field, "survey_url_template");
    EXPECT_EQ(noToken.message,
              "must contain {token} where the per-order value goes, got \"https://survey.example.no/r/\"");

    const ImportProblem notHttp = onlyProblem(
        with(validOrderObject("nordlys", "2"), "survey_url_template", "ftp://example.no/{token}"));
    EXPECT_EQ(notHttp.message, "must be an http:// or https:// URL, got \"ftp://example.no/{token}\"");

    const ImportProblem noRma =
        onlyProblem(with(validOrderObject("nordlys", "2"), "return_portal_url_template",
                         "https://returns.example.no/{token}"));
    EXPECT_EQ(noRma.field, "return_portal_url_template");
    EXPECT_TRUE(noRma.message.startsWith("must contain {rma}")) << noRma.message;
}

TEST(OrderValidation, AShopNameMustBeLowerCaseLettersDigitsDashAndUnderscore)
{
    const ImportProblem problem = onlyProblem(with(validOrderObject("Nordlys", "2"), "shop", "Nordlys"));
    EXPECT_EQ(problem.field, "shop");
    EXPECT_EQ(problem.message, "must be 1 to 40 characters of a-z, 0-9, \"_\" and \"-\", got \"Nordlys\"");
}

TEST(OrderValidation, FragileMustBeABooleanInJson)
{
    const ImportProblem problem =
        onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "fragile", "yes"));
    EXPECT_EQ(problem.field, "lines[0].fragile");
    EXPECT_EQ(problem.message, "must be true or false, got \"yes\"");
}

TEST(OrderValidation, ABarcodeMustBeANonEmptyString)
{
    const ImportProblem problem = onlyProblem(withLine(validOrderObject("nordlys", "2"), 0, "barcodes",
                                                       QJsonArray{"7038010009457", 7038010009457.0}));
    EXPECT_EQ(problem.field, "lines[0].barcodes[1]");
    EXPECT_EQ(problem.message, "must be a string, got 7038010009457");
}

TEST(OrderValidation, AGiftMessageMayHoldUpTo1000CharactersCountingAnEmojiAsOne)
{
    const QString thousandEmoji = QString::fromUtf8("🎉").repeated(1000);
    const OrderFileContents fits =
        readBytes("o.jsonl", jsonLine(with(validOrderObject(), "gift_message", thousandEmoji)));
    ASSERT_EQ(fits.orders.size(), 1u) << listProblems(fits.problems);
    EXPECT_EQ(fits.orders[0].giftMessage, thousandEmoji);

    const ImportProblem problem =
        onlyProblem(with(validOrderObject("nordlys", "2"), "gift_message", QString(1001, QLatin1Char('a'))));
    EXPECT_EQ(problem.field, "gift_message");
    EXPECT_EQ(problem.message, "must be at most 1000 characters, got 1001");
}

TEST(OrderValidation, ALineBreakInASingleLineFieldIsRejected)
{
    const ImportProblem problem = onlyProblem(
        withIn(validOrderObject("nordlys", "2"), "shipping_address", "line1", "Storgata 1\nOslo"));
    EXPECT_EQ(problem.field, "shipping_address.line1");
    EXPECT_TRUE(problem.message.startsWith("must be one line")) << problem.message;
}

TEST(OrderValidation, EveryProblemOfARecordIsReportedNotJustTheFirst)
{
    QJsonObject bad = withIn(validOrderObject("nordlys", "2"), "customer", "email", "nope");
    bad = withLine(bad, 0, "quantity", 0);
    bad = withLine(bad, 1, "sku", "");
    const OrderFileContents contents = readWithBadSecondRecord(bad);
    EXPECT_EQ(contents.problems.size(), 3u) << listProblems(contents.problems);
    EXPECT_NE(problemFor(contents.problems, "customer.email"), nullptr);
    EXPECT_NE(problemFor(contents.problems, "lines[0].quantity"), nullptr);
    EXPECT_NE(problemFor(contents.problems, "lines[1].sku"), nullptr);
}

TEST(OrderValidation, UnknownFieldsAreIgnored)
{
    QJsonObject order = validOrderObject();
    order["loyalty_tier"] = "gold";
    order = withLine(order, 0, "colour", "red");
    const OrderFileContents contents = readBytes("o.jsonl", jsonLine(order));
    EXPECT_TRUE(contents.problems.empty()) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders.size(), 1u);
}

TEST(OrderValidation, LeadingAndTrailingSpacesAreTrimmedButAGiftMessageIsKeptExactly)
{
    QJsonObject order = withIn(validOrderObject(), "customer", "name", "  Kari Nordmann ");
    order["number"] = " 1001 ";
    order["gift_message"] = "  Hei!\n";
    const OrderFileContents contents = readBytes("o.jsonl", jsonLine(order));
    ASSERT_EQ(contents.orders.size(), 1u) << listProblems(contents.problems);
    EXPECT_EQ(contents.orders[0].customer.name, "Kari Nordmann");
    EXPECT_EQ(contents.orders[0].number, "1001");
    EXPECT_EQ(contents.orders[0].giftMessage, "  Hei!\n");
}

} // namespace
} // namespace packdesk
