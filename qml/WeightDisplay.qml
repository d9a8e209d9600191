import QtQuick
import QtQuick.Layouts
import Packdesk.Backend
// Qualified for the scale: QtQuick has a type named Scale, and it wins.
import Packdesk.Backend as Backend

// The live weight, big enough to read across the bench, with the scale's
// stability and, when the scale is not fine, what is wrong with it.
ColumnLayout {
    spacing: Theme.spacing / 2

    Text {
        objectName: "liveWeight"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.fontHeading * 1.2
        text: Backend.Scale.grams === undefined ? "\u2014" : qsTr("%1 g").arg(Math.round(Backend.Scale.grams))
        color: Backend.Scale.stable ? Theme.text : Theme.border
        font.pixelSize: Theme.fontHuge
        font.bold: true
        fontSizeMode: Text.Fit
        minimumPixelSize: Theme.fontHeading
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: Theme.spacing
        visible: Backend.Scale.status === "ok"

        Rectangle {
            Layout.preferredWidth: Theme.fontLarge
            Layout.preferredHeight: Theme.fontLarge
            radius: width / 2
            color: Backend.Scale.stable ? Theme.green : Theme.amber
        }
        StationText {
            objectName: "stableIndicator"
            text: Backend.Scale.stable ? qsTr("Stable") : qsTr("Settling\u2026")
            font.pixelSize: Theme.fontLarge
        }
    }

    StationText {
        objectName: "scaleStatus"
        Layout.fillWidth: true
        visible: Backend.Scale.status !== "ok"
        text: Labels.scaleStatus(Backend.Scale.status)
        color: Theme.red
        font.pixelSize: Theme.fontLarge
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
    }
    StationText {
        Layout.fillWidth: true
        visible: Backend.Scale.status !== "ok" && Backend.Scale.detail !== ""
        // The device's own words (English) help whoever fixes the scale.
        text: Backend.Scale.detail
        color: Theme.border
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignHCenter
    }
}
