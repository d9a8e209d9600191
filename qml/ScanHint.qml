import QtQuick

// A large barcode-like picture: tells the packer "scan now" without words.
Item {
    implicitHeight: Theme.touch * 2

    Row {
        anchors.centerIn: parent
        height: Math.min(parent.height, Theme.touch * 2)
        spacing: Math.round(6 * Theme.factor)
        Repeater {
            model: [3, 1, 2, 1, 3, 2, 1, 1, 3, 1, 2, 3, 1, 2, 1, 3]
            delegate: Rectangle {
                width: modelData * Math.round(5 * Theme.factor)
                height: parent.height
                color: Theme.primary
            }
        }
    }
}
