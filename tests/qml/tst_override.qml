import QtQuick
import QtTest
import Packdesk.Station
import Packdesk.Backend
import Packdesk.Testing

// A lead approves a failed weight: badge scan in the dialog, PIN on the
// keypad, a reason; with the scale down, a weight typed in by hand.
Item {
    width: 1280
    height: 800

    StationView {
        id: view
        anchors.fill: parent
    }

    StationTestCase {
        name: "Override"
        view: view

        function approveAsLead(reason) {
            click("leadBanner", "overrideButton")
            verify(Station.overrideDialogOpen)
            verify(findChild(view, "overrideDialog").visible)
            scan("L01")
            compare(Station.overrideLeadBadge, "L01")
            verify(findChild(view, "overridePinKeypad").visible)
            for (const digit of "2468")
                click("overridePinKeypad", "key" + digit)
            click("overrideDialog", "reason_" + reason)
        }

        function test_leadOverridesTooHeavyParcel() {
            login("P01")
            // AC-9002: one desk lamp.
            openAndScan("AC-9002", ["081234500108"])
            click("weighScreen", "box_L")
            TestScale.setWeight(Station.expectedGrams + 500, true)
            click("weighScreen", "recordWeightButton")
            compare(Station.weightVerdict, "too_heavy")
            compare(Station.screen, Station.Screen.Weigh)
            verify(Station.awaitingOverride)
            verify(findChild(view, "leadBanner").visible)

            approveAsLead("extra_packaging")
            // The scale works: no weight by hand.
            verify(!findChild(view, "manualWeightKeypad").visible)
            click("overrideDialog", "approveOverrideButton")
            compare(Station.messageKind !== Station.MessageKind.Error, true, Station.messageCode)
            verify(!Station.overrideDialogOpen)
            verify(!findChild(view, "overrideDialog").visible)
            verify(!Station.awaitingOverride)
            compare(Station.screen, Station.Screen.Quality)
        }

        function test_manualWeightWhenScaleOffline() {
            login("P01")
            // AC-9004: lunchbox and glass set.
            openAndScan("AC-9004", ["081234500313", "081234500405"])
            click("weighScreen", "box_M")
            TestScale.setOffline()
            verify(findChild(view, "scaleStatus").visible)
            compare(findChild(view, "scaleStatus").text, "Scale offline")
            verify(!findChild(view, "recordWeightButton").enabled)
            click("weighScreen", "scaleFailedButton")
            compare(Station.weightVerdict, "unknown")
            verify(Station.awaitingOverride)

            approveAsLead("scale_offline")
            verify(findChild(view, "manualWeightKeypad").visible)
            for (const digit of String(Station.expectedGrams))
                click("manualWeightKeypad", "key" + digit)
            click("overrideDialog", "approveOverrideButton")
            compare(Station.messageKind !== Station.MessageKind.Error, true, Station.messageCode)
            verify(!Station.overrideDialogOpen)
            compare(Station.screen, Station.Screen.Quality)
        }

        function test_wrongLeadPinKeepsDialogOpen() {
            login("P01")
            // AC-9001: two cables, one phone stand.
            openAndScan("AC-9001", ["081234500016", "081234500016", "081234500023"])
            click("weighScreen", "box_S")
            TestScale.setWeight(Station.expectedGrams - 300, true)
            click("weighScreen", "recordWeightButton")
            compare(Station.weightVerdict, "too_light")
            click("leadBanner", "overrideButton")
            scan("L01")
            for (const digit of "1111")
                click("overridePinKeypad", "key" + digit)
            click("overrideDialog", "reason_customer_request")
            click("overrideDialog", "approveOverrideButton")
            compare(Station.messageKind, Station.MessageKind.Error)
            compare(findChild(view, "overrideMessage").text, "Wrong PIN")
            verify(Station.overrideDialogOpen)
            verify(Station.awaitingOverride)
            click("overrideDialog", "cancelOverrideButton")
            verify(!Station.overrideDialogOpen)
        }
    }
}
