#include "wedgekeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace packdesk::scanning {

WedgeKeyFilter::WedgeKeyFilter(WedgeSettings settings, QObject* parent)
    : QObject(parent), m_assembler(std::move(settings))
{
    m_silence.setSingleShot(true);
    m_silence.setTimerType(Qt::PreciseTimer);
    // One millisecond more than the gap, so the silence is really longer.
    m_silence.setInterval(m_assembler.settings().maxInterKeyMs + 1);
    connect(&m_silence, &QTimer::timeout, this, [this] { dispatch(m_assembler.silence()); });
    m_clock.start();
}

WedgeKeyFilter::~WedgeKeyFilter() = default;

bool WedgeKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);

    auto* keyEvent = static_cast<QKeyEvent*>(event);
    WedgeKey key = toWedgeKey(*keyEvent);
    key.token = m_nextToken++;
    m_held.emplace(key.token, HeldKey{watched, std::unique_ptr<QKeyEvent>(static_cast<QKeyEvent*>(keyEvent->clone()))});

    dispatch(m_assembler.feed(key));
    if (m_assembler.hasPending())
        m_silence.start();
    else
        m_silence.stop();
    // Every key is either held (pending), replayed, or part of a scan: the
    // original event never reaches the window directly.
    return true;
}

WedgeKey WedgeKeyFilter::toWedgeKey(const QKeyEvent& event)
{
    WedgeKey key;
    // Synthetic events (tests, input methods) may carry no timestamp.
    key.timeMs = event.timestamp() != 0 ? static_cast<std::int64_t>(event.timestamp()) : m_clock.elapsed();
    const int qtKey = event.key();
    const Qt::KeyboardModifiers chord = event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const QString text = event.text();
    // Scanners send FNC1 as GS, which a keyboard produces as Ctrl+].
    const bool isGroupSeparator = text == QStringView(u"\x1d");

    if (event.isAutoRepeat())
        key.kind = WedgeKey::Kind::Other; // a person holding a key down
    else if (qtKey == Qt::Key_Return || qtKey == Qt::Key_Enter)
        key.kind = WedgeKey::Kind::Enter;
    else if (qtKey == Qt::Key_Tab && chord == Qt::NoModifier)
        key.kind = WedgeKey::Kind::Tab;
    else if (!text.isEmpty() && (isGroupSeparator || (chord == Qt::NoModifier && text.at(0).isPrint())))
        key.kind = WedgeKey::Kind::Character;
    else
        key.kind = WedgeKey::Kind::Other;
    if (key.kind == WedgeKey::Kind::Character)
        key.text = text;
    return key;
}

void WedgeKeyFilter::dispatch(std::vector<WedgeOutput> outputs)
{
    for (WedgeOutput& output : outputs) {
        switch (output.kind) {
        case WedgeOutput::Kind::Typed:
            for (const WedgeKey& key : output.keys)
                replay(key);
            break;
        case WedgeOutput::Kind::Scan:
            forget(output.keys);
            Q_EMIT scanned(output.text);
            break;
        case WedgeOutput::Kind::Discarded:
            forget(output.keys);
            Q_EMIT noiseDiscarded(static_cast<int>(output.keys.size()));
            break;
        }
    }
    // Once nothing is pending every held key was replayed, scanned or
    // dropped; a scan's terminator is in no output, so clear what is left.
    if (!m_assembler.hasPending())
        m_held.clear();
}

void WedgeKeyFilter::replay(const WedgeKey& key)
{
    auto held = m_held.find(key.token);
    if (held == m_held.end())
        return;
    if (held->second.receiver) {
        m_replaying = true;
        QCoreApplication::sendEvent(held->second.receiver, held->second.event.get());
        m_replaying = false;
    }
    m_held.erase(held);
}

void WedgeKeyFilter::forget(const std::vector<WedgeKey>& keys)
{
    for (const WedgeKey& key : keys)
        m_held.erase(key.token);
}

} // namespace packdesk::scanning
