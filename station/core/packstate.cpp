#include "packstate.h"

#include <iterator>

namespace packdesk {

namespace {
constexpr const char* kStateNames[] = {"verifying",         "weighing", "quality_check", "printing",
                                       "ready_to_complete", "packed",   "exception",     "cancelled"};
constexpr const char* kReasonNames[] = {"short_pick", "damaged_item", "wrong_item"};

template<typename Enum, std::size_t N>
bool fromName(const QString& text, const char* const (&names)[N], Enum* out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i])) {
            *out = static_cast<Enum>(i);
            return true;
        }
    }
    return false;
}
} // namespace

QString toString(PackState state)
{
    return QString::fromLatin1(kStateNames[static_cast<int>(state)]);
}

bool packStateFromString(const QString& text, PackState* state)
{
    return fromName(text, kStateNames, state);
}

bool isTerminal(PackState state)
{
    return state == PackState::Packed || state == PackState::Exception || state == PackState::Cancelled;
}

QString toString(ExceptionReason reason)
{
    return QString::fromLatin1(kReasonNames[static_cast<int>(reason)]);
}

bool exceptionReasonFromString(const QString& text, ExceptionReason* reason)
{
    return fromName(text, kReasonNames, reason);
}

} // namespace packdesk
