#pragma once

#include "core/result.h"
#include "templatetext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace packdesk::printing {

/// A shop's thank-you card texts for one language, parsed and checked
/// (format: docs/printing-templates.md). Loading refuses anything a shop
/// could get wrong silently: an unknown key or a non-string value
/// (template_invalid, naming the file and the key), a placeholder for an
/// unknown field (unknown_field), a broken placeholder (bad_placeholder).
/// Values are checked later, per order, by composeCardText().
struct CardTemplate
{
    QString sourcePath; ///< for messages
    QString language;   ///< the language of the file actually used

    // Always printed.
    TemplateText greetingFirstTime;
    TemplateText greetingReturning;
    TemplateText body;
    TemplateText itemsHeading;
    TemplateText moreItems; ///< "+ {more_count} more items"; only when the list is cut
    TemplateText signature;

    // Conditional blocks: absent keys leave the block out.
    std::optional<TemplateText> giftHeading;   ///< only with a gift message
    std::optional<TemplateText> giftText;      ///< only with a gift message; default: the message itself
    std::optional<TemplateText> tipsHeading;   ///< only when a tip applies
    std::optional<TemplateText> discountText;  ///< only when the order has a discount code
    std::optional<TemplateText> surveyCaption; ///< present: the card has the survey QR code
    /// Care/usage tips: category (lower case) -> text.
    std::vector<std::pair<QString, TemplateText>> tips;

    static Result<CardTemplate> fromJson(const QJsonObject& json, const QString& sourcePath,
                                         const QString& language);

    /// The fields every text may use.
    static QStringList fieldNames();
    /// Keys of a card file (tips is an object, everything else a string).
    static QStringList keys();
};

} // namespace packdesk::printing
