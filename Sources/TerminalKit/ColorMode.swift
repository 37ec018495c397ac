/// How many colours the terminal can show, which decides how `Style` turns
/// into SGR parameters.
public enum ColorMode: Equatable, Sendable {
    /// No escape sequences at all: pipes, `NO_COLOR`, `TERM=dumb`.
    case none
    /// The 16 basic ANSI colours (SGR 30–37, 90–97 and backgrounds).
    case ansi16
    /// The xterm 256-colour palette (SGR `38;5;n` / `48;5;n`).
    case ansi256

    /// Picks a colour mode from the environment, in this order:
    /// 1. `NO_COLOR` set to anything non-empty → `.none` (https://no-color.org).
    /// 2. `FORCE_COLOR` or `CLICOLOR_FORCE` set and not `0` → colour even
    ///    without a TTY; `FORCE_COLOR=0` → `.none`.
    /// 3. not a TTY → `.none`.
    /// 4. `TERM` unset, empty or `dumb` → `.none`.
    /// 5. `COLORTERM` is `truecolor`/`24bit`, or `TERM` mentions `256color` → `.ansi256`.
    /// 6. otherwise `.ansi16`.
    public static func detect(environment: [String: String], isTTY: Bool) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let force = environment["FORCE_COLOR"] ?? environment["CLICOLOR_FORCE"]
        if force == "0" { return .none }
        let forced = force != nil
        if !isTTY && !forced { return .none }
        let term = environment["TERM"] ?? ""
        if (term.isEmpty || term == "dumb") && !forced { return .none }
        let colorterm = (environment["COLORTERM"] ?? "").lowercased()
        if colorterm == "truecolor" || colorterm == "24bit" || term.contains("256color") {
            return .ansi256
        }
        return .ansi16
    }
}

/// Locale facts that change what the tutor may print.
public enum LocaleSupport {
    /// True when the effective character encoding is UTF-8. Like `setlocale`,
    /// the first non-empty of `LC_ALL`, `LC_CTYPE` and `LANG` wins; a missing
    /// locale means "C", which is ASCII.
    public static func isUTF8(environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8")
        }
        return false
    }

    /// True when box-drawing characters and symbols such as `✓` should be
    /// replaced by ASCII (`+-|`, `v`).
    public static func prefersASCII(environment: [String: String]) -> Bool {
        !isUTF8(environment: environment)
    }
}
