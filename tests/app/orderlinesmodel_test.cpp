// OrderLinesModel: a scan updates one row in place; another order resets.
#include "apptesting.h"

#include <QAbstractItemModelTester>

namespace packdesk::apptesting {
namespace {

using app::LineView;
using app::OrderLinesModel;

std::vector<LineView> sampleLines(int mugs = 0, int teas = 0)
{
    return {LineView{QStringLiteral("Mug"), QStringLiteral("MUG-1"), QStringLiteral("4006381333931"), 2, mugs},
            LineView{QStringLiteral("Tea"), QStringLiteral("TEA-7"), QStringLiteral("036000291452"), 1, teas}};
}

/// Fails the test on any complaint of QAbstractItemModelTester.
class ModelTesterMessages
{
public:
    ModelTesterMessages() { s_failures = 0; s_previous = qInstallMessageHandler(&handler); }
    ~ModelTesterMessages() { qInstallMessageHandler(s_previous); }
    int failures() const { return s_failures; }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg)
            ++s_failures;
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline int s_failures = 0;
    static inline QtMessageHandler s_previous = nullptr;
};

TEST(OrderLinesModel, ExposesTheLinesUnderTheirRoles)
{
    ModelTesterMessages messages;
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setLines(sampleLines(2, 0));
    ASSERT_EQ(model.rowCount(), 2);
    const auto roles = model.roleNames();
    EXPECT_EQ(roles.value(OrderLinesModel::NameRole), "name");
    EXPECT_EQ(roles.value(OrderLinesModel::DoneRole), "done");
    EXPECT_EQ(model.data(model.index(0), OrderLinesModel::NameRole), QStringLiteral("Mug"));
    EXPECT_EQ(model.data(model.index(0), OrderLinesModel::BarcodeRole), QStringLiteral("4006381333931"));
    EXPECT_EQ(model.data(model.index(0), OrderLinesModel::ExpectedRole), 2);
    EXPECT_EQ(model.data(model.index(0), OrderLinesModel::ScannedRole), 2);
    EXPECT_EQ(model.data(model.index(0), OrderLinesModel::DoneRole), true);
    EXPECT_EQ(model.data(model.index(1), OrderLinesModel::DoneRole), false);
    EXPECT_FALSE(model.data(model.index(5), OrderLinesModel::NameRole).isValid());
    EXPECT_EQ(messages.failures(), 0);
}

TEST(OrderLinesModel, AScanChangesOnlyItsRow)
{
    ModelTesterMessages messages;
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setLines(sampleLines());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setLines(sampleLines(0, 1));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].value<QModelIndex>().row(), 1);
    EXPECT_EQ(changed[0][1].value<QModelIndex>().row(), 1);
    const auto roles = changed[0][2].value<QList<int>>();
    EXPECT_TRUE(roles.contains(OrderLinesModel::ScannedRole));
    EXPECT_TRUE(roles.contains(OrderLinesModel::DoneRole));
    EXPECT_EQ(resets.size(), 0);

    model.setLines(sampleLines(0, 1)); // nothing new: nothing to repaint
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(messages.failures(), 0);
}

TEST(OrderLinesModel, AnotherOrderResets)
{
    ModelTesterMessages messages;
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setLines(sampleLines(1, 1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    auto other = sampleLines();
    other[1].sku = QStringLiteral("TEA-8");
    model.setLines(other);
    EXPECT_EQ(resets.size(), 1);
    EXPECT_EQ(model.data(model.index(1), OrderLinesModel::SkuRole), QStringLiteral("TEA-8"));
    model.setLines({});
    EXPECT_EQ(resets.size(), 2);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(messages.failures(), 0);
}

} // namespace
} // namespace packdesk::apptesting
