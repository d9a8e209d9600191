import QtQuick

// Every screen of the station, chosen by Station.screen. Placeholder.
Item {
}
