#include "cardtext.h"

#include <optional>

namespace packdesk::printing {

Result<QString> CardText::moreItemsLine(int hiddenItems) const
{
    QHash<QString, QString> withCount = values;
    withCount.insert(QStringLiteral("more_count"), QString::number(hiddenItems));
    return moreItems.render(withCount);
}

Result<CardText> composeCardText(const CardTemplate& card, const CardContent& content)
{
    CardText text;
    text.values = content.fields;
    text.moreItems = card.moreItems;
    text.shopName = content.fields.value(QStringLiteral("shop_name"));

    std::optional<Error> failure;
    const auto render = [&](const TemplateText& source) -> QString {
        if (failure)
            return {};
        auto rendered = source.render(content.fields);
        if (!rendered) {
            failure = rendered.error();
            return {};
        }
        return rendered.value();
    };

    text.greeting = render(content.firstTimeCustomer ? card.greetingFirstTime : card.greetingReturning);
    text.body = render(card.body);
    text.itemsHeading = render(card.itemsHeading);
    text.signature = render(card.signature);
    for (const CardContent::Item& item : content.items)
        text.itemLines << QStringLiteral("%1 × %2").arg(item.quantity).arg(item.name);

    if (content.hasGiftMessage()) {
        if (card.giftHeading)
            text.giftHeading = render(*card.giftHeading);
        text.giftMessage =
            card.giftText ? render(*card.giftText) : content.fields.value(QStringLiteral("gift_message"));
    }
    if (content.hasDiscountCode() && card.discountText)
        text.discount = render(*card.discountText);
    for (const QString& category : content.categories)
        for (const auto& [tipCategory, tip] : card.tips)
            if (tipCategory == category)
                text.tips << render(tip);
    if (!text.tips.isEmpty() && card.tipsHeading)
        text.tipsHeading = render(*card.tipsHeading);

    if (card.surveyCaption) {
        if (content.surveyUrl.isEmpty() && !failure)
            failure = Error{
                QStringLiteral("missing_field"),
                QStringLiteral("%1: survey_caption needs {survey_url}, but this order has no survey URL "
                               "template or no survey token. Add them to the order or remove "
                               "survey_caption from the template.")
                    .arg(card.sourcePath)};
        text.surveyCaption = render(*card.surveyCaption);
        text.surveyUrl = content.surveyUrl;
    }
    // The cut-list line is checked now, not when the list turns out too long.
    if (!failure) {
        auto more = text.moreItemsLine(1);
        if (!more)
            failure = more.error();
    }
    if (failure)
        return *failure;
    return text;
}

} // namespace packdesk::printing
