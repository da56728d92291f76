import CNcursesw

/// Puts the process in a UTF-8 locale before ncurses starts: the user's locale when it is
/// UTF-8, else `C.UTF-8`. Without it CJK text paints as blanks.
public enum TerminalLocale {
    /// Returns the locale in force afterwards.
    @discardableResult
    public static func setUp() -> String {
        setlocale(LC_ALL, "")
        if !isUTF8() { setlocale(LC_ALL, "C.UTF-8") }
        return String(cString: setlocale(LC_ALL, nil))
    }

    static func isUTF8() -> Bool {
        let codeset = String(cString: nl_langinfo(nl_item(CODESET))).uppercased()
        return codeset == "UTF-8" || codeset == "UTF8"
    }
}
