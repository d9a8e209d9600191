#pragma once

// Shared by the device integration tests: a Qt application object for the
// signal deliveries, waiting on a condition, and profiles for loopback.

#include "devices/deviceprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace packdesk::devices::testsupport {

/// Queued signals (ScaleMonitor::statusChanged) need an application object in
/// the test's thread. One for the whole binary, never destroyed: tests in
/// any order and any subset must find it.
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "devices_integration_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

/// Processes events until `condition` holds or `timeoutMs` passed; returns
/// whether it held. Condition-based, so a slow machine only takes longer.
inline bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (condition())
            return true;
        if (clock.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(5);
    }
}

/// Processes events for `ms` (for windows in which something must NOT happen).
inline void pumpFor(int ms)
{
    waitFor([] { return false; }, ms);
}

/// A scale on 127.0.0.1:`port` with the weight as int32 ABCD grams at holding
/// register 0 and no stable flag; tests change what they exercise.
inline ScaleProfile loopbackScale(int port)
{
    ScaleProfile profile;
    profile.name = QStringLiteral("test scale");
    profile.endpoint.host = QStringLiteral("127.0.0.1");
    profile.endpoint.port = port;
    profile.endpoint.unitId = 1;
    profile.endpoint.responseTimeoutMs = 150;
    profile.weight.area = ModbusArea::HoldingRegister;
    profile.weight.address = 0;
    profile.weight.type = ValueType::Int32;
    profile.weight.scale = 1.0;
    profile.weight.unit = WeightUnit::Gram;
    profile.pollHz = 10;
    return profile;
}

} // namespace packdesk::devices::testsupport
