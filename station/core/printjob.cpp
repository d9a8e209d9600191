#include "printjob.h"

#include <array>
#include <utility>

namespace packdesk {

namespace {
constexpr std::array<std::pair<PrintJobState, const char*>, 6> kNames{{
    {PrintJobState::Queued, "queued"},
    {PrintJobState::Submitted, "submitted"},
    {PrintJobState::Held, "held"},
    {PrintJobState::Completed, "completed"},
    {PrintJobState::Aborted, "aborted"},
    {PrintJobState::Cancelled, "cancelled"},
}};
} // namespace

QString toString(PrintJobState state)
{
    for (const auto& [value, name] : kNames)
        if (value == state)
            return QString::fromLatin1(name);
    return {};
}

bool printJobStateFromString(const QString& text, PrintJobState* state)
{
    for (const auto& [value, name] : kNames)
        if (text == QLatin1String(name)) {
            *state = value;
            return true;
        }
    return false;
}

} // namespace packdesk
