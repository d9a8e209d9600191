#include "cardtemplate.h"

#include <QJsonValue>

namespace packdesk::printing {

namespace {
const QString kGreetingFirstTime = QStringLiteral("greeting_first_time");
const QString kGreetingReturning = QStringLiteral("greeting_returning");
const QString kBody = QStringLiteral("body");
const QString kItemsHeading = QStringLiteral("items_heading");
const QString kMoreItems = QStringLiteral("more_items");
const QString kSignature = QStringLiteral("signature");
const QString kGiftHeading = QStringLiteral("gift_heading");
const QString kGiftText = QStringLiteral("gift_text");
const QString kTipsHeading = QStringLiteral("tips_heading");
const QString kTips = QStringLiteral("tips");
const QString kDiscountText = QStringLiteral("discount_text");
const QString kSurveyCaption = QStringLiteral("survey_caption");

Error invalid(const QString& path, const QString& key, const QString& reason)
{
    return Error{QStringLiteral("template_invalid"), QStringLiteral("%1: \"%2\" %3.").arg(path, key, reason)};
}
} // namespace

QStringList CardTemplate::fieldNames()
{
    return {QStringLiteral("first_name"), QStringLiteral("customer_name"), QStringLiteral("order_number"),
            QStringLiteral("shop_name"),  QStringLiteral("discount_code"), QStringLiteral("gift_message"),
            QStringLiteral("item_count")};
}

QStringList CardTemplate::keys()
{
    return {kGreetingFirstTime, kGreetingReturning, kBody,     kItemsHeading, kMoreItems,
            kSignature,         kGiftHeading,       kGiftText, kTipsHeading,  kTips,
            kDiscountText,      kSurveyCaption};
}

Result<CardTemplate> CardTemplate::fromJson(const QJsonObject& json, const QString& sourcePath,
                                            const QString& language)
{
    const QStringList known = keys();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(sourcePath, it.key(),
                           QStringLiteral("is not a card template key (known: %1)")
                               .arg(known.join(QStringLiteral(", "))));
        if (it.key() == kTips ? !it.value().isObject() : !it.value().isString())
            return invalid(sourcePath, it.key(),
                           it.key() == kTips ? QStringLiteral("must be an object of category: text")
                                             : QStringLiteral("must be a string"));
    }

    CardTemplate card;
    card.sourcePath = sourcePath;
    card.language = language;
    const QStringList fields = fieldNames();
    const auto parse = [&](const QString& key, const QString& text, const QStringList& allowed) {
        return TemplateText::parse(text, allowed, sourcePath + QStringLiteral(": ") + key);
    };

    // Required texts: a card without them would look broken.
    const std::pair<const QString*, TemplateText*> required[] = {
        {&kGreetingFirstTime, &card.greetingFirstTime},
        {&kGreetingReturning, &card.greetingReturning},
        {&kBody, &card.body},
        {&kItemsHeading, &card.itemsHeading},
        {&kMoreItems, &card.moreItems},
        {&kSignature, &card.signature},
    };
    for (const auto& [key, target] : required) {
        const QString text = json.value(*key).toString();
        if (text.trimmed().isEmpty())
            return invalid(sourcePath, *key, QStringLiteral("is required and must be a non-empty string"));
        // Only the "more items" line knows how many items it stands for.
        auto parsed = parse(*key, text,
                            *key == kMoreItems ? fields + QStringList{QStringLiteral("more_count")} : fields);
        if (!parsed)
            return parsed.error();
        *target = std::move(parsed).value();
    }

    const std::pair<const QString*, std::optional<TemplateText>*> optional[] = {
        {&kGiftHeading, &card.giftHeading},     {&kGiftText, &card.giftText},
        {&kTipsHeading, &card.tipsHeading},     {&kDiscountText, &card.discountText},
        {&kSurveyCaption, &card.surveyCaption},
    };
    for (const auto& [key, target] : optional) {
        if (!json.contains(*key))
            continue;
        const QString text = json.value(*key).toString();
        if (text.trimmed().isEmpty())
            return invalid(sourcePath, *key, QStringLiteral("must not be empty (leave the key out instead)"));
        auto parsed = parse(*key, text, fields);
        if (!parsed)
            return parsed.error();
        *target = std::move(parsed).value();
    }

    const QJsonObject tips = json.value(kTips).toObject();
    for (auto it = tips.begin(); it != tips.end(); ++it) {
        const QString key = kTips + QLatin1Char('.') + it.key();
        if (it.key().trimmed().isEmpty())
            return invalid(sourcePath, key, QStringLiteral("needs a category name"));
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            return invalid(sourcePath, key, QStringLiteral("must be a non-empty string"));
        auto parsed = parse(key, it.value().toString(), fields);
        if (!parsed)
            return parsed.error();
        card.tips.emplace_back(it.key().trimmed().toLower(), std::move(parsed).value());
    }
    return card;
}

} // namespace packdesk::printing
