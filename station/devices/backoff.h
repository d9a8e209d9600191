#pragma once

namespace packdesk::devices {

/// Exponential retry delay for a failing device: the first retry after
/// `initialMs`, each further one twice as long, never more than `maxMs`.
/// A dead scale is asked rarely instead of at the poll rate.
class Backoff
{
public:
    explicit Backoff(int initialMs = 200, int maxMs = 5000);

    /// The delay before the next attempt after one more failure.
    int next();
    /// After a success: the next failure starts at `initialMs` again.
    void reset();
    int failures() const { return m_failures; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_currentMs = 0;
    int m_failures = 0;
};

} // namespace packdesk::devices
