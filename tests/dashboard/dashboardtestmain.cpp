// GoogleTest main with a QCoreApplication: the dashboard's server and the
// test's HTTP client share its event loop.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("packdesk.api.info=false\npackdesk.dashboard.info=false"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
