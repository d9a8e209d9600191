import QtQuick
import QtTest
import Packdesk.Station
import Packdesk.Backend

// Badge login, PIN keypad, logout.
Item {
    width: 1280
    height: 800

    StationView {
        id: view
        anchors.fill: parent
    }

    StationTestCase {
        name: "Login"
        view: view

        function test_badgeScanShowsScanOrderScreenAndName() {
            verify(findChild(view, "loginScreen").visible)
            compare(findChild(view, "loginPrompt").text, "Scan your badge")
            scan("P01")
            compare(Station.screen, Station.Screen.ScanOrder)
            verify(findChild(view, "scanOrderScreen").visible)
            verify(!findChild(view, "loginScreen").visible)
            compare(findChild(view, "packerName").text, "Ingrid Bakke")
            compare(findChild(view, "scanOrderPrompt").text, "Scan the packing slip")
            verify(findChild(view, "greeting").text.indexOf("Ingrid Bakke") >= 0)
        }

        function test_leadBadgeAsksForPinOnKeypad() {
            scan("L01")
            verify(Station.pinRequired)
            verify(findChild(view, "pinKeypad").visible)
            compare(findChild(view, "loginPrompt").text, "Enter your PIN")
            for (const digit of "2468")
                click("pinKeypad", "key" + digit)
            click("pinKeypad", "keyOk")
            compare(Station.screen, Station.Screen.ScanOrder)
            compare(findChild(view, "packerName").text, "Zo\u00EB Martin")
        }

        function test_logoutReturnsToLogin() {
            login("P01")
            click("stationView", "logoutButton")
            compare(Station.screen, Station.Screen.Login)
            verify(findChild(view, "loginScreen").visible)
            compare(findChild(view, "packerName").text, "")
        }

        function test_unknownBadgeShowsMessage() {
            scan("NOBODY")
            compare(Station.screen, Station.Screen.Login)
            compare(Station.messageKind, Station.MessageKind.Error)
            verify(findChild(view, "messageBanner").visible)
            compare(findChild(view, "messageText").text, "Badge not known")
        }
    }
}
