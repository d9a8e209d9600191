import QtQuick
import QtQuick.Layouts

// One key of the Keypad: a square glove-sized target.
BigButton {
    Layout.preferredWidth: Theme.touch
    Layout.preferredHeight: Theme.touch
    font.pixelSize: Theme.fontLarge
}
