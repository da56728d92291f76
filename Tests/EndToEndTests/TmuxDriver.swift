import Foundation
import Testing
import TestSupport

/// Drives the real plandash binary in a real terminal: a detached tmux session on a private
/// server, keys sent with send-keys, the screen read with capture-pane.
final class TmuxDriver {
    /// Whether tmux is installed; tests that need it are skipped (with this reason) when not.
    static let isAvailable: Bool = {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }()
    static let missingReason: Comment = "tmux is not installed: end-to-end terminal tests skipped (apt-get install tmux)"

    private let socket = "plandash-test-\(UUID().uuidString.prefix(8))"
    private let name = "t"

    /// Starts `plandash ARGS` in a W×H terminal; after it exits the pane prints `__EXIT=<status>`
    /// and stays open so the last screen can be read.
    init(width: Int, height: Int, args: [String], env: [String: String] = [:], cwd: URL = TestWorkspace.repo) throws {
        let exports = env.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(separator: " ")
        let command = "\(exports) cd \(Self.quote(cwd.path)) && \(Self.quote(Binary.url.path)) \(args.map(Self.quote).joined(separator: " ")); echo __EXIT=$?; sleep 60"
        // The first call starts the tmux server, which must not inherit a pipe we wait on.
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", command], capture: false)
    }

    /// Starts an interactive shell with job control (`bash -i`, no startup files) in a W×H
    /// terminal, for tests that type their commands at its prompt.
    init(width: Int, height: Int, interactiveShell: String) throws {
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  interactiveShell, "--norc", "--noprofile", "-i"], capture: false)
    }

    /// The plandash binary and `args`, quoted for a shell prompt.
    static func commandLine(_ args: [String]) -> String {
        ([Binary.url.path] + args).map(quote).joined(separator: " ")
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sends keys by tmux name (`Down`, `Enter`, `Escape`, `C-r`) or literal characters.
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", name, key]) }
    }

    /// Types text literally (CJK included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text as a terminal does (bracketed when the program asked for it).
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "paste", "-t", name])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen as text lines.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// A tmux format value of the pane (`#{alternate_on}`, `#{cursor_flag}`, `#{pane_width}`).
    func pane(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits until the screen holds every one of `texts` and has settled (two captures 50 ms
    /// apart agree, so a frame caught half painted is not returned); returns the screen, or nil
    /// after the timeout. Wait for what a test reads, not only for the first row painted.
    @discardableResult
    func waitFor(_ texts: String..., timeout: TimeInterval = 30) throws -> [String]? {
        let end = Date().addingTimeInterval(timeout)
        var previous: [String]?
        repeat {
            let lines = try screen()
            if texts.allSatisfy({ text in lines.contains(where: { $0.contains(text) }) }) {
                if lines == previous { return lines }
                previous = lines
            } else {
                previous = nil
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < end
        return nil
    }

    /// Runs tmux with posix_spawn and waitpid: Foundation's Process waits forever when the
    /// tmux server it starts inherits the descriptors Process watches. The child gets no
    /// descriptor but its three standard ones, no blocked signals and default signal actions,
    /// so a server started here ends on `kill-server` and holds no other test's pipe open.
    @discardableResult
    private func tmux(_ args: [String], capture: Bool = true) throws -> String {
        let argv = ["tmux", "-u", "-L", socket, "-f", "/dev/null"] + args
        var fds: [Int32] = [-1, -1]
        if capture { guard pipe(&fds) == 0 else { throw POSIXError(.EMFILE) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 && fd != fds[1] && fd != fds[0] {
            posix_spawn_file_actions_addclose(&actions, fd)  // an fd closed meanwhile is ignored
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["TMUX"] = nil
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, cArgs, cEnv)
        if capture { close(fds[1]) }
        guard rc == 0 else {
            if capture { close(fds[0]) }
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT)
        }
        var output = Data()
        if capture {
            let reader = FileHandle(fileDescriptor: fds[0], closeOnDealloc: true)
            output = reader.readDataToEndOfFile()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    private static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
