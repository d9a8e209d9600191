import QtQuick
import QtQuick.Layouts

// On-screen numeric keypad: gloves cannot type, so PINs and manual weights
// are tapped in. Holds only the digits being entered; what they mean is up
// to whoever reads `value` (or listens to accepted()).
ColumnLayout {
    id: keypad

    property string value: ""
    property bool masked: false
    property int maxLength: 8
    property string placeholder: ""
    property bool showAccept: true
    // A tick, not a word: it fits a square key in every language.
    property string acceptText: "\u2713"
    // Shown after the digits, e.g. " g" for a weight.
    property string unit: ""

    signal accepted(string value)

    function clear() { value = "" }

    // Layouts stretch a nested layout by default; a keypad keeps its size.
    Layout.fillWidth: false
    spacing: Theme.spacing

    // Not a touch target, so it may be lower than the keys.
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.round(Theme.touch * 0.75)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2

        Text {
            objectName: "keypadDisplay"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: keypad.value === "" ? keypad.placeholder
                : (keypad.masked ? "\u25CF".repeat(keypad.value.length) : keypad.value) + keypad.unit
            color: keypad.value === "" ? Theme.border : Theme.text
            font.pixelSize: Theme.fontLarge
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontMinimum
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }

    GridLayout {
        columns: 3
        rowSpacing: Theme.spacing / 2
        columnSpacing: Theme.spacing / 2
        Layout.alignment: Qt.AlignHCenter

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
            delegate: KeypadKey {
                objectName: "key" + modelData
                text: modelData
                onClicked: if (keypad.value.length < keypad.maxLength) keypad.value += modelData
            }
        }
        KeypadKey {
            objectName: "keyBack"
            text: "\u232B"
            color: Theme.border
            onClicked: keypad.value = keypad.value.slice(0, -1)
        }
        KeypadKey {
            objectName: "key0"
            text: "0"
            onClicked: if (keypad.value.length < keypad.maxLength) keypad.value += "0"
        }
        KeypadKey {
            objectName: "keyOk"
            visible: keypad.showAccept
            text: keypad.acceptText
            color: Theme.green
            enabled: keypad.value !== ""
            onClicked: keypad.accepted(keypad.value)
        }
    }
}
