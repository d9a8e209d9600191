#pragma once

#include "core/order.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace packdesk::store {
class SqliteOrderStore;
}

namespace packdesk::cli {

/// Exit codes every subcommand uses.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

/// What every subcommand gets: its arguments, the global options and the
/// output streams. Opens the store on demand.
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err);
    ~CliContext(); // out of line: the store is only forward-declared here

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Adds --db, --station and --help to a subcommand's parser.
    static void addCommonOptions(QCommandLineParser& parser);

    /// Parses `arguments` (the subcommand's own, program name first). Returns
    /// an exit code to stop with (help printed: 0; bad usage: 2), or -1 to go on.
    int parse(QCommandLineParser& parser, const QStringList& arguments, const QString& usage);

    QString databasePath() const { return m_databasePath; }
    QString station() const { return m_station; }

    /// Opens (and migrates) the store; prints the reason and returns null on failure.
    store::SqliteOrderStore* openStore();

    /// The order a person named as "shop/number" or just "number" (when one
    /// shop has it): order_not_found, order_ambiguous or the store's error.
    Result<Order> findOrder(const QString& reference);

    /// Prints the error for a person to act on and returns ExitFailed.
    int fail(const Error& error);
    int usageError(const QString& message);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_databasePath;
    QString m_station;
    std::unique_ptr<store::SqliteOrderStore> m_store;
};

/// The default database: $PACKDESK_DB, else the user's data folder.
QString defaultDatabasePath();
/// The default station id: $PACKDESK_STATION, else the host name.
QString defaultStationId();

} // namespace packdesk::cli
