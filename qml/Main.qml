import QtQuick
import QtQuick.Window

// The station window: StationView fills it. Full screen on the station's
// panel; the size below is for a desktop window while developing.
Window {
    width: 1280
    height: 800
    visible: true
    title: "packdesk"
    color: Theme.background

    StationView {
        anchors.fill: parent
    }
}
