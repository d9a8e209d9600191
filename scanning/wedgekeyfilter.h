#pragma once

#include "wedgeassembler.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

class QKeyEvent;

namespace packdesk::scanning {

/// Listens to the key events of one window and lifts keyboard-wedge scans
/// out of them, so a scan works wherever focus is and never lands in a text
/// field. Install it on the top-level window (not the application: Qt Quick
/// hands one key event to several items, and each must count once).
///
/// Keys are held back for at most WedgeSettings::maxInterKeyMs while it is
/// not yet known whether they are a scan; a person's keys are then replayed
/// to the window in order, so typing still works.
class WedgeKeyFilter : public QObject
{
    Q_OBJECT
public:
    explicit WedgeKeyFilter(WedgeSettings settings = {}, QObject* parent = nullptr);
    ~WedgeKeyFilter() override;

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// A complete scan, prefix and suffix removed; feed it to interpretScan().
    void scanned(const QString& text);
    /// A burst longer than maxScanLength was dropped (a stuck key, a looping scanner).
    void noiseDiscarded(int keyCount);

private:
    WedgeKey toWedgeKey(const QKeyEvent& event);
    void dispatch(std::vector<WedgeOutput> outputs);
    void replay(const WedgeKey& key);
    void forget(const std::vector<WedgeKey>& keys);

    struct HeldKey
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QKeyEvent> event;
    };

    WedgeAssembler m_assembler;
    QTimer m_silence;
    QElapsedTimer m_clock;
    std::map<int, HeldKey> m_held;
    int m_nextToken = 1;
    bool m_replaying = false;
};

} // namespace packdesk::scanning
