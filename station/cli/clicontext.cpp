#include "clicontext.h"

#include "store/sqliteorderstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

namespace packdesk::cli {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("PACKDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/packdesk/packdesk.sqlite");
}

QString defaultStationId()
{
    const QString fromEnv = qEnvironmentVariable("PACKDESK_STATION");
    return fromEnv.isEmpty() ? QSysInfo::machineHostName() : fromEnv;
}

CliContext::CliContext(QTextStream& out, QTextStream& err)
    : m_out(out), m_err(err), m_databasePath(defaultDatabasePath()),
      m_station(defaultStationId())
{
}

CliContext::~CliContext() = default;

void CliContext::addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite database file (default: $PACKDESK_DB or ") +
                                                QStringLiteral("~/.local/share/packdesk/packdesk.sqlite)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("station"),
                      QStringLiteral("Station id (default: $PACKDESK_STATION or the host name)."),
                      QStringLiteral("id")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
}

int CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& usage)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << usage << QStringLiteral("\n\n") << parser.helpText().section(QLatin1Char('\n'), 1);
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_databasePath = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("station")))
        m_station = parser.value(QStringLiteral("station"));
    if (m_station.trimmed().isEmpty())
        return usageError(QStringLiteral("the station id is empty"));
    return -1;
}

store::SqliteOrderStore* CliContext::openStore()
{
    if (m_store)
        return m_store.get();
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    auto opened = store::SqliteOrderStore::open(m_databasePath);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    m_store = std::move(opened.value());
    return m_store.get();
}

Result<Order> CliContext::findOrder(const QString& reference)
{
    auto* store = openStore();
    if (!store)
        return Error{QStringLiteral("storage"), QStringLiteral("The database could not be opened.")};
    const auto slash = reference.indexOf(QLatin1Char('/'));
    auto found = slash > 0 ? store->findOrder(reference.left(slash), reference.mid(slash + 1))
                           : store->findOrderByNumber(reference);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{QStringLiteral("order_not_found"), QStringLiteral("There is no order %1.").arg(reference)};
    return *found.value();
}

int CliContext::fail(const Error& error)
{
    m_err << QStringLiteral("packdesk: ") << error.message << QStringLiteral(" [") << error.code
          << QStringLiteral("]\n");
    m_err.flush();
    return ExitFailed;
}

int CliContext::usageError(const QString& message)
{
    m_err << QStringLiteral("packdesk: ") << message << QStringLiteral("\nTry --help.\n");
    m_err.flush();
    return ExitUsage;
}

} // namespace packdesk::cli
