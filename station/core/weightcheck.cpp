#include "weightcheck.h"

namespace packdesk {

QString toString(WeightVerdict verdict)
{
    switch (verdict) {
    case WeightVerdict::Pass:
        return QStringLiteral("pass");
    case WeightVerdict::TooLight:
        return QStringLiteral("too_light");
    case WeightVerdict::TooHeavy:
        return QStringLiteral("too_heavy");
    case WeightVerdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int WeightCheck::expectedGrams(int itemsGrams, int boxGrams, int materialsGrams)
{
    return itemsGrams + boxGrams + materialsGrams;
}

WeightCheckResult WeightCheck::evaluate(int expectedGrams, int measuredGrams, const WeightTolerance& tolerance)
{
    WeightCheckResult result;
    result.expectedGrams = expectedGrams;
    result.measuredGrams = measuredGrams;
    result.allowanceGrams = tolerance.allowanceFor(expectedGrams);
    const int deviation = measuredGrams - expectedGrams;
    if (measuredGrams < 0)
        result.verdict = WeightVerdict::Unknown;
    else if (deviation < -result.allowanceGrams)
        result.verdict = WeightVerdict::TooLight;
    else if (deviation > result.allowanceGrams)
        result.verdict = WeightVerdict::TooHeavy;
    else
        result.verdict = WeightVerdict::Pass;
    return result;
}

WeightCheckResult WeightCheck::unknown(int expectedGrams, const WeightTolerance& tolerance)
{
    WeightCheckResult result;
    result.expectedGrams = expectedGrams;
    result.allowanceGrams = tolerance.allowanceFor(expectedGrams);
    result.verdict = WeightVerdict::Unknown;
    return result;
}

} // namespace packdesk
