/// Texts of `plandash init` and `plandash sync`: sharing a plans folder through git.
/// Arguments that come from outside (paths, user names, notes, git's words) arrive terminal-safe.
extension Message {
    public static let sharingGitMissing = Message(
        zh: "找不到 git：共享计划需要 git。请先安装（Debian/Ubuntu：apt-get install git；Windows/macOS：https://git-scm.com），再重试",
        en: """
            git not found: sharing plans needs git. Install it (Debian/Ubuntu: apt-get install git; Windows/macOS: \
            https://git-scm.com) and try again
            """)

    public static func sharingGitFailed(_ command: String, _ output: String) -> Message {
        Message(zh: "git 命令失败：\(command)\n\(output)", en: "git command failed: \(command)\n\(output)")
    }

    public static func sharingNotARepository(_ folder: String) -> Message {
        Message(zh: "\(folder) 还不是共享计划文件夹（不在 git 仓库中）：先运行 plandash init \(folder)",
                en: "\(folder) is not a shared plans folder (not under git): run plandash init \(folder) first")
    }

    public static func sharingNotAFolder(_ path: String) -> Message {
        Message(zh: "\(path) 不是文件夹", en: "\(path) is not a folder")
    }

    public static func sharingAttributesConflict(_ path: String, _ attribute: String, _ value: String) -> Message {
        Message(zh: """
            无法在此共享：所在仓库的 .gitattributes 为 \(path) 设了 \
            \(attribute)=\(value)，而进度日志须逐行合并（merge=union）、计划文件须为文本。请改掉那一行，或换一个不在此仓库内的文件夹
            """,
                en: """
                    cannot share here: the repository's .gitattributes sets \(attribute)=\(value) for \(path), but \
                    progress journals must merge line by line (merge=union) and plan files must be text. Change that \
                    line, or choose a folder outside this repository
                    """)
    }

    public static func sharingJournalsNotUnion(_ folder: String) -> Message {
        Message(zh: "\(folder) 的进度日志不会逐行合并（.gitattributes 缺少 merge=union），同步可能丢失记录：先运行 plandash init \(folder)",
                en: """
                    the progress journals in \(folder) would not merge line by line (.gitattributes lacks \
                    merge=union), so a sync could lose records: run plandash init \(folder) first
                    """)
    }

    public static let sharingDetachedHead = Message(
        zh: "仓库当前不在任何分支上（detached HEAD）：先用 git switch 切到分支，再同步",
        en: "the repository is not on a branch (detached HEAD): git switch to a branch, then sync")

    public static func sharingMergeInProgress(_ root: String) -> Message {
        Message(zh: """
            \(root) 中有一次合并尚未完成：先解决冲突并提交（git status 列出冲突文件，git add 后 git commit --no-edit），或用 git merge --abort 放弃，再同步
            """,
                en: """
                    a merge is unfinished in \(root): resolve and commit it (git status lists the conflicts; git add \
                    them, then git commit --no-edit), or give it up with git merge --abort, then sync
                    """)
    }

    public static func sharingMergeDamaged(_ journal: String, _ lost: Int, _ damaged: Int) -> Message {
        Message(zh: "合并会损坏进度日志 \(journal)（丢失 \(lost) 条记录，\(damaged) 行损坏或重复）：已撤销合并，本地记录完好。请把两边的日志文件交给维护人员检查",
                en: """
                    the merge would damage the progress journal \(journal) (\(lost) records lost, \(damaged) lines \
                    torn or doubled): the merge was undone and the local records are intact. Have both sides' \
                    journals checked
                    """)
    }

    public static func sharingCommitMessage(user: String, records: Int, plans: [String], files: [String]) -> Message {
        var zh: [String] = [], en: [String] = []
        if records > 0 {
            zh.append("提交 \(records) 条记录：" + plans.joined(separator: "、"))
            en.append("commits \(recordCount(records)): " + plans.joined(separator: ", "))
        }
        if !files.isEmpty {
            zh.append("修改文件 " + files.joined(separator: "、"))
            en.append("changes " + files.joined(separator: ", "))
        }
        return Message(zh: "plandash sync：\(user) " + zh.joined(separator: "；"),
            en: "plandash sync: \(user) " + en.joined(separator: "; "))
    }

    public static func sharingMergeCommitMessage(_ remote: String) -> Message {
        Message(zh: "plandash sync：合并 \(remote)（进度日志逐行合并）",
            en: "plandash sync: merge \(remote) (journals merged line by line)")
    }

    public static func sharingMendCommitMessage(_ plans: [String]) -> Message {
        Message(zh: "plandash sync：合并后修复进度日志（拆开粘连的行，去掉重复的行）：\(plans.joined(separator: "、"))",
                en: """
                    plandash sync: journals mended after the merge (glued lines split, repeated lines dropped): \
                    \(plans.joined(separator: ", "))
                    """)
    }

    public static let sharingInitCommitMessage = Message(
        zh: "plandash init：共享计划文件夹（进度日志逐行合并，忽略生成的报告）",
        en: "plandash init: shared plans folder (journals merge line by line, generated reports ignored)")

    public static let sharingAttributesHeader = Message(
        zh: "plandash：进度日志是只追加的 JSON 行，记录 id 唯一，逐行合并（union）不会丢失任何记录",
        en: """
            plandash: progress journals are append-only JSON lines with unique record ids; a line-wise union merge \
            keeps every record
            """)

    public static let sharingIgnoreHeader = Message(
        zh: "plandash：生成的报告和未写完的临时文件不入库",
        en: "plandash: generated reports and unfinished temporary files stay out of git")

    public static func sharingInitDone(_ folder: String, created: Bool, files: [String], committed: Int) -> Message {
        let zhRepo = created ? "新建 git 仓库，" : ""
        let enRepo = created ? "created a git repository, " : ""
        let zhFiles = files.isEmpty ? "" : "写入 \(files.joined(separator: "、"))，"
        let enFiles = files.isEmpty ? "" : "wrote \(files.joined(separator: ", ")), "
        return Message(zh: "\(folder) 已设为共享计划文件夹：\(zhRepo)\(zhFiles)提交 \(committed) 个文件",
                       en: "\(folder) is now a shared plans folder: \(enRepo)\(enFiles)committed \(committed) files")
    }

    public static func sharingInitUnchanged(_ folder: String) -> Message {
        Message(zh: "\(folder) 已是共享计划文件夹，无需改动", en: "\(folder) is already a shared plans folder: nothing to change")
    }

    public static func sharingInitNextStep(_ folder: String) -> Message {
        Message(zh: "下一步：git -C \(folder) remote add origin <远程仓库地址>，然后 plandash sync \(folder)",
                en: "next: git -C \(folder) remote add origin <remote URL>, then plandash sync \(folder)")
    }

    public static func sharingCommitted(_ plan: String, _ count: Int, _ users: [String]) -> Message {
        Message(zh: "已提交 \(count) 条记录（\(plan)，\(users.joined(separator: "、"))）",
                en: "committed \(recordCount(count)) (\(plan), \(users.joined(separator: ", ")))")
    }

    public static func sharingCommittedFiles(_ files: [String]) -> Message {
        Message(zh: "已提交修改的文件：\(files.joined(separator: "、"))",
            en: "committed changed files: \(files.joined(separator: ", "))")
    }

    public static func sharingArrived(_ plan: String, _ count: Int, _ user: String, _ notes: [String]) -> Message {
        let zhNotes = notes.isEmpty ? "" : "，" + notes.joined(separator: "、")
        let enNotes = notes.isEmpty ? "" : ", " + notes.joined(separator: ", ")
        return Message(zh: "+\(count) 条记录，来自 \(user)\(zhNotes)（\(plan)）",
            en: "+\(recordCount(count)) from \(user)\(enNotes) (\(plan))")
    }

    public static let sharingNothingArrived = Message(zh: "远程没有新记录", en: "nothing new from the remote")

    public static func sharingPushed(_ remote: String) -> Message {
        Message(zh: "已同步：本地与 \(remote) 一致", en: "synced: this folder and \(remote) hold the same")
    }

    public static let sharingNoRemote = Message(
        zh: "没有远程仓库：只在本地提交。添加远程仓库：git remote add origin <地址>",
        en: "no remote: committed locally only. Add one: git remote add origin <URL>")

    public static func sharingConflict(_ files: [String], _ commands: [String]) -> Message {
        let list = files.joined(separator: "、")
        let steps = commands.enumerated().map { i, c in
            i == 2 ? Message(zh: "  （编辑 \(list)：保留正确的内容，删去 <<<<<<< ======= >>>>>>> 标记行）\n  \(c)",
                             en: """
                                   (edit \(files.joined(separator: ", ")): keep the right text, delete the <<<<<<< \
                                 ======= >>>>>>> marker lines)\n  \(c)
                                 """)
                   : .verbatim("  " + c)
        }
        let body = steps.reduce(Message.verbatim("")) { $0.zh.isEmpty ? $1 : $0 + .verbatim("\n") + $1 }
        return Message(zh: "冲突：计划文件 \(list) 在本地和远程都被修改，无法自动合并。已撤销这次合并：进度日志完好，本地记录已提交，尚未推送。解决办法：\n",
                       en: """
                           conflict: plan file \(files.joined(separator: ", ")) was changed here and on the remote \
                           and cannot be merged automatically. The merge was undone: journals are intact, local \
                           records committed, not pushed yet. To resolve:\n
                           """) + body
    }

    public static func sharingMended(_ plan: String, split: Int, dropped: Int) -> Message {
        Message(zh: "已修复 \(plan) 的进度日志：拆开 \(split) 行粘连的记录，去掉 \(dropped) 行重复记录",
                en: "mended the journal of \(plan): \(split) glued lines split, \(dropped) repeated lines dropped")
    }

    public static func sharingUnloadable(_ plan: String, _ problem: String) -> Message {
        Message(zh: "警告：合并后计划 \(plan) 无法载入：\(problem)（用 plandash check \(plan) 查看）",
                en: "warning: after the merge, plan \(plan) does not load: \(problem) (see plandash check \(plan))")
    }

    /// The dashboard's status line after a sync: what arrived, from whom, and where things stand.
    public static func sharingStatusSynced(_ remote: String, arrived: Int, from users: [String],
        committed: Int) -> Message {
        let zhFrom = users.isEmpty ? "" : "（来自 \(users.joined(separator: "、"))）"
        let enFrom = users.isEmpty ? "" : " (from \(users.joined(separator: ", ")))"
        return Message(zh: "已与 \(remote) 同步：送出 \(committed) 条，收到 \(arrived) 条记录\(zhFrom)",
                       en: """
                           synced with \(remote): \(recordCount(committed)) sent, \(recordCount(arrived)) \
                           received\(enFrom)
                           """)
    }

    public static func sharingStatusConflict(_ files: [String]) -> Message {
        Message(zh: "同步冲突：\(files.joined(separator: "、")) 两边都改了，合并已撤销；在终端运行 plandash sync 查看解决步骤",
                en: """
                    sync conflict: \(files.joined(separator: ", ")) changed on both sides, merge undone; run plandash \
                    sync in a terminal for the steps
                    """)
    }

    /// The dashboard's header: where the folder stands against its remote as of the last fetch.
    public static func sharingHeader(_ remote: String, ahead: Int, behind: Int, unsynced: Bool) -> Message {
        var zh: [String] = [], en: [String] = []
        if ahead > 0 { zh.append("待推送 \(ahead)"); en.append("\(ahead) to push") }
        if behind > 0 { zh.append("待合并 \(behind)"); en.append("\(behind) to merge") }
        if unsynced { zh.append("有未同步的修改"); en.append("unsynced changes") }
        if zh.isEmpty { zh.append("已同步"); en.append("in sync") }
        return Message(zh: "\(remote)：" + zh.joined(separator: " · "), en: "\(remote): " + en.joined(separator: " · "))
    }

    /// "1 record", "3 records".
    private static func recordCount(_ n: Int) -> String { n == 1 ? "1 record" : "\(n) records" }

    public static let sharingStepCommitting = Message(zh: "同步：提交本地记录…", en: "sync: committing local records…")
    public static let sharingStepFetching = Message(zh: "同步：获取远程…", en: "sync: fetching the remote…")
    public static let sharingStepMerging = Message(zh: "同步：合并…", en: "sync: merging…")
    public static let sharingStepChecking = Message(zh: "同步：核对记录…", en: "sync: checking records…")
    public static let sharingStepPushing = Message(zh: "同步：推送…", en: "sync: pushing…")
}
