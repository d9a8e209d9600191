#include "labeltesting.h"

#include "printing/parcelcodegenerator.h"

#include <QRegularExpression>
#include <QSet>

using packdesk::printing::ParcelCodeGenerator;

TEST(LabelParcelCodes, RmaCodeIsPrefixedCrockfordBase32WithAValidCheckCharacter)
{
    static const QRegularExpression format(QStringLiteral("^R[0-9A-HJKMNP-TV-Z]{12}$"));
    for (int i = 0; i < 1000; ++i) {
        const QString code = ParcelCodeGenerator::newRmaCode();
        ASSERT_TRUE(format.match(code).hasMatch()) << code.toStdString();
        ASSERT_TRUE(ParcelCodeGenerator::isValidRmaCode(code)) << code.toStdString();
    }
}

TEST(LabelParcelCodes, CheckCharacterCatchesEverySingleTypoAndAdjacentSwaps)
{
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    int swapsCaught = 0;
    int swapsTried = 0;
    for (int n = 0; n < 50; ++n) {
        const QString code = ParcelCodeGenerator::newRmaCode();
        for (int at = 1; at < code.size(); ++at) {
            for (const QChar other : alphabet) {
                if (other == code.at(at))
                    continue;
                QString typo = code;
                typo[at] = other;
                ASSERT_FALSE(ParcelCodeGenerator::isValidRmaCode(typo))
                    << code.toStdString() << " -> " << typo.toStdString();
            }
            if (at + 1 < code.size() && code.at(at) != code.at(at + 1)) {
                QString swapped = code;
                std::swap(swapped[at], swapped[at + 1]);
                ++swapsTried;
                swapsCaught += ParcelCodeGenerator::isValidRmaCode(swapped) ? 0 : 1;
            }
        }
    }
    // Luhn mod 32 misses only swaps of two symbols whose values sum to 31.
    EXPECT_GE(double(swapsCaught) / swapsTried, 0.9);
}

TEST(LabelParcelCodes, TypedCodeIsNormalizedBackToTheCode)
{
    const QString code = packdesk::labeltesting::validRmaCode(QStringLiteral("0123456789A"));
    ASSERT_FALSE(code.isEmpty());
    // Lower case, O for 0, l for 1, separators.
    QString typed = code.toLower();
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    typed.insert(5, QLatin1Char('-')).insert(1, QLatin1Char(' '));
    EXPECT_EQ(ParcelCodeGenerator::normalizeRmaCode(typed), code);
    EXPECT_TRUE(ParcelCodeGenerator::isValidRmaCode(ParcelCodeGenerator::normalizeRmaCode(typed)));
}

TEST(LabelParcelCodes, CodesAreUniqueOverManyDraws)
{
    QSet<QString> rmaCodes;
    QSet<QString> tokens;
    constexpr int kDraws = 100'000;
    for (int i = 0; i < kDraws; ++i) {
        const auto codes = ParcelCodeGenerator::newCodes();
        rmaCodes.insert(codes.rmaCode);
        tokens.insert(codes.surveyToken);
    }
    EXPECT_EQ(rmaCodes.size(), kDraws);
    EXPECT_EQ(tokens.size(), kDraws);
}

TEST(LabelParcelCodes, SurveyTokenIs128BitsOfBase64UrlWithoutPadding)
{
    static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    for (int i = 0; i < 200; ++i) {
        const QString token = ParcelCodeGenerator::newSurveyToken();
        ASSERT_TRUE(format.match(token).hasMatch()) << token.toStdString();
        const QByteArray bytes = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        EXPECT_EQ(bytes.size(), 16);
    }
}

TEST(LabelParcelCodes, EveryCodePositionUsesTheWholeAlphabet)
{
    // A stuck bit (a bad random source, a shift bug) would leave symbols unused.
    QList<QSet<QChar>> seen(13);
    for (int i = 0; i < 5000; ++i) {
        const QString code = ParcelCodeGenerator::newRmaCode();
        for (int at = 0; at < code.size(); ++at)
            seen[at].insert(code.at(at));
    }
    EXPECT_EQ(seen[0].size(), 1); // the prefix
    for (int at = 1; at < 13; ++at)
        EXPECT_EQ(seen[at].size(), 32) << "position " << at;
}
