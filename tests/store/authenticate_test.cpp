#include "store/pinhash.h"
#include "storetesting.h"

using namespace packdesk;
using namespace packdesk::storetesting;

namespace {

class AuthenticateTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        ASSERT_OK(
            store->upsertPacker({QStringLiteral("P01"), QStringLiteral("Zoë"), QStringLiteral("fr"), false}));
        ASSERT_OK(store->upsertPacker(
            {QStringLiteral("L01"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), true},
            QStringLiteral("4711")));
    }

    QString errorCode(const QString& badge, const QString& pin)
    {
        auto result = store->authenticate(badge, pin);
        return result.ok() ? QStringLiteral("(ok)") : result.error().code;
    }
};

TEST_F(AuthenticateTest, ABadgeWithoutPinLogsInAlone)
{
    auto packer = store->authenticate(QStringLiteral("P01"), {});
    ASSERT_OK(packer);
    EXPECT_EQ(packer->badge, QStringLiteral("P01"));
    EXPECT_EQ(packer->name, QStringLiteral("Zoë"));
    EXPECT_EQ(packer->locale, QStringLiteral("fr"));
    EXPECT_FALSE(packer->isLead);
}

TEST_F(AuthenticateTest, ABadgeWithPinNeedsTheRightPin)
{
    auto lead = store->authenticate(QStringLiteral("L01"), QStringLiteral("4711"));
    ASSERT_OK(lead);
    EXPECT_TRUE(lead->isLead);
    EXPECT_EQ(lead->name, QStringLiteral("Jürgen Weiß"));
    EXPECT_EQ(errorCode(QStringLiteral("L01"), {}), QStringLiteral("pin_required"));
    EXPECT_EQ(errorCode(QStringLiteral("L01"), QStringLiteral("4712")), QStringLiteral("wrong_pin"));
    EXPECT_EQ(errorCode(QStringLiteral("L01"), QStringLiteral("47110")), QStringLiteral("wrong_pin"));
}

TEST_F(AuthenticateTest, AnUnknownOrInactiveBadgeIsRefused)
{
    EXPECT_EQ(errorCode(QStringLiteral("X99"), {}), QStringLiteral("unknown_badge"));
    auto deactivated = store->setPackerActive(QStringLiteral("P01"), false);
    ASSERT_OK(deactivated);
    EXPECT_TRUE(deactivated.value());
    EXPECT_EQ(errorCode(QStringLiteral("P01"), {}), QStringLiteral("unknown_badge"));
    auto packers = store->packers();
    ASSERT_OK(packers);
    ASSERT_EQ(packers->size(), 1u);
    EXPECT_EQ(packers->at(0).badge, QStringLiteral("L01"));
    EXPECT_FALSE(store->setPackerActive(QStringLiteral("X99"), false).value());
}

TEST_F(AuthenticateTest, SavingAPackerAgainWithoutPinRemovesThePin)
{
    ASSERT_OK(store->upsertPacker(
        {QStringLiteral("L01"), QStringLiteral("Jürgen Weiß"), QStringLiteral("de"), false}));
    EXPECT_EQ(errorCode(QStringLiteral("L01"), {}), QStringLiteral("(ok)"));
}

TEST_F(AuthenticateTest, ALeadCannotBeSavedWithoutAPin)
{
    const auto saved = store->upsertPacker({QStringLiteral("L02"), QStringLiteral("Lena"), QStringLiteral("en"), true});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, QStringLiteral("lead_pin_required"));
    EXPECT_EQ(errorCode(QStringLiteral("L02"), QStringLiteral("1234")), QStringLiteral("unknown_badge"));
}

TEST_F(AuthenticateTest, ThePinIsStoredOnlyAsASaltedHash)
{
    auto raw = openRaw(dbPath());
    ASSERT_TRUE(raw);
    auto st = raw->prepare("SELECT pin_hash FROM packers WHERE badge = 'L01'");
    ASSERT_OK(st);
    ASSERT_TRUE(st->step().value());
    const QString stored = st->text(0);
    const QStringList parts = stored.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(parts[0], QStringLiteral("pbkdf2-sha256"));
    EXPECT_EQ(parts[1].toInt(), store::PinHash::kIterations);
    EXPECT_EQ(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
    EXPECT_FALSE(stored.contains(QStringLiteral("4711")));
}

TEST(PinHash, TheSamePinHashesDifferentlyEachTimeAndBothVerify)
{
    const QString a = store::PinHash::create(QStringLiteral("1234"), 1000);
    const QString b = store::PinHash::create(QStringLiteral("1234"), 1000);
    EXPECT_NE(a, b);
    EXPECT_TRUE(store::PinHash::verify(QStringLiteral("1234"), a));
    EXPECT_TRUE(store::PinHash::verify(QStringLiteral("1234"), b));
    EXPECT_FALSE(store::PinHash::verify(QStringLiteral("1235"), a));
}

TEST(PinHash, AMalformedStoredHashNeverVerifies)
{
    for (const char* stored : {"", "1234", "pbkdf2-sha256$0$AAAA$AAAA",
                               "md5$1000$c2FsdA==$aGFzaA==", "pbkdf2-sha256$99999999999$c2FsdA==$aGFzaA=="}) {
        EXPECT_FALSE(store::PinHash::verify(QStringLiteral("1234"), QString::fromLatin1(stored))) << stored;
    }
}

} // namespace
