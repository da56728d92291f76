// not messages: developer tool; its output is for developers and README's English benchmark table

import Foundation

/// Starts programs with posix_spawn and waits with waitpid: Foundation's `Process` polls for
/// the child's exit, which would add milliseconds to a process that is being timed.
enum Subprocess {
    /// Runs `path` with `arguments` in this process's environment and returns its exit status;
    /// standard output goes to /dev/null when `quiet`, standard error is shared.
    static func run(_ path: String, _ arguments: [String], quiet: Bool) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet { posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard started == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(started)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("lost \(path): \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS: the low 7 bits are the signal, the next 8 the exit status.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
