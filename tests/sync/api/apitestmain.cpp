// GoogleTest main with a QCoreApplication: the server and the clients of
// these tests share its event loop (see ApiTestServer::waitUntil).
#include <QCoreApplication>
#include <QLoggingCategory>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The access log is one line per request; the tests make hundreds.
    QLoggingCategory::setFilterRules(QStringLiteral("packdesk.api.info=false"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
