// One order packed by scan events through every screen, and the ways an
// order ends early.
#include "apptesting.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

namespace packdesk::apptesting {
namespace {

using FlowTest = StationTest;

TEST_F(FlowTest, AnOrderIsPackedThroughEveryScreen)
{
    loginAnna();

    ASSERT_TRUE(scan(QStringLiteral("1001")));
    EXPECT_EQ(station->screen(), Screen::Verify);
    EXPECT_EQ(station->orderReference(), QStringLiteral("acme/1001"));
    EXPECT_EQ(station->customerFirstName(), QStringLiteral("Bjørn"));
    EXPECT_EQ(station->itemsExpected(), 3);
    EXPECT_EQ(station->itemsScanned(), 0);
    auto* lines = qobject_cast<app::OrderLinesModel*>(station->lines());
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(lines->rowCount(), 2);
    EXPECT_EQ(lines->data(lines->index(0), app::OrderLinesModel::SkuRole), QStringLiteral("MUG-1"));

    ASSERT_TRUE(scan(kMugScan));
    EXPECT_EQ(lastFeedback(), Feedback::Accepted);
    EXPECT_EQ(station->itemsScanned(), 1);
    EXPECT_EQ(lines->data(lines->index(0), app::OrderLinesModel::ScannedRole), 1);
    EXPECT_EQ(lines->data(lines->index(0), app::OrderLinesModel::DoneRole), false);
    ASSERT_TRUE(scan(kMugGs1Scan)); // the same mug as a GS1-128 label
    EXPECT_EQ(lines->data(lines->index(0), app::OrderLinesModel::DoneRole), true);
    EXPECT_EQ(station->screen(), Screen::Verify);
    ASSERT_TRUE(scan(kTeaScan));
    EXPECT_EQ(station->itemsScanned(), 3);
    EXPECT_EQ(station->screen(), Screen::Weigh);

    EXPECT_EQ(station->boxCodes(), (QStringList{"S", "M", "L", "BAG"}));
    ASSERT_TRUE(scan(QStringLiteral("m"))); // a box label, whatever its case
    EXPECT_EQ(station->chosenBox(), QStringLiteral("M"));
    EXPECT_EQ(station->expectedGrams(), testing::kSampleExpectedGramsWithBoxM);
    EXPECT_GT(station->allowanceGrams(), 0);
    EXPECT_EQ(station->screen(), Screen::Weigh);

    ASSERT_TRUE(run([&] { station->recordWeight(QVariant(931.4)); }));
    EXPECT_EQ(station->weightVerdict(), QStringLiteral("pass"));
    EXPECT_EQ(station->measuredGrams(), 931);
    EXPECT_EQ(lastFeedback(), Feedback::Accepted);
    EXPECT_EQ(station->screen(), Screen::Quality);

    // A photo goes in with its hash, computed on the worker.
    const QString photo = filePath(QStringLiteral("parcel.jpg"));
    {
        QFile file(photo);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not really a jpeg");
    }
    answerChecklist();
    auto* checklist = qobject_cast<app::ChecklistModel*>(station->checklist());
    checklist->answerDefect(2, QStringLiteral("tape_torn"));
    ASSERT_TRUE(checklist->complete());
    ASSERT_TRUE(run([&] { station->submitQuality(photo); }));
    EXPECT_EQ(station->screen(), Screen::Printing);
    EXPECT_EQ(station->printStatus(), QStringLiteral("done"));
    EXPECT_TRUE(station->printFailReason().isEmpty());
    {
        std::lock_guard lock(printer->mutex);
        ASSERT_EQ(printer->printed.size(), 1u);
        EXPECT_EQ(printer->printed[0], (QStringList{"card", "return_label"}));
        EXPECT_NE(printer->lastThread, QThread::currentThread()) << "the printer must run on the worker";
    }
    const auto quality = storedEvents({QStringLiteral("quality.recorded")});
    ASSERT_EQ(quality.size(), 1u);
    EXPECT_EQ(quality[0].details.value(QStringLiteral("photo_sha256")).toString(),
              QString::fromLatin1(QCryptographicHash::hash("not really a jpeg", QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(quality[0].details.value(QStringLiteral("defects")).toInt(), 1);

    ASSERT_TRUE(run([&] { station->complete(); }));
    EXPECT_EQ(station->screen(), Screen::Done);
    EXPECT_EQ(lastFeedback(), Feedback::OrderComplete);
    EXPECT_EQ(station->doneCode(), QStringLiteral("order_packed"));
    EXPECT_EQ(station->messageCode(), QStringLiteral("order_packed"));
    EXPECT_EQ(station->orderReference(), QStringLiteral("acme/1001")) << "Done names the order";
    auto stored = inspect()->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_TRUE(stored.ok() && stored.value());
    EXPECT_EQ(stored.value()->status, OrderStatus::Packed);

    ASSERT_TRUE(run([&] { station->nextOrder(); }));
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
    EXPECT_TRUE(station->doneCode().isEmpty());
    EXPECT_TRUE(station->orderReference().isEmpty());
    EXPECT_EQ(lines->rowCount(), 0);
    EXPECT_EQ(checklist->rowCount(), 0);
}

TEST_F(FlowTest, AWrongItemIsRejectedAndCountsNothing)
{
    loginAnna();
    openOrder();
    ASSERT_TRUE(scan(kForeignGtinScan));
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);
    EXPECT_EQ(station->messageKind(), MessageKind::Error);
    EXPECT_EQ(station->messageCode(), QStringLiteral("wrong_item"));
    EXPECT_EQ(station->itemsScanned(), 0);
    EXPECT_EQ(station->screen(), Screen::Verify);

    // The next good scan clears the message.
    ASSERT_TRUE(scan(kMugScan));
    EXPECT_EQ(station->messageKind(), MessageKind::None);
    ASSERT_TRUE(scan(kMugScan));
    ASSERT_TRUE(scan(kMugScan));
    EXPECT_EQ(station->messageCode(), QStringLiteral("surplus"));
    ASSERT_TRUE(scan(QStringLiteral("NOT-A-PRODUCT")));
    EXPECT_EQ(station->messageCode(), QStringLiteral("unknown_code"));
    EXPECT_EQ(station->itemsScanned(), 2);
}

TEST_F(FlowTest, AMalformedGs1CodeIsRejectedBeforeTheService)
{
    loginAnna();
    openOrder();
    ASSERT_TRUE(scan(kBadCheckDigitScan));
    EXPECT_EQ(lastFeedback(), Feedback::Rejected);
    EXPECT_EQ(station->messageKind(), MessageKind::Error);
    EXPECT_EQ(station->messageCode(), QStringLiteral("gs1_check_digit"));
    EXPECT_FALSE(station->messageDetail().isEmpty());
    EXPECT_TRUE(storedEvents({QStringLiteral("scan.rejected")}).empty()) << "never reached the session";

    ASSERT_TRUE(scan(QStringLiteral("\r\n")));
    EXPECT_EQ(station->messageCode(), QStringLiteral("scan_empty"));
    EXPECT_EQ(station->screen(), Screen::Verify);
}

TEST_F(FlowTest, AShortPickEndsTheOrderAsAnException)
{
    loginAnna();
    openOrder();
    ASSERT_TRUE(scan(kMugScan));
    ASSERT_TRUE(run([&] { station->reportException(QStringLiteral("short_pick"), QStringLiteral("one mug missing")); }));
    EXPECT_EQ(station->screen(), Screen::Done);
    EXPECT_EQ(station->doneCode(), QStringLiteral("exception_short_pick"));
    EXPECT_EQ(station->messageCode(), QStringLiteral("exception_short_pick"));
    EXPECT_EQ(station->messageKind(), MessageKind::Info);
    EXPECT_EQ(lastFeedback(), Feedback::Problem);

    const auto exceptions = storedEvents({QStringLiteral("order.exception")});
    ASSERT_EQ(exceptions.size(), 1u);
    const QJsonArray missing = exceptions[0].details.value(QStringLiteral("missing")).toArray();
    ASSERT_EQ(missing.size(), 2);
    EXPECT_EQ(missing[0].toObject().value(QStringLiteral("missing")).toInt(), 1);
    auto stored = inspect()->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_TRUE(stored.ok() && stored.value());
    EXPECT_EQ(stored.value()->status, OrderStatus::Exception);

    // Scanning the next order from the Done screen goes straight on.
    ASSERT_TRUE(scan(QStringLiteral("1002")));
    EXPECT_EQ(station->screen(), Screen::Verify);
    EXPECT_EQ(station->orderReference(), QStringLiteral("acme/1002"));
    EXPECT_TRUE(station->doneCode().isEmpty());
}

TEST_F(FlowTest, CancellingGivesTheOrderBack)
{
    loginAnna();
    openOrder();
    ASSERT_TRUE(run([&] { station->cancelOrder(); }));
    EXPECT_EQ(station->screen(), Screen::Done);
    EXPECT_EQ(station->doneCode(), QStringLiteral("order_cancelled"));
    auto stored = inspect()->findOrder(QStringLiteral("acme"), QStringLiteral("1001"));
    ASSERT_TRUE(stored.ok() && stored.value());
    EXPECT_EQ(stored.value()->status, OrderStatus::Ready);
    ASSERT_TRUE(run([&] { station->nextOrder(); }));
    EXPECT_EQ(station->screen(), Screen::ScanOrder);
}

TEST_F(FlowTest, AScanRepaintsOnlyTheLineItCounted)
{
    loginAnna();
    openOrder();
    auto* lines = qobject_cast<app::OrderLinesModel*>(station->lines());
    QSignalSpy changedRows(lines, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(lines, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(scan(kTeaScan));
    ASSERT_EQ(changedRows.size(), 1);
    EXPECT_EQ(changedRows[0][0].value<QModelIndex>().row(), 1);
    EXPECT_EQ(changedRows[0][1].value<QModelIndex>().row(), 1);
    EXPECT_EQ(resets.size(), 0);
    ASSERT_TRUE(scan(kForeignGtinScan)); // rejected: nothing to repaint
    EXPECT_EQ(changedRows.size(), 1);
    EXPECT_EQ(resets.size(), 0);
}

TEST_F(FlowTest, ChecklistAnswersSurviveAFailedSubmit)
{
    reachQuality();
    auto* checklist = qobject_cast<app::ChecklistModel*>(station->checklist());
    ASSERT_EQ(checklist->rowCount(), 5);
    checklist->answerOk(0);
    ASSERT_TRUE(run([&] { station->submitQuality(); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("quality_incomplete"));
    EXPECT_EQ(station->screen(), Screen::Quality);
    EXPECT_EQ(checklist->data(checklist->index(0), app::ChecklistModel::AnswerRole), QStringLiteral("ok"));

    answerChecklist();
    ASSERT_TRUE(run([&] { station->submitQuality(filePath(QStringLiteral("missing.jpg"))); }));
    EXPECT_EQ(station->messageCode(), QStringLiteral("photo_unreadable"));
    EXPECT_EQ(station->screen(), Screen::Quality);
    EXPECT_TRUE(checklist->complete());
}

} // namespace
} // namespace packdesk::apptesting
