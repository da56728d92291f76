import CNcursesw
import DashboardCore

/// Turns an ncurses mouse report (`getmouse`) into a `MouseEvent`: button 1 click or double
/// click, and the wheel (buttons 4 and 5).
enum MouseTranslation {
    /// The events the terminal is asked to report (`mousemask`).
    static let mask: mmask_t = pd_button1_clicked() | pd_button1_double_clicked()
        | pd_button4_pressed() | pd_button5_pressed()

    /// Milliseconds between press and release (and between two clicks) that still make a
    /// click (a double click) (`mouseinterval`).
    static let clickInterval: Int32 = 200

    /// The event for a report of `buttons` at column `x`, row `y`; nil for anything else.
    static func event(buttons: mmask_t, x: Int, y: Int) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if buttons & pd_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if buttons & pd_button1_clicked() != 0 {
            kind = .click
        } else if buttons & pd_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & pd_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: x, y: y)
    }
}
