import Catalogue
import Foundation
import PlanModel

/// Why sharing a plans folder could not go on. Every case words itself through the catalogue;
/// text from git or from files is made terminal-safe.
public enum SharingError: Error, Sendable, Equatable {
    /// No `git` on the PATH.
    case gitMissing
    /// A git command failed; `output` is what git said.
    case gitFailed(command: String, output: String)
    /// The folder is not under git: `plandash init` makes it so.
    case notARepository(folder: String)
    /// The folder does not exist or is not a folder.
    case notAFolder(path: String)
    /// The repository's attributes give journals or plan files another merge or text rule.
    case attributesConflict(path: String, attribute: String, value: String)
    /// The folder's journals would not be merged line by line (no `merge=union`): `plandash init` sets it.
    case journalsNotUnion(folder: String)
    /// HEAD is not on a branch.
    case detachedHead
    /// A merge is waiting to be finished by hand in the repository.
    case mergeInProgress(root: String)
    /// A merge would have lost, duplicated or torn journal records; it was undone.
    case mergeDamaged(journal: String, lost: Int, torn: Int)

    /// What the user reads.
    public var message: Message {
        switch self {
        case .gitMissing: return .sharingGitMissing
        case .gitFailed(let command, let output):
            let lines = output.split(separator: "\n",
                omittingEmptySubsequences: false).map { TerminalSafe.text(String($0)) }
            return .sharingGitFailed(TerminalSafe.text(command), lines.joined(separator: "\n"))
        case .notARepository(let folder): return .sharingNotARepository(TerminalSafe.text(folder))
        case .notAFolder(let path): return .sharingNotAFolder(TerminalSafe.text(path))
        case .attributesConflict(let path, let attribute, let value):
            return .sharingAttributesConflict(TerminalSafe.text(path), TerminalSafe.text(attribute),
                TerminalSafe.text(value))
        case .journalsNotUnion(let folder): return .sharingJournalsNotUnion(TerminalSafe.text(folder))
        case .detachedHead: return .sharingDetachedHead
        case .mergeInProgress(let root): return .sharingMergeInProgress(TerminalSafe.text(root))
        case .mergeDamaged(let journal, let lost, let torn): return .sharingMergeDamaged(TerminalSafe.text(journal),
            lost, torn)
        }
    }
}
