pragma Singleton
import QtQuick

// Words for the stable keys the C++ side hands over (checklist questions,
// defect kinds, override and exception reasons, verdicts, scale states).
// The key is shown as it is when there is no translation for it yet.
QtObject {
    function checklistItem(key, fallback) {
        switch (key) {
        case "right_box_size": return qsTr("Right box size")
        case "protection": return qsTr("Items protected")
        case "seal": return qsTr("Box sealed")
        case "card_inserted": return qsTr("Thank-you card inserted")
        case "label_placement": return qsTr("Label flat and visible")
        }
        return fallback || key
    }

    function defectKind(kind) {
        switch (kind) {
        case "box_too_big": return qsTr("Box too big")
        case "box_too_small": return qsTr("Box too small")
        case "protection_missing": return qsTr("Protection missing")
        case "seal_open": return qsTr("Seal open")
        case "tape_torn": return qsTr("Tape torn")
        case "card_missing": return qsTr("Card missing")
        case "label_crooked": return qsTr("Label crooked")
        case "label_covered": return qsTr("Label covered")
        case "other": return qsTr("Other")
        }
        return kind
    }

    function overrideReason(key) {
        switch (key) {
        case "scale_offline": return qsTr("Scale not working")
        case "extra_packaging": return qsTr("Extra packing material")
        case "customer_request": return qsTr("Customer request")
        case "printer_fault": return qsTr("Printer fault")
        case "item_weight_wrong_in_catalog": return qsTr("Item weight wrong in catalogue")
        case "other": return qsTr("Other")
        }
        return key
    }

    function exceptionReason(key) {
        switch (key) {
        case "short_pick": return qsTr("Item missing (short pick)")
        case "damaged_item": return qsTr("Damaged item")
        case "wrong_item": return qsTr("Wrong item in tote")
        }
        return key
    }

    function verdict(key) {
        switch (key) {
        case "pass": return qsTr("Weight OK")
        case "too_light": return qsTr("Too light")
        case "too_heavy": return qsTr("Too heavy")
        case "unknown": return qsTr("Weight unknown")
        }
        return ""
    }

    function scaleStatus(key) {
        switch (key) {
        case "offline": return qsTr("Scale offline")
        case "timeout": return qsTr("Scale not answering")
        case "device_error": return qsTr("Scale reports an error")
        case "garbage": return qsTr("Scale sends unreadable data")
        }
        return key
    }
}
