import QtQuick

// Body text: wraps instead of running out of its box, because the same
// words are up to a third longer in German and Dutch.
Text {
    color: Theme.text
    font.pixelSize: Theme.fontBase
    wrapMode: Text.WordWrap
}
