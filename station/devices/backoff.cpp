#include "backoff.h"

#include <algorithm>

namespace packdesk::devices {

Backoff::Backoff(int initialMs, int maxMs) : m_initialMs(std::max(1, initialMs)), m_maxMs(std::max(m_initialMs, maxMs))
{
}

int Backoff::next()
{
    ++m_failures;
    m_currentMs = m_currentMs == 0 ? m_initialMs : std::min(m_maxMs, m_currentMs * 2);
    return m_currentMs;
}

void Backoff::reset()
{
    m_currentMs = 0;
    m_failures = 0;
}

} // namespace packdesk::devices
