#pragma once

#include "printing/cups/cupsdfixture.h"
#include "store/sqliteorderstore.h"
#include "store/sqliteprintjobstore.h"
#include "support/sampleorders.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

/// gtest prints QStrings as text, not as arrays of UTF-16 units.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace packdesk::testing {

/// A temporary station database with one stored order (print_jobs needs one).
struct StationDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("station.db"));
    Order order;

    /// Stores sampleOrder(number); the order's id is the store's.
    Order addOrder(const QString& number = QStringLiteral("1001"))
    {
        auto orders = store::SqliteOrderStore::open(path);
        EXPECT_TRUE(orders) << orders.error().message.toStdString();
        Order added = sampleOrder(0, number);
        auto upserted = orders.value()->upsertOrders({added});
        EXPECT_TRUE(upserted) << upserted.error().message.toStdString();
        auto found = orders.value()->findOrder(added.shop, added.number);
        EXPECT_TRUE(found && found.value());
        return *found.value();
    }

    std::unique_ptr<store::SqlitePrintJobStore> openJobs()
    {
        auto jobs = store::SqlitePrintJobStore::open(path);
        EXPECT_TRUE(jobs) << jobs.error().message.toStdString();
        return std::move(jobs.value());
    }
};

/// A PDF-looking document with bytes a converter would change (binary,
/// CR/LF, NUL): it must arrive unchanged.
inline QByteArray samplePdf(int variant = 0)
{
    QByteArray bytes("%PDF-1.4\n%\xe2\xe3\xcf\xd3\r\n");
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 31 + variant) & 0xff));
    bytes.append("\n%%EOF\n");
    return bytes;
}

inline QByteArray sampleZpl()
{
    return QByteArray("^XA^CI28^PW812^LL1218^FO50,50^A0N,40,40^FDRMA-1001-XYZ^FS"
                      "^FO50,120^BCN,100,Y,N,N^FDRMA1001XYZ^FS^XZ\n");
}

} // namespace packdesk::testing
