pragma Singleton
import QtQuick

// Sizes and colours for a touchscreen used with gloves at arm's length.
// Everything is specified for 1280x800 and grows with the window height, so
// a 1920x1080 panel keeps the same physical proportions (15 mm targets).
QtObject {
    // StationView binds this to its height.
    property real windowHeight: 800
    readonly property real factor: Math.max(0.75, windowHeight / 800)

    readonly property int touch: Math.round(96 * factor)        // minimum touch target
    readonly property int touchLarge: Math.round(128 * factor)  // the screen's main action
    readonly property int spacing: Math.round(16 * factor)
    readonly property int margin: Math.round(24 * factor)
    readonly property int radius: Math.round(12 * factor)

    readonly property int fontSmall: Math.round(22 * factor)
    readonly property int fontBase: Math.round(28 * factor)
    readonly property int fontLarge: Math.round(36 * factor)
    readonly property int fontHeading: Math.round(44 * factor)
    readonly property int fontHuge: Math.round(120 * factor)    // the live weight
    // Fitted text never shrinks below this: still readable at arm's length.
    readonly property int fontMinimum: Math.round(18 * factor)

    readonly property color background: "#ffffff"
    readonly property color text: "#111111"
    readonly property color textOnDark: "#ffffff"
    readonly property color primary: "#0d2c6b"     // dark blue
    readonly property color primaryPressed: "#081b42"
    readonly property color surface: "#eef1f6"
    readonly property color border: "#5a6478"
    readonly property color disabled: "#b8bec9"
    readonly property color green: "#0a7d32"
    readonly property color red: "#c62828"
    readonly property color amber: "#e69500"
}
