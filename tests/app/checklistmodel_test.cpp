// ChecklistModel: answers per question, complete when all are answered,
// the record the domain takes.
#include "apptesting.h"

#include <QAbstractItemModelTester>

namespace packdesk::apptesting {
namespace {

using app::ChecklistModel;

class ChecklistModelTest : public ::testing::Test
{
protected:
    void SetUp() override { model.setItems(ShopSettings::defaults(QStringLiteral("acme")).checklist); }

    ChecklistModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(ChecklistModelTest, StartsUnanswered)
{
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.data(model.index(0), ChecklistModel::KeyRole), QStringLiteral("right_box_size"));
    EXPECT_EQ(model.data(model.index(0), ChecklistModel::LabelRole), QStringLiteral("Right box size"));
    EXPECT_EQ(model.data(model.index(0), ChecklistModel::AnswerRole), QString());
    EXPECT_EQ(model.roleNames().value(ChecklistModel::DefectKindRole), "defectKind");
    EXPECT_FALSE(model.complete());
    EXPECT_TRUE(model.record().answers.empty());
}

TEST_F(ChecklistModelTest, CompleteOnceEveryQuestionIsAnswered)
{
    QSignalSpy completeChanges(&model, &ChecklistModel::completeChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int row = 0; row < 4; ++row)
        model.answerOk(row);
    EXPECT_FALSE(model.complete());
    EXPECT_EQ(completeChanges.size(), 0);
    model.answerDefect(4, QStringLiteral("label_crooked"));
    EXPECT_TRUE(model.complete());
    EXPECT_EQ(completeChanges.size(), 1);
    EXPECT_EQ(changed.size(), 5);
    EXPECT_EQ(changed.last()[0].value<QModelIndex>().row(), 4);
    EXPECT_EQ(model.data(model.index(4), ChecklistModel::AnswerRole), QStringLiteral("defect"));
    EXPECT_EQ(model.data(model.index(4), ChecklistModel::DefectKindRole), QStringLiteral("label_crooked"));

    const QualityRecord record = model.record();
    ASSERT_EQ(record.answers.size(), 5u);
    EXPECT_TRUE(record.answers[0].passed);
    EXPECT_FALSE(record.answers[4].passed);
    EXPECT_EQ(record.answers[4].defectKind, QStringLiteral("label_crooked"));
    EXPECT_TRUE(record.validateAgainst(ShopSettings::defaults(QStringLiteral("acme")).checklist).ok());

    // Changing an answer back to ok drops the defect.
    model.answerOk(4);
    EXPECT_EQ(model.data(model.index(4), ChecklistModel::DefectKindRole), QString());
    EXPECT_EQ(model.record().defectCount(), 0);

    model.setItems(ShopSettings::defaults(QStringLiteral("acme")).checklist);
    EXPECT_FALSE(model.complete());
    EXPECT_EQ(completeChanges.size(), 2);
}

TEST_F(ChecklistModelTest, DefectKindsPerQuestion)
{
    EXPECT_EQ(model.defectKinds(0), (QStringList{"box_too_big", "box_too_small"}));
    EXPECT_EQ(model.defectKinds(1), (QStringList{"protection_missing"}));
    EXPECT_EQ(model.defectKinds(2), (QStringList{"seal_open", "tape_torn"}));
    EXPECT_EQ(model.defectKinds(3), (QStringList{"card_missing"}));
    EXPECT_EQ(model.defectKinds(4), (QStringList{"label_crooked", "label_covered"}));
    EXPECT_TRUE(model.defectKinds(99).isEmpty());
    model.setItems({ChecklistItem{QStringLiteral("ribbon"), QStringLiteral("Gift ribbon tied")}});
    EXPECT_EQ(model.defectKinds(0), QStringList{QStringLiteral("other")});
}

TEST_F(ChecklistModelTest, BadRowsAndUnnamedDefectsAreHandled)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.answerOk(-1);
    model.answerOk(5);
    model.answerDefect(17, QStringLiteral("seal_open"));
    EXPECT_EQ(changed.size(), 0);
    model.answerDefect(2, QStringLiteral("  "));
    EXPECT_EQ(model.data(model.index(2), ChecklistModel::DefectKindRole), QStringLiteral("other"));
}

} // namespace
} // namespace packdesk::apptesting
