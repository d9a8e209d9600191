#include "sync/webhooksigner.h"

#include <gtest/gtest.h>

using packdesk::sync::WebhookSigner;

// The official vector of the Standard Webhooks reference libraries.
TEST(SyncSigner, MatchesTheSpecificationVector)
{
    const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    auto signer = WebhookSigner::fromSecrets({secret});
    ASSERT_TRUE(signer.ok()) << signer.error().message.toStdString();
    EXPECT_EQ(signer->signatureHeader("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, R"({"test": 2432232314})"),
              QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
}

TEST(SyncSigner, SignsWithEverySecretDuringARotation)
{
    const QString second = WebhookSigner::generateSecret();
    auto signer = WebhookSigner::fromSecrets({QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), second});
    ASSERT_TRUE(signer.ok());
    const QList<QByteArray> signatures = signer->signatureHeader("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, R"({"test": 2432232314})").split(' ');
    ASSERT_EQ(signatures.size(), 2);
    EXPECT_EQ(signatures[0], QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="))
        << "the old secret's signature is unchanged by the new one beside it";
    EXPECT_NE(signatures[0], signatures[1]);
}

TEST(SyncSigner, RefusesSecretsThatAreNotWhsecBase64)
{
    EXPECT_EQ(WebhookSigner::fromSecrets({QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")}).error().code,
              QStringLiteral("invalid_secret"));
    EXPECT_EQ(WebhookSigner::fromSecrets({QStringLiteral("whsec_c2hvcnQ=")}).error().code, QStringLiteral("invalid_secret"));
    EXPECT_FALSE(WebhookSigner::fromSecrets({}).ok());
}

#include "sync/retryschedule.h"

using packdesk::sync::RetrySchedule;

TEST(SyncRetrySchedule, ReadsRetryAfterAsSecondsOrHttpDate)
{
    const qint64 now = 784'111'777'000; // Sun, 06 Nov 1994 08:49:37 GMT
    EXPECT_EQ(RetrySchedule::parseRetryAfter("120", now), 120'000);
    EXPECT_EQ(RetrySchedule::parseRetryAfter("Sun, 06 Nov 1994 08:50:07 GMT", now), 30'000);
    EXPECT_EQ(RetrySchedule::parseRetryAfter("Sun, 06 Nov 1994 08:40:00 GMT", now), 0) << "a past date means now";
    EXPECT_FALSE(RetrySchedule::parseRetryAfter("soon", now).has_value());
    EXPECT_FALSE(RetrySchedule::parseRetryAfter("", now).has_value());
}

TEST(SyncRetrySchedule, JittersEachStepAndEndsAfterTheLast)
{
    const RetrySchedule schedule({1'000, 60'000}, 0.2);
    for (int i = 0; i < 100; ++i) {
        const qint64 first = *schedule.delayAfter(1);
        EXPECT_GE(first, 800);
        EXPECT_LE(first, 1'200);
    }
    EXPECT_GE(*schedule.delayAfter(2), 48'000);
    EXPECT_FALSE(schedule.delayAfter(3).has_value()) << "dead letter after the last step";
}
