pragma Singleton
import QtQuick
import Packdesk.Backend

// Words for StationController.messageCode. Codes are stable (C++, tests);
// the words are what the packer reads, in their language. An unknown code
// falls back to the English detail the C++ side sent along.
QtObject {
    function text(code, detail) {
        switch (code) {
        case "": return ""
        // Item scans
        case "wrong_item": return qsTr("Wrong item: not on this order")
        case "unknown_code": return qsTr("Unknown barcode")
        case "surplus": return qsTr("Too many: this item is already complete")
        case "scan_empty": return qsTr("Empty scan: scan again")
        case "gs1_check_digit": return qsTr("Barcode damaged: check digit wrong")
        case "gs1_truncated":
        case "gs1_missing_separator":
        case "gs1_bad_character":
        case "gs1_bad_date":
        case "gs1_unknown_ai": return qsTr("Barcode not readable: scan again")
        // Orders
        case "order_claimed": return qsTr("Order is being packed at another station")
        case "order_not_found": return qsTr("Order not found")
        case "order_not_packable": return qsTr("Order cannot be packed (already packed?)")
        case "order_ambiguous": return qsTr("Order number found in several shops")
        case "session_open": return qsTr("Finish the open order first")
        case "session_ended":
        case "no_session": return qsTr("No order open")
        // People
        case "not_logged_in": return qsTr("Scan your badge first")
        case "unknown_badge": return qsTr("Badge not known")
        case "wrong_pin": return qsTr("Wrong PIN")
        case "pin_required": return qsTr("Enter your PIN")
        case "pin_not_expected": return qsTr("Scan your badge first")
        case "not_a_lead": return qsTr("This badge is not a lead's")
        case "lead_required": return qsTr("A lead must approve this")
        // Weighing
        case "box_required": return qsTr("Choose a box first")
        case "unknown_box": return qsTr("Unknown box")
        case "scale_unstable": return qsTr("Wait until the weight is stable")
        case "invalid_weight": return qsTr("Weight not valid")
        case "weight_too_light": return qsTr("Parcel too light: check the items")
        case "weight_too_heavy": return qsTr("Parcel too heavy: check the items")
        case "weight_unknown": return qsTr("No stable weight: a lead must approve")
        // Overrides, exceptions, quality
        case "reason_required": return qsTr("Choose a reason")
        case "override_not_applicable": return qsTr("Nothing to approve")
        case "manual_weight_not_applicable": return qsTr("Manual weight only when the scale is down")
        case "nothing_missing": return qsTr("Nothing is missing: all items scanned")
        case "quality_incomplete": return qsTr("Answer every question first")
        case "quality_defects": return qsTr("Packaging defects: a lead must approve")
        case "photo_unreadable": return qsTr("Photo could not be saved")
        // Printing and the station
        case "print_failed": return qsTr("Printing failed")
        case "printer_unavailable": return qsTr("No printer connected")
        case "nothing_to_print": return qsTr("Nothing to print")
        case "nothing_to_reprint": return qsTr("Nothing to print again")
        case "documents_reprinted": return qsTr("Card and label printed again")
        // The printer's own reasons (IPP printer-state-reasons)
        case "media-empty": return qsTr("Printer out of paper: load labels")
        case "media-jam": return qsTr("Paper jam: open the printer")
        case "offline": return qsTr("Printer offline: check cable and power")
        case "paused": return qsTr("Printer paused: call a lead")
        case "printer_not_accepting": return qsTr("Printer refuses jobs: call a lead")
        case "printer_not_found": return qsTr("Printer not set up: call a lead")
        case "cups_unreachable": return qsTr("Print server not running: call a lead")
        case "print_slow": return qsTr("Printer still busy: check it is printing")
        // The shop's card or label cannot be made: a lead fixes the template or the order
        case "missing_field": return qsTr("Card or label lacks order data: call a lead")
        case "template_invalid":
        case "template_missing":
        case "unknown_field":
        case "bad_placeholder": return qsTr("Shop's card template has an error: call a lead")
        case "card_overflow": return qsTr("Card text too long to print: call a lead")
        case "store_unavailable": return qsTr("Database not available: call a lead")
        case "unknown_exception_reason": return qsTr("Unknown problem type")
        // How an order ended (also Station.doneCode)
        case "order_packed": return qsTr("Order packed")
        case "order_cancelled": return qsTr("Order given back")
        case "exception_short_pick": return qsTr("Exception: item missing")
        case "exception_damaged_item": return qsTr("Exception: damaged item")
        case "exception_wrong_item": return qsTr("Exception: wrong item")
        case "session_resumed": return qsTr("Open order resumed")
        case "illegal_transition": return qsTr("Not possible at this step")
        case "station_busy": return qsTr("Station busy: try again")
        case "storage": return qsTr("Could not save: call a lead")
        }
        // A code without words yet: the detail is better than nothing.
        return detail ? qsTr("Problem: %1").arg(detail) : qsTr("Problem: %1").arg(code)
    }
}
