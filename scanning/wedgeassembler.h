#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace packdesk::scanning {

/// One key press as a keyboard-wedge scanner or a person produced it.
struct WedgeKey
{
    enum class Kind { Character, Enter, Tab, Other };

    Kind kind = Kind::Character;
    /// The typed text for Character keys ("a", "7", "\x1d" for a scanner's GS).
    QString text;
    /// When the key arrived, in milliseconds (QKeyEvent::timestamp()).
    std::int64_t timeMs = 0;
    /// Opaque to the assembler: the adapter's handle to replay the key.
    int token = 0;

    static WedgeKey character(QString text, std::int64_t timeMs) { return {Kind::Character, std::move(text), timeMs, 0}; }
    static WedgeKey enter(std::int64_t timeMs) { return {Kind::Enter, {}, timeMs, 0}; }
    static WedgeKey tab(std::int64_t timeMs) { return {Kind::Tab, {}, timeMs, 0}; }
};

/// How the station's scanners are set up. The defaults fit a handheld scanner
/// in USB keyboard mode with an Enter suffix, as shipped by most vendors.
struct WedgeSettings
{
    /// A scanner sends a whole code within a few milliseconds per key; even a
    /// fast typist needs 60 ms or more between keys. Gaps longer than this
    /// end a burst.
    int maxInterKeyMs = 30;
    /// Bursts shorter than this are a person's key roll-over, not a scan.
    int minScanLength = 3;
    /// Longer bursts are noise (a stuck key, a scanner in a loop): discarded.
    int maxScanLength = 1024;
    bool enterTerminates = true;
    bool tabTerminates = true;
    /// When false, a fast burst that falls silent is a scan even without a
    /// terminator (scanners configured with no suffix).
    bool requireTerminator = true;
    /// Configured on the scanner to mark its codes; stripped from the scan.
    /// With a prefix, keys typed just before it are a person's, not the scan's.
    QString prefix;
    QString suffix;
};

/// What a burst of keys turned out to be.
struct WedgeOutput
{
    enum class Kind {
        Scan,     ///< a scanner's code: `text`, with prefix and suffix removed
        Typed,    ///< a person's keys: give `keys` back to whoever has focus
        Discarded ///< longer than maxScanLength: noise, dropped
    };
    Kind kind = Kind::Typed;
    QString text;
    std::vector<WedgeKey> keys;
};

/// Turns a stream of timed key presses into scans, telling a scanner from a
/// person by timing alone: a scan is a fast burst (every gap at most
/// maxInterKeyMs) ended by a terminator. Everything else is given back as
/// typed keys, in order. Pure and single-threaded; the adapter feeds it key
/// events and calls silence() once maxInterKeyMs passed after the last key.
///
/// Limits of timing alone: a key a person presses within maxInterKeyMs of a
/// scan's first key is taken as part of the scan (configure a prefix to
/// separate them), and two scans without a terminator and less than
/// maxInterKeyMs apart are one burst.
class WedgeAssembler
{
public:
    explicit WedgeAssembler(WedgeSettings settings = {});

    /// Feeds one key; returns what the keys before it (and maybe it) became.
    std::vector<WedgeOutput> feed(const WedgeKey& key);
    /// Resolves the pending burst: maxInterKeyMs passed with no key.
    std::vector<WedgeOutput> silence();

    /// True while keys are held back waiting to learn what they are.
    bool hasPending() const { return !m_pending.empty(); }
    const WedgeSettings& settings() const { return m_settings; }

private:
    bool isTerminator(const WedgeKey& key) const;
    void resolve(const WedgeKey* terminator, std::vector<WedgeOutput>& out);
    void emitTyped(std::vector<WedgeKey> keys, std::vector<WedgeOutput>& out) const;

    WedgeSettings m_settings;
    std::vector<WedgeKey> m_pending;
};

} // namespace packdesk::scanning
