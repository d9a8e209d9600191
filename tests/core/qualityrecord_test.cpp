#include "core/qualityrecord.h"

#include <gtest/gtest.h>

using namespace packdesk;

namespace {
QualityRecord allPassed(const ShopSettings& settings)
{
    QualityRecord record;
    for (const auto& item : settings.checklist)
        record.answers.push_back({item.key, true, {}});
    return record;
}
} // namespace

TEST(QualityRecord, AllQuestionsAnsweredIsValid)
{
    const auto settings = ShopSettings::defaults(QStringLiteral("acme"));
    EXPECT_TRUE(allPassed(settings).validateAgainst(settings.checklist).ok());
}

TEST(QualityRecord, AMissingAnswerIsRejected)
{
    const auto settings = ShopSettings::defaults(QStringLiteral("acme"));
    auto record = allPassed(settings);
    record.answers.pop_back();
    const auto result = record.validateAgainst(settings.checklist);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, QStringLiteral("quality_incomplete"));
}

TEST(QualityRecord, AnUnknownQuestionIsRejected)
{
    const auto settings = ShopSettings::defaults(QStringLiteral("acme"));
    auto record = allPassed(settings);
    record.answers.push_back({QStringLiteral("glitter"), true, {}});
    EXPECT_EQ(record.validateAgainst(settings.checklist).error().code, QStringLiteral("quality_unknown_item"));
}

TEST(QualityRecord, ADefectMustSayWhichDefect)
{
    const auto settings = ShopSettings::defaults(QStringLiteral("acme"));
    auto record = allPassed(settings);
    record.answers[0].passed = false;
    EXPECT_EQ(record.validateAgainst(settings.checklist).error().code, QStringLiteral("quality_defect_kind_missing"));
    record.answers[0].defectKind = QStringLiteral("box_too_big");
    EXPECT_TRUE(record.validateAgainst(settings.checklist).ok());
    EXPECT_EQ(record.defectCount(), 1);
}

TEST(QualityRecord, APhotoNeedsItsHash)
{
    const auto settings = ShopSettings::defaults(QStringLiteral("acme"));
    auto record = allPassed(settings);
    record.photoPath = QStringLiteral("/photos/1.jpg");
    EXPECT_EQ(record.validateAgainst(settings.checklist).error().code, QStringLiteral("quality_photo_hash"));
    record.photoSha256 = QString(64, QLatin1Char('a'));
    EXPECT_TRUE(record.validateAgainst(settings.checklist).ok());
}

TEST(QualityRecord, JsonRoundTripKeepsEverything)
{
    QualityRecord record;
    record.answers = {{QStringLiteral("seal"), false, QStringLiteral("tape_torn")},
                      {QStringLiteral("protection"), true, {}}};
    record.note = QStringLiteral("Tape ran out — Jürgen fixed it");
    record.photoPath = QStringLiteral("p.jpg");
    record.photoSha256 = QString(64, QLatin1Char('0'));
    const auto back = QualityRecord::fromJson(record.toJson());
    ASSERT_EQ(back.answers.size(), 2u);
    EXPECT_EQ(back.answers[0].defectKind, QStringLiteral("tape_torn"));
    EXPECT_FALSE(back.answers[0].passed);
    EXPECT_TRUE(back.answers[1].passed);
    EXPECT_EQ(back.note, record.note);
    EXPECT_EQ(back.photoSha256, record.photoSha256);
}
