import QtQuick
import QtQuick.Window

// The station window: StationView fills it. Placeholder until the UI lands.
Window {
    width: 1280
    height: 800
    visible: true
    title: "packdesk"
    StationView {
        anchors.fill: parent
    }
}
