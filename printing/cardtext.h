#pragma once

#include "cardcontent.h"
#include "cardtemplate.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace packdesk::printing {

/// Every text of one order's card, filled in and ready to lay out. Made
/// before anything is drawn, so a missing value is an error and never a
/// half-printed card. Empty strings are blocks the card leaves out.
struct CardText
{
    QString shopName;
    QString greeting; ///< first-time or returning
    QString body;
    QString itemsHeading;
    QStringList itemLines; ///< "2 × Ethiopian beans"
    QString giftHeading;
    QString giftMessage; ///< empty: no gift block
    QString tipsHeading;
    QStringList tips; ///< only for categories the order has
    QString discount;
    QString surveyCaption;
    QString surveyUrl; ///< non-empty exactly when surveyCaption is
    QString signature;

    /// "+ N more items", for when the item list has to be cut.
    Result<QString> moreItemsLine(int hiddenItems) const;

    TemplateText moreItems;         ///< the template's more_items text
    QHash<QString, QString> values; ///< the order's field values, for moreItemsLine()
};

/// Fills the template with the order's values. missing_field when a text
/// that is printed refers to a value the order lacks, or when the template
/// has a survey caption and the order no survey URL (field survey_url).
Result<CardText> composeCardText(const CardTemplate& card, const CardContent& content);

} // namespace packdesk::printing
