import QtQuick
import QtTest
import Packdesk.Station
import Packdesk.Backend

// The lead view on the login screen: the Lead button, a badge, the PIN on
// the keypad, the figures; a packer's badge is refused; closing locks.
Item {
    width: 1280
    height: 800

    StationView {
        id: view
        anchors.fill: parent
    }

    StationTestCase {
        name: "LeadStats"
        view: view

        function cleanup() {
            LeadStats.lock()
        }

        function waitForLeadStats() {
            tryCompare(LeadStats, "busy", false, 10000)
            wait(30)
        }

        function typePin(pin) {
            for (const digit of pin)
                click("leadPinKeypad", "key" + digit)
            click("leadPinKeypad", "keyOk")
            waitForLeadStats()
        }

        function test_leadSeesTodaysFigures() {
            click("loginScreen", "leadStatsButton")
            verify(LeadStats.open)
            verify(findChild(view, "leadStatsDialog").visible)
            verify(findChild(view, "leadBadgeKeypad").visible)
            // The wedge routes scans here while the dialog is open (stationapp.cpp).
            LeadStats.submitBadge("L01")
            compare(LeadStats.badge, "L01")
            verify(findChild(view, "leadPinKeypad").visible)
            typePin("2468")
            verify(LeadStats.unlocked, LeadStats.messageCode)
            verify(findChild(view, "leadStatsFigures").visible)
            verify(!findChild(view, "leadStatsLogin").visible)
            verify(findChild(view, "leadFiguresTable").visible)
            verify(findChild(view, "refreshLeadStatsButton").visible)

            click("leadStatsDialog", "refreshLeadStatsButton")
            waitForLeadStats()
            verify(LeadStats.unlocked)

            click("leadStatsDialog", "closeLeadStatsButton")
            verify(!LeadStats.open)
            verify(!LeadStats.unlocked)
            verify(!findChild(view, "leadStatsDialog").visible)
            compare(Station.screen, Station.Screen.Login)
        }

        function test_packerIsRefused() {
            click("loginScreen", "leadStatsButton")
            LeadStats.submitBadge("P02")
            typePin("1357")
            verify(!LeadStats.unlocked)
            compare(LeadStats.messageCode, "lead_access_denied")
            verify(findChild(view, "leadStatsMessage").text !== "")
            click("leadStatsDialog", "otherBadgeButton")
            compare(LeadStats.badge, "")
            verify(findChild(view, "leadBadgeKeypad").visible)
        }

        function test_badgeNumberOnTheKeypad() {
            click("loginScreen", "leadStatsButton")
            for (const digit of "42")
                click("leadBadgeKeypad", "key" + digit)
            click("leadBadgeKeypad", "keyOk")
            compare(LeadStats.badge, "42")
            compare(findChild(view, "leadStatsPrompt").text, "Badge 42: enter your PIN")
        }
    }
}
