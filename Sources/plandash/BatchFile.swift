import Catalogue
import Foundation
import PlanModel
import PlanStore

/// Reading a batch: a regular file or stdin, whole (it is checked before anything is recorded).
enum BatchFile {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw StoreError(Message.batchIsDirectory(TerminalSafe.text(path)).text())
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StoreError(Message.withReason(.systemReason(of: error)) {
                .batchCannotRead(TerminalSafe.text(path), $0) }.text())
        }
    }
}
