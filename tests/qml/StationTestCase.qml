import QtQuick
import QtTest
import Packdesk.Backend
import Packdesk.Testing

// A TestCase with the station's helpers: every command runs on the worker
// thread, so each step waits for Station.busy to fall before looking.
// init() brings the station back to the login screen in English, so test
// functions never depend on each other (they run alphabetically).
TestCase {
    id: testCase

    // The StationView under test.
    property Item view

    when: windowShown

    SignalSpy {
        id: finished
        target: Station
        signalName: "commandFinished"
    }

    function init() {
        TestScale.resetStation()
        settle()
        Station.dismissMessage()
        Language.language = "en"
        compare(Station.screen, Station.Screen.Login, "init: back on the login screen")
    }

    // Waits until every queued command's result is on screen.
    function settle() {
        tryCompare(Station, "busy", false, 10000)
        // Layouts position their items on the next polish.
        wait(30)
    }

    function scan(code) {
        Station.submitScan(code)
        settle()
    }

    function screenItem(screenName) {
        const screen = view.objectName === screenName ? view : findChild(view, screenName)
        verify(screen, "no item named " + screenName)
        return screen
    }

    // Clicks the visible, enabled button `name` inside `parentName`.
    function click(parentName, name) {
        const button = findChild(screenItem(parentName), name)
        verify(button, "no button " + name + " in " + parentName)
        tryCompare(button, "visible", true, 2000)
        tryCompare(button, "enabled", true, 2000)
        mouseClick(button)
        settle()
    }

    function login(badge) {
        scan(badge)
        compare(Station.messageKind !== Station.MessageKind.Error, true, "login: " + Station.messageCode)
        tryCompare(Station, "screen", Station.Screen.ScanOrder)
    }

    // Opens the order and scans every barcode given (one per piece).
    function openAndScan(order, barcodes) {
        scan(order)
        compare(Station.messageCode === "" || Station.messageKind !== Station.MessageKind.Error, true,
                "open " + order + ": " + Station.messageCode)
        compare(Station.screen, Station.Screen.Verify)
        for (let i = 0; i < barcodes.length; ++i) {
            scan(barcodes[i])
            compare(Station.messageKind !== Station.MessageKind.Error, true,
                    "scan " + barcodes[i] + ": " + Station.messageCode)
        }
    }
}
