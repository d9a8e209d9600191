#pragma once

#include "shopsettings.h"

#include <QString>

namespace packdesk {

/// The outcome of weighing a parcel against what it should weigh.
enum class WeightVerdict { Pass, TooLight, TooHeavy, Unknown };

QString toString(WeightVerdict verdict);

struct WeightCheckResult
{
    WeightVerdict verdict = WeightVerdict::Unknown;
    int expectedGrams = 0;
    int measuredGrams = 0; ///< meaningless when the verdict is Unknown
    int allowanceGrams = 0;

    int deviationGrams() const { return measuredGrams - expectedGrams; }
    bool passed() const { return verdict == WeightVerdict::Pass; }
};

/// Expected weight = items + box + packing materials; a measurement passes
/// when it lies within the shop's tolerance.
class WeightCheck
{
public:
    static int expectedGrams(int itemsGrams, int boxGrams, int materialsGrams);
    static WeightCheckResult evaluate(int expectedGrams, int measuredGrams, const WeightTolerance& tolerance);
    /// A scale that could not give a stable reading.
    static WeightCheckResult unknown(int expectedGrams, const WeightTolerance& tolerance);
};

} // namespace packdesk
