/// `plandash <command> --help`: each command's abstract, discussion and examples, and the help of
/// its arguments, options and flags. Argument and option names stay ASCII in both languages.
extension Message {
    // Shared by several commands.
    public static let helpPlanArgument = Message(
        zh: "计划：Plans/ 中的计划 id，或计划文件的路径（默认：./Plans 中唯一的计划，或 $PLANDASH_PLAN）。",
        en: """
            The plan: an id in Plans/ or a path to a plan file (default: the single plan in ./Plans or $PLANDASH_PLAN).
            """)
    public static let helpPlanOption = Message(
        zh: "计划（Plans/ 中的 id 或路径；默认：./Plans 中唯一的计划，或 $PLANDASH_PLAN）。",
        en: "The plan (an id in Plans/ or a path; default: the single plan in ./Plans or $PLANDASH_PLAN).")
    public static let helpAsOf = Message(
        zh: "显示截至此日的计划（YYYY-MM-DD）。", en: "Show the plan as of this day (YYYY-MM-DD).")
    public static let helpPeriod = Message(
        zh: "报送期（如 2019Q3，或其截止日 YYYY-MM-DD）；用作截至日时取其期末。",
        en: "The reporting period (2019Q3, or its end day YYYY-MM-DD); as an as-of day, its end.")
    public static let helpJSON = Message(zh: "输出 JSON，而非文本。", en: "Print JSON instead of text.")
    public static let helpFormsOutput = Message(
        zh: "填报表写入的文件夹（默认：当前文件夹）。", en: "The folder to write the forms into (default: the current folder).")
    public static let helpNoticesFolder = Message(
        zh: "催报通知写入的文件夹（默认：当前文件夹）。",
        en: "The folder to write the notices into (default: the current folder).")

    // plandash open
    public static let helpOpenAbstract = Message(
        zh: "在终端看板中打开计划（不带子命令时的默认命令）。",
        en: "Open the terminal dashboard on a plan (the default when no subcommand is given).")
    public static let helpOpenDiscussion = Message(
        zh: """
        浏览各部分、打开任务、查看各单位工作量；按 ? 列出所有按键。
        需要终端；脚本中请用 plandash render 或 plandash summary。
        例：plandash hunan-2019-services --as-of 2019-09-30
        """,
        en: """
        Browse the sections, open task areas, see department workloads; ? lists every key.
        Needs a terminal; in scripts use plandash render or plandash summary.
        Example: plandash hunan-2019-services --as-of 2019-09-30
        """)
    public static let helpNoColor = Message(zh: "不用颜色绘制（同 NO_COLOR）。", en: "Draw without colours (as NO_COLOR does).")

    // plandash check
    public static let helpCheckAbstract = Message(
        zh: "校验计划文件：无误时显示 OK 和各项数目，否则列出每个错误及其文件、行、列和路径。",
        en: "Validate plan files: OK with counts, or every error with file, line, column and path.")
    public static let helpCheckDiscussion = Message(
        zh: "例：plandash check Plans/hunan-2019-services.yaml\n不指定计划时，校验 ./Plans 中的每个计划。",
        en: "Example: plandash check Plans/hunan-2019-services.yaml\nWith no plan, checks every plan in ./Plans.")
    public static let helpCheckPlans = Message(
        zh: "要校验的计划：id 或路径（默认：./Plans 中的每个计划）。",
        en: "Plans to check: ids or paths (default: every plan in ./Plans).")

    // plandash summary
    public static let helpSummaryAbstract = Message(
        zh: "计划概况：部分、任务、措施、目标、指标、各月到期、责任单位、完成情况。",
        en: """
            Summarise a plan: sections, task areas, measures, targets, indicators, deadlines by month, units, \
            completion.
            """)
    public static let helpSummaryDiscussion = Message(
        zh: "例：plandash summary hunan-2019-services --as-of 2019-09-30 --json",
        en: "Example: plandash summary hunan-2019-services --as-of 2019-09-30 --json")

    // plandash departments
    public static let helpDepartmentsAbstract = Message(
        zh: "列出每个责任单位牵头和参与的任务，以及落到它身上的措施和指标。",
        en: """
            List every responsible unit with the task areas it leads and joins, and the measures and indicators that \
            fall to it.
            """)
    public static let helpDepartmentsDiscussion = Message(
        zh: "例：plandash departments hunan-2019-services --json",
        en: "Example: plandash departments hunan-2019-services --json")

    // plandash export
    public static let helpExportAbstract = Message(
        zh: "输出整个计划模型（部分 → 任务 → 措施，目标 → 指标，责任单位）。",
        en: "Print the whole plan model (sections → tasks → measures, targets → indicators, units).")
    public static let helpExportDiscussion = Message(
        zh: "例：plandash export hunan-2019-services --format json > plan.json",
        en: "Example: plandash export hunan-2019-services --format json > plan.json")
    public static let helpExportFormat = Message(zh: "输出格式。", en: "Output format.")

    // plandash set
    public static let helpSetAbstract = Message(
        zh: "记录指标的实际值，或节点、措施的状态，落盘后才确认。",
        en: "Record an indicator's actual value or a milestone's or measure's status, durably.")
    public static let helpSetDiscussion = Message(
        zh: """
        数值按看板编辑器的规则校验：数值可写 412.5、412.5亿元、1,000、12%、12.5％、-3%（普通小数；千位分隔符只能每三位一个；\
        只有增长率可为负）；节点和措施的状态写 未开始、推进中、完成（或 not-started、in-progress、done）。

        超过目标 100 倍的数值、超过 100% 的占比，或不在计划时间范围内（发文日至次年年底）的 --at 日期，须加 --force 才记录。

        每条记录追加到计划的进度日志并落盘后，plandash 才回报 ok。./Plans 中只有一个计划（或 $PLANDASH_PLAN 已指定）时可省略 \
        PLAN。批量文件先整体校验：只要有一行无效就什么也不记录（--partial 只记录有效行）。

        例：
          plandash set hunan-2019-services kw1.t1.i3 412.5亿元 --note "省工信厅 Q3 报送" --at 2019-09-30
          plandash set kw1.m1 done
          plandash set kw1.t1.i4 -3%
          plandash set hunan-2019-services --batch q3.tsv     （每行：ID<TAB>数值[<TAB>备注]；- 读标准输入）
        """,
        en: """
        The value is checked as the dashboard editor checks it: 412.5, \(Typed.figureWithUnit), 1,000, 12%, \
        \(Typed.fullWidthPercent), -3% for figures (plain decimals; separators only between groups of three; below \
        zero only for growth rates); not-started, in-progress, done (or \(Typed.statusWords)) for milestones and \
        measures.

        A figure beyond 100 times the goal, a share above 100%, or an --at day outside the plan's span (its issue \
        date to the end of the year after its year) is recorded only with --force.

        Each record is appended to the plan's progress journal and synced before plandash says ok. PLAN may be left \
        out when ./Plans holds a single plan (or $PLANDASH_PLAN names one). A batch is checked whole first: nothing \
        is recorded unless every line is valid (--partial records the valid ones).

        Examples:
          plandash set hunan-2019-services kw1.t1.i3 \(Typed.figureWithUnit) --note "Q3 report" --at 2019-09-30
          plandash set kw1.m1 done
          plandash set kw1.t1.i4 -3%
          plandash set hunan-2019-services --batch q3.tsv     (lines: ID<TAB>VALUE[<TAB>NOTE]; - reads stdin)
        """)
    public static let helpSetNote = Message(
        zh: "随修改保存的备注（谁报送、依据哪份文件）。",
        en: "A note kept with the change (who reported it, from which document).")
    public static let helpSetAt = Message(
        zh: "数值所对应的日期（YYYY-MM-DD；默认：今天，计划年度结束后为年末）。",
        en: "The day the value stands for (YYYY-MM-DD; default: today, or the plan's year end once that year is over).")
    public static let helpSetBatch = Message(
        zh: "从每行 ID<TAB>数值[<TAB>备注] 的文件批量记录（- 读标准输入）；每条落盘后输出 ok。",
        en: """
            Record many values from a file of ID<TAB>VALUE[<TAB>NOTE] lines (- for stdin); prints ok per durable \
            record.
            """)
    public static let helpSetPartial = Message(
        zh: "配合 --batch：即使有行被拒绝，也记录有效行。",
        en: "With --batch: record the valid lines even when others are refused.")
    public static let helpSetForce = Message(
        zh: "记录本需确认的数值或日期（超过目标 100 倍、占比超过 100%、日期不在计划时间范围内）。",
        en: """
            Record a value or day that would otherwise need confirming (beyond 100× the goal, a share above 100%, a \
            day outside the plan's span).
            """)
    public static let helpSetWords = Message(
        zh: "[PLAN] ID VALUE：计划（Plans/ 中的 id 或路径）、指标或措施的编号、数值（数值可以 - 开头，如 -3%）。",
        en: """
            [PLAN] ID VALUE: the plan (an id in Plans/ or a path), the indicator or measure id, and the value (a value \
            may start with -, e.g. -3%).
            """)

    // plandash history
    public static let helpHistoryAbstract = Message(
        zh: "显示指标或措施的每一次修改：时间、填报人、原值 → 新值、备注。",
        en: "Show every recorded change to an indicator or measure: when, who, old → new, note.")
    public static let helpHistoryDiscussion = Message(
        zh: "例：plandash history hunan-2019-services kw1.t1.i3（./Plans 中只有一个计划时可省略 PLAN）",
        en: """
            Example: plandash history hunan-2019-services kw1.t1.i3 (PLAN may be left out when ./Plans holds a single \
            plan)
            """)
    public static let helpHistoryWords = Message(
        zh: "[PLAN] ID：计划（Plans/ 中的 id 或路径；默认：./Plans 中唯一的计划，或 $PLANDASH_PLAN）和指标或措施的编号。",
        en: """
            [PLAN] ID: the plan (an id in Plans/ or a path; default: the single plan in ./Plans or $PLANDASH_PLAN) and \
            the indicator or measure id.
            """)

    // plandash report
    public static let helpReportAbstract = Message(
        zh: "生成截至某日的进展通报：Markdown、带图表的独立 HTML、供 Excel/WPS 用的 CSV，或 JSON。",
        en: """
            Write the progress bulletin as of a day: Markdown, self-contained HTML with charts, CSV for Excel/WPS, or \
            JSON.
            """)
    public static let helpReportDiscussion = Message(
        zh: """
        默认输出到标准输出；用 -o 指定文件时原子写入。给了 -o 而没有 --format 时，按文件扩展名（.md、.html、.csv、.json）定格式。

        例：plandash report hunan-2019-services --as-of 2019-06-30 -o 通报-2019Q2.html
        """,
        en: """
        Prints to standard output unless -o names a file (written atomically). With -o and no --format, the file's \
        extension picks the format (.md, .html, .csv, .json).

        Example: plandash report hunan-2019-services --as-of 2019-06-30 -o bulletin-2019Q2.html
        """)
    public static let helpReportFormat = Message(
        zh: "通报格式（默认：md，或 -o 文件的扩展名）。", en: "Report format (default: md, or the -o file's extension).")
    public static let helpReportOutput = Message(
        zh: "把通报写入此文件，而非标准输出（- 为标准输出）。",
        en: "Write the report to this file instead of standard output (- for standard output).")
    public static let helpReplaceOutput = Message(zh: "-o 文件已存在时替换它。", en: "Replace the -o file if it exists.")

    // plandash render
    public static let helpRenderAbstract = Message(
        zh: "把看板画面按终端界面的样子输出为纯文本行（不含转义码）。",
        en: "Print a dashboard screen as plain text lines, exactly as the terminal UI paints it (no escape codes).")
    public static let helpRenderDiscussion = Message(
        zh: """
        画面：dashboard、departments、overdue、reporting、help、task:<id>（某项任务的详情，如 task:kw1）。
        例：plandash render hunan-2019-services --screen task:kw1 --size 80x24 --as-of 2019-09-30
        """,
        en: """
        Screens: dashboard, departments, overdue, reporting, help, task:<id> (a task area's detail, e.g. task:kw1).
        Example: plandash render hunan-2019-services --screen task:kw1 --size 80x24 --as-of 2019-09-30
        """)
    public static let helpRenderScreen = Message(
        zh: "画面：dashboard、departments、overdue、reporting、help 或 task:<id>。",
        en: "The screen: dashboard, departments, overdue, reporting, help or task:<id>.")
    public static let helpRenderSize = Message(zh: "终端尺寸，宽x高（WIDTHxHEIGHT）。", en: "The terminal size, WIDTHxHEIGHT.")

    // plandash import
    public static let helpImportAbstract = Message(
        zh: "把公开发布的工作计划通知（文本、Word 文件或网页）转为计划文件，并列出未能归位的内容。",
        en: """
            Turn a published work-plan notice (text, Word file or web page) into a plan file, and list what could not \
            be placed.
            """)
    public static let helpImportDiscussion = Message(
        zh: """
        读取通知（NOTICE 为 - 时读标准输入）：Word 文件（.docx）、保存的网页（.html），或 UTF-8、UTF-16、GB18030/GBK \
        编码的文本，编码按内容判断；判断有误时用 --encoding 指定。写出计划文件（默认 Plans/<id>.yaml，可用 -o 另指定；\
        已有文件须加 --force 才替换），然后输出各项数目和每条警告及其行号。文本中找不到计划时退出状态为 1，不写任何文件。

        例：plandash import notice.txt -o Plans/hunan-2019-services.yaml
        """,
        en: """
        Reads the notice (stdin when NOTICE is -): a Word file (.docx), a saved web page (.html) or text in UTF-8, \
        UTF-16 or GB18030/GBK, told by its content; --encoding names a text's encoding when it is guessed wrong. \
        Writes the plan file (Plans/<id>.yaml unless -o says otherwise; an existing file only with --force), then \
        prints the counts and every warning with its line number. Exit status 1 when no plan is found in the text; \
        nothing is written then.

        Example: plandash import notice.txt -o Plans/hunan-2019-services.yaml
        """)
    public static let helpImportNotice = Message(
        zh: "通知：.docx、.html 或文本文件，或 - 读标准输入。", en: "The notice: .docx, .html or text, or - to read stdin.")
    public static let helpImportEncoding = Message(
        zh: "判断有误时指定文本编码：utf-8、utf-16、utf-16be、gb18030（也可写 gbk）。",
        en: "The text's encoding when detection is wrong: utf-8, utf-16, utf-16be, gb18030 (also gbk).")
    public static let helpImportOutput = Message(
        zh: "计划文件写到哪里（默认：Plans/<id>.yaml；- 为标准输出）。",
        en: "Where to write the plan file (default: Plans/<id>.yaml; - for standard output).")
    public static let helpImportID = Message(
        zh: "计划 id（默认：输出文件名，其次为通知文件名）。",
        en: "The plan id (default: the output file's name, else the notice file's name).")
    public static let helpImportForce = Message(zh: "输出文件已存在时替换它。", en: "Replace the output file if it exists.")

    // plandash init
    public static let helpInitAbstract = Message(
        zh: "让计划文件夹可经 git 共享：进度日志逐行合并，报告不入库，并做首次提交。",
        en: "Make a plans folder shareable through git: journals merge line by line, reports stay out, first commit.")
    public static let helpInitDiscussion = Message(
        zh: """
        DIR 不在任何 git 仓库中时新建仓库，写入 .gitattributes（*.progress.jsonl merge=union，计划 YAML 按文本处理）
        和 .gitignore（生成的报告），然后提交。再次运行不做任何改动。
        所在仓库的属性会以别的方式合并进度日志时拒绝执行。

        例：plandash init Plans && git -C Plans remote add origin /shared/plans.git && plandash sync
        """,
        en: """
        Creates a git repository in DIR when it is under none, writes .gitattributes (*.progress.jsonl merge=union,
        plan YAML as text) and .gitignore (generated reports), and commits. Running it again changes nothing.
        Refuses inside a repository whose attributes would merge journals another way.

        Example: plandash init Plans && git -C Plans remote add origin /shared/plans.git && plandash sync
        """)
    public static let helpInitDir = Message(
        zh: "计划文件夹（默认：./Plans，或 $PLANDASH_PLANS）。", en: "The plans folder (default: ./Plans, or $PLANDASH_PLANS).")

    // plandash sync
    public static let helpSyncAbstract = Message(
        zh: "与其他处室共享记录：提交新的日志行，合并远端的记录，检查，推送。",
        en: "Share records with the other offices: commit new journal lines, merge the remote's, check, push.")
    public static let helpSyncDiscussion = Message(
        zh: """
        提交计划文件夹（新的日志行和改过的计划文件，注明填报人和记录条数），拉取远端并逐行合并进度日志，
        检查没有记录丢失、重复或损坏，推送，并说明收到了谁的哪些记录。同一计划文件两边都改过即为冲突：
        撤销合并并输出解决冲突的命令（退出状态 1）。请先运行 plandash init。

        例：plandash sync hunan-2019-services --remote origin
        """,
        en: """
        Commits the plans folder (new journal lines and edited plan files, with who and how many records), pulls
        with a line-by-line merge of the journals, checks that no record was lost, doubled or torn, pushes, and
        says what arrived from whom. A plan file changed on both sides is a conflict: the merge is undone and the
        commands to resolve it are printed (exit status 1). Run plandash init first.

        Example: plandash sync hunan-2019-services --remote origin
        """)
    public static let helpSyncTarget = Message(
        zh: "计划（id 或路径）或计划文件夹（默认：./Plans，或 $PLANDASH_PLANS）。",
        en: "A plan (id or path) or a plans folder (default: ./Plans, or $PLANDASH_PLANS).")
    public static let helpSyncRemote = Message(
        zh: "共享所用的 git 远端（默认：当前分支的上游、origin，或唯一的远端）。",
        en: "The git remote to share with (default: the branch's upstream, origin, or the only remote).")

    // plandash forms
    public static let helpFormsAbstract = Message(
        zh: "为各单位生成某一报送期的填报表：每个单位一个 .xlsx（或 .csv）。",
        en: "Write each unit's report form for a period: one .xlsx (or .csv) per unit.")
    public static let helpFormsDiscussion = Message(
        zh: """
        单位的填报表列出它牵头的任务的指标，以及它牵头或参与的任务的措施；单位填写 本期值 和 进展情况说明 后交回，
        用 `plandash collect` 汇总。

        例：plandash forms hunan-2019-services --period 2019Q3 -o 报送表-2019Q3
        """,
        en: """
        A unit's form lists the indicators of the task areas it leads and the measures of the task areas it leads
        or joins; it fills in the columns \(Typed.formColumns) and sends it back for `plandash collect`.

        Example: plandash forms hunan-2019-services --period 2019Q3 -o forms-2019Q3
        """)
    public static let helpFormsUnit = Message(
        zh: "只为这些单位生成（默认：每个有填报事项的单位）。",
        en: "Only these units (default: every unit with items to report).")
    public static let helpFormsFormat = Message(
        zh: "xlsx（默认）或 csv（带 BOM 的 UTF-8）。", en: "xlsx (default) or csv (UTF-8 with BOM).")

    // plandash collect
    public static let helpCollectAbstract = Message(
        zh: "把交回的填报表（.xlsx 或 .csv）收入计划的进度日志，并输出汇总。",
        en: "Collect returned report forms (.xlsx or .csv) into the plan's journal, and print the consolidation.")
    public static let helpCollectDiscussion = Message(
        zh: """
        每个文件逐行按编辑器的规则校验。文件中只要有一个单元格被拒绝，整个文件都不收入（--partial 收入其有效行）；
        每个被拒绝的单元格列为 文件:工作表!单元格: 原因。记录以该单位的名义、按报送期末日记入，备注中写文件名；
        同一文件再收一次不会重复记录。

        例：plandash collect 返回/*.xlsx --plan hunan-2019-services --period 2019Q3
        """,
        en: """
        Each file is checked row by row as the editor checks a value. A file with any refused cell is applied not at all
        (--partial applies its valid rows); every refused cell is listed as FILE:SHEET!CELL: reason. Records are made
        in the unit's name, as of the period's end, with the file's name in the note; collecting the same file again
        adds nothing.

        Example: plandash collect returned/*.xlsx --plan hunan-2019-services --period 2019Q3
        """)
    public static let helpCollectFiles = Message(zh: "交回的填报表。", en: "The returned forms.")
    public static let helpCollectDryRun = Message(
        zh: "只校验并显示将记录的内容，不写入。", en: "Check and show what would be recorded, without writing.")
    public static let helpCollectPartial = Message(
        zh: "文件中有被拒绝的单元格时，仍收入其有效行。", en: "Apply the valid rows of a file that has refused cells.")

    // plandash status
    public static let helpStatusAbstract = Message(
        zh: "报送情况：某一报送期内每个有填报事项的单位应报、已报、缺报的数目和最近报送时间。",
        en: "Who has reported in a period: every unit with items due, reported, missing, last reported.")
    public static let helpStatusDiscussion = Message(
        zh: "例：plandash status hunan-2019-services --period 2019Q3 --json",
        en: "Example: plandash status hunan-2019-services --period 2019Q3 --json")

    // plandash chase
    public static let helpChaseAbstract = Message(
        zh: "给未报全的单位各写一份催报通知：Markdown 和纯文本。",
        en: "Write a reminder to each unit that has not reported in full: Markdown and plain text.")
    public static let helpChaseDiscussion = Message(
        zh: """
        每个缺报的单位一份 催报-<单位>-<报送期>.md 和 .txt，列出缺报事项和它的任务中逾期的措施（截至报送期末）。
        .txt 内容相同，便于粘贴到聊天工具中。

        例：plandash chase hunan-2019-services --period 2019Q3 -o 催报
        """,
        en: """
        One reminder-<unit>-<period>.md and .txt per unit with missing items, listing them and the overdue measures
        of its task areas (as of the period's end). The .txt holds the same content, to paste into a chat.

        Example: plandash chase hunan-2019-services --period 2019Q3 -o reminders
        """)

    // plandash overdue
    public static let helpOverdueAbstract = Message(
        zh: "督办清单：逾期的措施、年中仍未启动的措施、进度落后的目标和未填报的指标，按牵头单位分组。",
        en: """
            The follow-up list: overdue measures, measures not started by mid-year, targets behind and indicators not \
            reported, grouped by lead unit.
            """)
    public static let helpOverdueDiscussion = Message(
        zh: "例：plandash overdue hunan-2019-services --as-of 2019-12-31 --sort count",
        en: "Example: plandash overdue hunan-2019-services --as-of 2019-12-31 --sort count")
    public static let helpOverdueSort = Message(
        zh: "牵头单位的顺序：plan（按在计划中出现的先后）、count（条目多的在前）、days（逾期久的在前）。",
        en: """
            Order of the lead units: plan (as units first appear), count (most entries first), days (longest overdue \
            first).
            """)
}

/// Values a user types or reads in Chinese whatever the language (a figure with a plan's unit,
/// the Chinese status words `set` takes, the form's column headers `collect` reads back): shown
/// as they are in the English help.
private enum Typed {
    static let figureWithUnit = "412.5亿元"
    static let fullWidthPercent = "12.5％"
    static let statusWords = "未开始, 推进中, 完成"
    static let formColumns = "本期值 and 进展情况说明"
}
