import QtQuick
import QtQuick.Layouts
import Packdesk.Backend

// Today's figures for a fulfilment lead (LeadStats): badge (scanned, or its
// number on the keypad) and PIN first, then this station and the warehouse
// side by side, the top packers and the packaging defects. It locks itself
// after two minutes without a touch and when a packer logs in.
Dialog {
    id: dialog
    objectName: "leadStatsDialog"

    visible: LeadStats.open
    title: LeadStats.unlocked ? qsTr("Today, for %1").arg(LeadStats.leadName) : qsTr("Lead view")

    function messageText(code) {
        switch (code) {
        case "": return ""
        case "lead_access_denied": return qsTr("Badge or PIN not accepted for the lead view")
        case "lead_check_failed": return qsTr("The badge could not be checked: try again")
        case "stats_unavailable": return qsTr("The figures are not available right now")
        }
        return code
    }

    // Every opening starts empty: no digits of the last lead are kept.
    onVisibleChanged: {
        badgePad.clear()
        pinPad.clear()
    }

    // Any touch in the dialog keeps it open; the buttons still get their taps.
    PointHandler {
        onActiveChanged: if (active) LeadStats.touch()
    }

    // Locked: who is asking.
    RowLayout {
        objectName: "leadStatsLogin"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: !LeadStats.unlocked
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            StationText {
                objectName: "leadStatsPrompt"
                Layout.fillWidth: true
                text: LeadStats.badge === "" ? qsTr("Scan your lead badge or type its number")
                                             : qsTr("Badge %1: enter your PIN").arg(LeadStats.badge)
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            ScanHint {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: LeadStats.badge === ""
            }
            Item {
                Layout.fillHeight: true
                visible: LeadStats.badge !== ""
            }
            Text {
                objectName: "leadStatsMessage"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                text: LeadStats.busy ? qsTr("Checking\u2026") : dialog.messageText(LeadStats.messageCode)
                color: LeadStats.busy ? Theme.text : Theme.red
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                fontSizeMode: Text.Fit
                minimumPixelSize: Theme.fontMinimum
                verticalAlignment: Text.AlignVCenter
            }
        }

        Keypad {
            id: badgePad
            objectName: "leadBadgeKeypad"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.touch * 3.4
            visible: LeadStats.badge === ""
            maxLength: 12
            placeholder: qsTr("Badge")
            onAccepted: function(value) {
                LeadStats.submitBadge(value)
                clear()
            }
        }
        Keypad {
            id: pinPad
            objectName: "leadPinKeypad"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.touch * 3.4
            visible: LeadStats.badge !== ""
            enabled: !LeadStats.busy
            masked: true
            placeholder: qsTr("PIN")
            onAccepted: function(value) {
                LeadStats.unlock(LeadStats.badge, value)
                clear()
            }
        }
    }

    // Unlocked: the figures.
    RowLayout {
        objectName: "leadStatsFigures"
        Layout.fillWidth: true
        Layout.fillHeight: true
        visible: LeadStats.unlocked
        spacing: Theme.margin

        LeadFiguresTable {
            objectName: "leadFiguresTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 5
            station: LeadStats.stationFigures
            warehouse: LeadStats.warehouseFigures
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 4
            spacing: Math.round(Theme.spacing / 2)

            StationText {
                Layout.fillWidth: true
                text: qsTr("Top packers today (warehouse)")
                color: Theme.primary
                font.bold: true
            }
            LeadPackersTable {
                objectName: "leadPackersTable"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 3
                packers: LeadStats.packers
            }
            StationText {
                Layout.fillWidth: true
                text: qsTr("Packaging defects today")
                color: Theme.primary
                font.bold: true
            }
            LeadDefectsList {
                objectName: "leadDefectsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredHeight: 1.5
                defects: LeadStats.topDefects
            }
            StationText {
                objectName: "leadWebhookLine"
                Layout.fillWidth: true
                text: qsTr("Shop updates: median delay %1, undelivered %2")
                          .arg(LeadStats.webhookLag).arg(LeadStats.deadLetters)
                font.pixelSize: Theme.fontSmall
                color: LeadStats.deadLetters > 0 ? Theme.red : Theme.text
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touch
        Layout.fillHeight: false
        spacing: Theme.spacing

        BigButton {
            objectName: "closeLeadStatsButton"
            Layout.preferredWidth: Theme.touch * 3
            text: LeadStats.unlocked ? qsTr("Lock and close") : qsTr("Close")
            color: Theme.border
            onClicked: LeadStats.closeDialog()
        }
        BigButton {
            objectName: "otherBadgeButton"
            Layout.preferredWidth: Theme.touch * 3
            visible: !LeadStats.unlocked && LeadStats.badge !== ""
            text: qsTr("Other badge")
            color: Theme.border
            onClicked: {
                pinPad.clear()
                LeadStats.clearBadge()
            }
        }
        Text {
            objectName: "leadStatsStatus"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: LeadStats.unlocked
            text: LeadStats.busy ? qsTr("Loading\u2026")
                : LeadStats.messageCode !== "" ? dialog.messageText(LeadStats.messageCode)
                : qsTr("As of %1").arg(LeadStats.updatedAt)
            color: LeadStats.messageCode !== "" ? Theme.red : Theme.text
            font.pixelSize: Theme.fontBase
            wrapMode: Text.WordWrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontMinimum
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        Item {
            Layout.fillWidth: true
            visible: !LeadStats.unlocked
        }
        BigButton {
            objectName: "refreshLeadStatsButton"
            Layout.preferredWidth: Theme.touch * 3
            visible: LeadStats.unlocked
            enabled: !LeadStats.busy
            text: qsTr("Refresh")
            color: Theme.primary
            onClicked: LeadStats.refresh()
        }
    }
}
