#include "demoscript.h"

#include "core/weightcheck.h"

namespace packdesk::cli {

namespace {
const BoxType& boxFor(const Order& order, const ShopSettings& settings)
{
    // Heavier orders go in bigger boxes; the list is ordered small to large by convention.
    const int grams = order.itemsWeightGrams();
    const std::size_t pick = grams < 400 ? 0 : grams < 1500 ? 1 : 2;
    return settings.boxes.at(std::min(pick, settings.boxes.size() - 1));
}

QString checklistAnswers(const ShopSettings& settings, bool withDefect)
{
    QStringList answers;
    for (const auto& item : settings.checklist)
        answers << item.key + (withDefect && item.key == settings.checklist.front().key
                                   ? QStringLiteral("=defect:box_too_big")
                                   : QStringLiteral("=ok"));
    return answers.join(QLatin1Char(' '));
}
} // namespace

QString demoPackScript(const Order& order, const ShopSettings& settings, int orderIndex, const QString& packerBadge,
                       const QString& leadBadge, const QString& leadPin, bool simulatedScale,
                       bool realPrinter)
{
    auto weigh = [&](int grams, const QString& comment) {
        if (!simulatedScale)
            return QStringLiteral("weigh %1%2").arg(grams).arg(comment);
        return QStringLiteral("place %1%2\nweigh scale").arg(grams).arg(comment);
    };
    QStringList s;
    const auto incident = orderIndex % 6;
    s << QStringLiteral("# order %1, packer %2").arg(order.reference(), packerBadge);
    s << QStringLiteral("login %1").arg(packerBadge);
    s << QStringLiteral("scan %1/%2").arg(order.shop, order.number);
    s << QStringLiteral("wait 8s");
    bool first = true;
    for (const auto& line : order.lines) {
        const QString code = line.barcodes.isEmpty() ? line.sku : line.barcodes.first();
        for (int i = 0; i < line.quantity; ++i) {
            if (incident == 1 && first) {
                s << QStringLiteral("scan 5901234123457  # a product from the next tote");
                s << QStringLiteral("expect rejected wrong_item");
                s << QStringLiteral("wait 6s");
            }
            if (incident == 2 && !first) {
                s << QStringLiteral("short-pick \"bin empty\"");
                s << QStringLiteral("expect state exception");
                return s.join(QLatin1Char('\n')) + QLatin1Char('\n');
            }
            s << QStringLiteral("scan %1").arg(code);
            s << QStringLiteral("wait %1s").arg(4 + (orderIndex + i) % 5);
            first = false;
        }
    }
    const BoxType& box = boxFor(order, settings);
    const int expected = WeightCheck::expectedGrams(order.itemsWeightGrams(), box.weightGrams,
                                                    settings.packingMaterialsGrams);
    s << QStringLiteral("box %1").arg(box.code);
    s << QStringLiteral("wait 20s");
    if (incident == 3) {
        s << weigh(expected + 400, QStringLiteral("  # a forgotten item on the scale"));
        s << QStringLiteral("expect state weighing");
        s << QStringLiteral("override %1 pin=%2 \"customer asked for an extra flyer pack\"").arg(leadBadge, leadPin);
    } else {
        s << weigh(expected + (orderIndex % 7) - 3, QString());
    }
    s << QStringLiteral("expect state quality_check");
    s << QStringLiteral("wait 10s");
    s << QStringLiteral("quality %1").arg(checklistAnswers(settings, incident == 4));
    if (incident == 5) {
        s << QStringLiteral("print failed media-empty");
        s << QStringLiteral("wait 45s");
    }
    // With a real printer the card and label are rendered and printed.
    s << (realPrinter ? QStringLiteral("print") : QStringLiteral("print ok card return_label"));
    s << QStringLiteral("wait 5s");
    s << QStringLiteral("complete");
    s << QStringLiteral("expect state packed");
    s << QStringLiteral("wait 15s");
    return s.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace packdesk::cli
