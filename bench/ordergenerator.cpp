#include "ordergenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace packdesk::bench {

namespace {
const char* const kShops[] = {"nordlys", "kaffebar", "acme", "bergen-bok"};
const char* const kFirstNames[] = {"Bjørn", "Jürgen", "Zoë", "Ingrid", "Sanne", "Émile", "Ijsbrand", "Åsa", "Mia", "Noah"};
const char* const kLastNames[] = {"Ødegård", "Weiß", "de Vries", "Lefèvre", "Bakke", "Müller", "Jansen", "Dubois"};
const char* const kLocales[] = {"nb-NO", "de-DE", "nl-NL", "fr-FR", "en-GB"};
const char* const kProducts[] = {"Mug", "Tea 100 g", "Wool socks", "Candle", "Notebook", "Coffee beans 500 g"};
} // namespace

QString ean13For(qint64 productNumber)
{
    QString digits = QString::number(400000000000LL + productNumber % 100000000000LL).rightJustified(12, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - '0') * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

QString OrderGenerator::numberFor(qint64 sequence)
{
    return QString::number(1'000'000 + sequence);
}

QString OrderGenerator::shopFor(qint64 sequence)
{
    return QString::fromLatin1(kShops[sequence % 4]);
}

Order OrderGenerator::next(qint64 sequence)
{
    auto pick = [&](int n) { return int(m_random() % unsigned(n)); };
    Order order;
    order.shop = shopFor(sequence);
    order.number = numberFor(sequence);
    order.customer.name = QString::fromUtf8(kFirstNames[pick(10)]) + QLatin1Char(' ') + QString::fromUtf8(kLastNames[pick(8)]);
    order.customer.email = QStringLiteral("customer%1@example.com").arg(sequence);
    order.customer.locale = QString::fromLatin1(kLocales[pick(5)]);
    order.customer.previousOrders = pick(4);
    order.shippingAddress = {order.customer.name, QStringLiteral("Storgata %1").arg(pick(200) + 1), {},
                             QStringLiteral("0155"), QStringLiteral("Oslo"), {}, QStringLiteral("NO")};
    const int lineCount = 1 + pick(5); // 1..5, mean 3
    for (int i = 0; i < lineCount; ++i) {
        OrderLine line;
        const qint64 product = pick(50'000);
        line.sku = QStringLiteral("SKU-%1").arg(product);
        line.name = QString::fromUtf8(kProducts[product % 6]);
        line.barcodes = {ean13For(product)};
        line.quantity = 1 + pick(3);
        line.unitWeightGrams = 50 + pick(900);
        line.fragile = pick(10) == 0;
        order.lines.push_back(line);
    }
    order.returnWindowDays = 30;
    // Shops that send these get the survey QR on the card and the portal QR
    // on the return label; the default templates print both.
    order.surveyUrlTemplate = QStringLiteral("https://%1.example/survey/{token}").arg(order.shop);
    order.returnPortalUrlTemplate = QStringLiteral("https://%1.example/returns/{rma}").arg(order.shop);
    order.discountCode = QStringLiteral("THANKS%1").arg(pick(100));
    return order;
}

std::vector<Order> OrderGenerator::batch(qint64 firstSequence, int count)
{
    std::vector<Order> orders;
    orders.reserve(count);
    for (int i = 0; i < count; ++i)
        orders.push_back(next(firstSequence + i));
    return orders;
}

bool OrderGenerator::writeJsonLines(const QString& path, int count, unsigned seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    OrderGenerator generator(seed);
    for (int i = 0; i < count; ++i) {
        const Order order = generator.next(i);
        QJsonArray lines;
        for (const auto& line : order.lines)
            lines.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                     {QStringLiteral("name"), line.name},
                                     {QStringLiteral("barcodes"), QJsonArray::fromStringList(line.barcodes)},
                                     {QStringLiteral("quantity"), line.quantity},
                                     {QStringLiteral("unit_weight_g"), line.unitWeightGrams},
                                     {QStringLiteral("fragile"), line.fragile}});
        const auto& a = order.shippingAddress;
        const QJsonObject json{
            {QStringLiteral("shop"), order.shop},
            {QStringLiteral("number"), order.number},
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), order.customer.name},
                                                     {QStringLiteral("email"), order.customer.email},
                                                     {QStringLiteral("locale"), order.customer.locale},
                                                     {QStringLiteral("previous_orders"), order.customer.previousOrders}}},
            {QStringLiteral("shipping_address"), QJsonObject{{QStringLiteral("name"), a.name},
                                                             {QStringLiteral("line1"), a.line1},
                                                             {QStringLiteral("postal_code"), a.postalCode},
                                                             {QStringLiteral("city"), a.city},
                                                             {QStringLiteral("country"), a.country}}},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("discount_code"), order.discountCode},
            {QStringLiteral("survey_url_template"), order.surveyUrlTemplate},
            {QStringLiteral("return_portal_url_template"), order.returnPortalUrlTemplate},
        };
        file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    return file.error() == QFile::NoError;
}

} // namespace packdesk::bench
