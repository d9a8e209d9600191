// `packdesk print` and `packdesk printers` as a lead runs them, against a
// private cupsd: the real binary, a real database, jobs arriving byte for byte.
#include "cli/clirunner.h"
#include "cupsdfixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace packdesk::testing {
namespace {

class PrintCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("station.sqlite"));
        ASSERT_EQ(run({"orders", "import", QStringLiteral(DEMO_ORDERS_FILE)}).exitCode, 0);
        auto started = m_cupsd.start();
        ASSERT_TRUE(started.ok()) << started.error().message.toStdString();
        ASSERT_TRUE(m_cupsd.addQueue("labels").ok());
    }

    CliResult run(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--station") << QStringLiteral("S1");
        return runPackdesk(arguments);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    CupsdFixture m_cupsd;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST_F(PrintCli, AZplLabelSentToAPrinterArrivesAsTheSameBytesAsTheFile)
{
    const CliResult saved = run({"print", "label", "nordlys/NL-10041", "--format", "zpl", "--to", path("label.zpl")});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const CliResult sent = run({"print", "label", "NL-10041", "--format", "zpl", "--printer", "labels", "--server",
                                m_cupsd.server()});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_TRUE(sent.out.contains("sent to labels")) << sent.out.toStdString();
    ASSERT_TRUE(m_cupsd.waitForPrinted("labels", 1, 10'000)) << m_cupsd.errorLog().toStdString();
    const QByteArray file = readAll(path("label.zpl"));
    ASSERT_TRUE(file.startsWith("^XA"));
    // Same order, same recorded RMA code: the printed label is the saved one.
    EXPECT_EQ(m_cupsd.printedJobs("labels").front().second, file);
}

TEST_F(PrintCli, ACardArrivesAsAPdf)
{
    const CliResult sent = run({"print", "card", "NL-10042", "--printer", "labels", "--server", m_cupsd.server()});
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    ASSERT_TRUE(m_cupsd.waitForPrinted("labels", 1, 10'000));
    EXPECT_TRUE(m_cupsd.printedJobs("labels").front().second.startsWith("%PDF"));
}

TEST_F(PrintCli, PrintersListShowsAStoppedQueueWithItsReason)
{
    ASSERT_TRUE(m_cupsd.disable("labels").ok());
    const CliResult listed = run({"printers", "list", "--server", m_cupsd.server()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains("labels"));
    EXPECT_TRUE(listed.out.contains("stopped")) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains("paused")) << listed.out.toStdString();
}

TEST_F(PrintCli, AnUnknownPrinterOrOrderFailsWithoutPrinting)
{
    const CliResult printer = run({"print", "label", "NL-10041", "--printer", "nosuch", "--server", m_cupsd.server()});
    EXPECT_EQ(printer.exitCode, 1);
    EXPECT_TRUE(printer.err.contains("printer_not_found")) << printer.err.toStdString();
    const CliResult order = run({"print", "card", "nordlys/NOPE", "--to", path("x.pdf")});
    EXPECT_EQ(order.exitCode, 1);
    EXPECT_TRUE(order.err.contains("order_not_found"));
    EXPECT_FALSE(QFile::exists(path("x.pdf")));
    EXPECT_TRUE(m_cupsd.printedJobs("labels").empty());
}

TEST_F(PrintCli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(run({"print", "card", "NL-10041"}).exitCode, 2); // neither --to nor --printer
    EXPECT_EQ(run({"print", "poster", "NL-10041", "--to", path("x")}).exitCode, 2);
    EXPECT_EQ(run({"print", "label", "NL-10041", "--to", path("x"), "--dpi", "600"}).exitCode, 2);
}

} // namespace
} // namespace packdesk::testing
