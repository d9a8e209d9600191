#include "labeltesting.h"

#include "printing/labeltemplate.h"
#include "printing/renderreturnlabel.h"
#include "printing/returnlabel.h"
#include "printing/templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace packdesk;
using namespace packdesk::printing;
using packdesk::labeltesting::sampleLabelInput;

TEST(LabelContent, ReturnByDateIsPackedDatePlusWindowInTheLabelsLanguage)
{
    const TemplateLibrary library;
    struct Case
    {
        const char* language;
        const char* expected;
    };
    // 2026-11-24 + 30 days = Thursday 24 December 2026.
    const Case cases[] = {
        {"en", "Return by Thursday, December 24, 2026"},
        {"nl", "Retour uiterlijk donderdag 24 december 2026"},
        {"de", "Rücksendung bis Donnerstag, 24. Dezember 2026"},
        {"nb", "Returner innen torsdag 24. desember 2026"},
        {"fr", "À retourner avant le jeudi 24 décembre 2026"},
    };
    for (const Case& c : cases) {
        auto label = ReturnLabel::compose(library, sampleLabelInput(QString::fromLatin1(c.language)));
        ASSERT_OK(label);
        EXPECT_EQ(label->language, QString::fromLatin1(c.language));
        EXPECT_EQ(label->returnBy, QDate(2026, 12, 24));
        EXPECT_EQ(label->returnByText, QString::fromUtf8(c.expected));
    }
}

TEST(LabelContent, LanguageDefaultsToTheCustomersLocale)
{
    auto input = sampleLabelInput(); // customer locale nb-NO
    auto label = ReturnLabel::compose(TemplateLibrary(), input);
    ASSERT_OK(label);
    EXPECT_EQ(label->language, QStringLiteral("nb"));
    EXPECT_EQ(label->fromCaption, QStringLiteral("Fra"));
}

TEST(LabelContent, CarriesAddressesOrderAndPortalUrl)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.order.returnWindowDays = 14;
    auto label = ReturnLabel::compose(TemplateLibrary(), input);
    ASSERT_OK(label);
    EXPECT_EQ(label->returnAddress,
              QStringList({QStringLiteral("Returns department"), QStringLiteral("Warehouse 1"),
                           QStringLiteral("1000 AA Amsterdam"), QStringLiteral("NETHERLANDS")}));
    EXPECT_EQ(label->senderAddress, QStringList({QStringLiteral("Bjørn Ødegård"), QStringLiteral("Storgata 1"),
                                                 QStringLiteral("0155 Oslo"), QStringLiteral("NORWAY")}));
    EXPECT_EQ(label->orderText, QStringLiteral("Order 1001"));
    EXPECT_EQ(label->returnBy, QDate(2026, 12, 8));
    EXPECT_EQ(label->portalUrl, QStringLiteral("https://returns.example.com/acme/") + input.codes.rmaCode);
}

TEST(LabelContent, PortalUrlPercentEncodesTheCode)
{
    EXPECT_EQ(ReturnLabel::portalUrlFor(QStringLiteral("https://x.example/r?code={rma}&a=1"), QStringLiteral("R A/1")),
              QStringLiteral("https://x.example/r?code=R%20A%2F1&a=1"));
}

TEST(LabelContent, MissingPortalUrlIsAClearErrorBeforeRendering)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.order.returnPortalUrlTemplate.clear();
    for (const DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Zpl}) {
        input.format = format;
        auto rendered = renderReturnLabel(TemplateLibrary(), input);
        ASSERT_FALSE(rendered.ok());
        EXPECT_EQ(rendered.error().code, QStringLiteral("return_portal_missing"));
        EXPECT_TRUE(rendered.error().message.contains(QStringLiteral("acme/1001")));
    }
    input.order.returnPortalUrlTemplate = QStringLiteral("javascript:alert({rma})");
    auto invalid = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().code, QStringLiteral("return_portal_invalid"));
}

TEST(LabelContent, MissingReturnAddressIsAClearErrorBeforeRendering)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.shop.returnAddressLines.clear();
    auto rendered = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_FALSE(rendered.ok());
    EXPECT_EQ(rendered.error().code, QStringLiteral("return_address_missing"));
}

TEST(LabelContent, ErrorsNeverCarryTheCustomersData)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.order.shippingAddress.line1.clear();
    auto rendered = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_FALSE(rendered.ok());
    EXPECT_EQ(rendered.error().code, QStringLiteral("sender_address_missing"));
    EXPECT_FALSE(rendered.error().message.contains(QStringLiteral("Bjørn")));
    EXPECT_FALSE(rendered.error().message.contains(QStringLiteral("Oslo")));
}

TEST(LabelContent, MalformedRmaCodeIsRefused)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    input.codes.rmaCode = QStringLiteral("R>^FS");
    auto rendered = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_FALSE(rendered.ok());
    EXPECT_EQ(rendered.error().code, QStringLiteral("invalid_rma_code"));
}

TEST(LabelContent, EveryBuiltInLanguageHasAValidLabelTemplate)
{
    const TemplateLibrary library;
    for (const QString& language : TemplateLibrary::builtInLanguages()) {
        auto file = library.load(QStringLiteral("acme"), QStringLiteral("label"), language);
        ASSERT_OK(file);
        EXPECT_EQ(file->language, language);
        auto parsed = LabelTemplate::fromJson(file->content, file->path);
        EXPECT_TRUE(parsed.ok()) << labeltesting::describe(parsed.error());
    }
}

namespace {
/// A shop directory with one label.en.json.
Result<ReturnLabel> composeWithShopTemplate(const QTemporaryDir& dir, const QByteArray& json)
{
    QDir(dir.path()).mkpath(QStringLiteral("acme"));
    QFile file(dir.filePath(QStringLiteral("acme/label.en.json")));
    file.open(QIODevice::WriteOnly);
    file.write(json);
    file.close();
    return ReturnLabel::compose(TemplateLibrary({dir.path()}), sampleLabelInput(QStringLiteral("en")));
}

const char* const kShopTemplate = R"({
  "return_to": "Send back to {shop_name}",
  "from": "From",
  "order": "Order {order_number}",
  "return_by": "Please return by {return_date}",
  "return_code": "RMA {rma_code}",
  "scan_hint": "Scan me"%1
})";
} // namespace

TEST(LabelContent, ShopTemplateOverridesTheDefaultCaptions)
{
    QTemporaryDir dir;
    auto label = composeWithShopTemplate(dir, QByteArray(kShopTemplate).replace("%1", ""));
    ASSERT_OK(label);
    EXPECT_EQ(label->returnToCaption, QStringLiteral("Send back to Our shop"));
    EXPECT_EQ(label->returnCodeCaption, QStringLiteral("RMA ") + label->rmaCode);
    EXPECT_EQ(label->returnByText, QStringLiteral("Please return by Thursday, December 24, 2026"));
}

TEST(LabelContent, UnknownTemplateKeysAndFieldsAreRefused)
{
    QTemporaryDir dir;
    auto unknownKey = composeWithShopTemplate(dir, QByteArray(kShopTemplate).replace("%1", R"(, "footer": "x")"));
    ASSERT_FALSE(unknownKey.ok());
    EXPECT_EQ(unknownKey.error().code, QStringLiteral("invalid_label_template"));
    EXPECT_TRUE(unknownKey.error().message.contains(QStringLiteral("footer")));

    QTemporaryDir dir2;
    auto unknownField =
        composeWithShopTemplate(dir2, QByteArray(kShopTemplate).replace("{shop_name}", "{customer_email}").replace("%1", ""));
    ASSERT_FALSE(unknownField.ok());
    EXPECT_EQ(unknownField.error().code, QStringLiteral("unknown_field"));

    QTemporaryDir dir3;
    auto missingKey = composeWithShopTemplate(dir3, R"({"return_to": "x"})");
    ASSERT_FALSE(missingKey.ok());
    EXPECT_EQ(missingKey.error().code, QStringLiteral("invalid_label_template"));
}

TEST(LabelContent, RenderedDocumentsHaveTheRightKindAndFormat)
{
    auto input = sampleLabelInput(QStringLiteral("en"));
    auto pdf = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(pdf);
    EXPECT_EQ(pdf->kind, DocumentKind::ReturnLabel);
    EXPECT_EQ(pdf->mimeType(), QStringLiteral("application/pdf"));
    EXPECT_TRUE(pdf->bytes.startsWith("%PDF-"));
    input.format = DocumentFormat::Zpl;
    auto zpl = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_OK(zpl);
    EXPECT_EQ(zpl->format, DocumentFormat::Zpl);
    EXPECT_TRUE(zpl->bytes.startsWith("^XA"));
    input.dpi = 600;
    auto unsupported = renderReturnLabel(TemplateLibrary(), input);
    ASSERT_FALSE(unsupported.ok());
    EXPECT_EQ(unsupported.error().code, QStringLiteral("zpl_resolution_unsupported"));
}
