// store_crash_child <database> <station> <order code> <barcode>
//
// Packs one order with the real PackSession and SqliteOrderStore the way the
// packing service does (decide, store, then apply), scanning the same barcode
// again and again. After each scan is committed it prints the session's total
// scanned count on its own line and flushes, so the parent knows what is on
// disk for certain when it kills this process. Resumes the station's open
// session if there is one.

#include "core/packsession.h"
#include "store/sqliteorderstore.h"

#include <QDateTime>
#include <cstdio>

using namespace packdesk;
using packdesk::store::SqliteOrderStore;

namespace {
int fail(const char* step, const Error& error)
{
    std::fprintf(stderr, "%s: %s: %s\n", step, qPrintable(error.code), qPrintable(error.message));
    return 1;
}

OrderStatus orderStatusFor(PackState state)
{
    switch (state) {
    case PackState::Packed:
        return OrderStatus::Packed;
    case PackState::Exception:
        return OrderStatus::Exception;
    case PackState::Cancelled:
        return OrderStatus::Ready;
    default:
        return OrderStatus::Packing;
    }
}
} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: %s <database> <station> <order code> <barcode>\n", argv[0]);
        return 2;
    }
    const QString station = QString::fromLocal8Bit(argv[2]);
    const QString packer = QStringLiteral("P-crash");
    const QString barcode = QString::fromLocal8Bit(argv[4]);

    auto store = SqliteOrderStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store)
        return fail("open", store.error());
    auto active = store.value()->activeSession(station);
    if (!active)
        return fail("active session", active.error());
    OpenedSession opened;
    if (active.value()) {
        opened = std::move(*active.value());
    } else {
        auto claimed = store.value()->openSession(QString::fromLocal8Bit(argv[3]), {station, packer},
                                                  QDateTime::currentMSecsSinceEpoch());
        if (!claimed)
            return fail("open session", claimed.error());
        opened = std::move(claimed.value());
    }
    PackSession session =
        PackSession::replay(opened.order, opened.settings,
                            {opened.sessionId, station, packer, opened.startedAtMs}, opened.history);

    while (!session.allItemsScanned()) {
        auto decided = session.scanItem(barcode, QDateTime::currentMSecsSinceEpoch());
        if (!decided)
            return fail("scan", decided.error());
        PackSession next = session;
        next.apply(decided.value());
        const SessionUpdate update{next.state(), orderStatusFor(next.state()), isTerminal(next.state())};
        if (auto stored = store.value()->appendToSession(opened.sessionId, decided.value(), update); !stored)
            return fail("append", stored.error());
        session = std::move(next);
        std::printf("%d\n", session.totalScanned());
        std::fflush(stdout);
    }
    return 0;
}
