/// Input as the UI core sees it: keys, mouse events and resizes, whatever the backend.
public enum Key: Sendable, Equatable {
    case char(Character)
    /// Ctrl plus a letter (`ctrl("r")` for Ctrl-R).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case function(Int)
    /// Text pasted into the terminal (bracketed paste), control characters already dropped:
    /// fields insert it as text; nothing in it ever acts as a key.
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

/// A mouse event at a cell.
public struct MouseEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case click, doubleClick, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
