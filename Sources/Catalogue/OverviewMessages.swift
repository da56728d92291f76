/// `plandash --help`: what the program is for, in whole sentences.
extension Message {
    public static let overviewAbstract = Message(
        zh: "跟踪年度工作计划：任务、措施、目标指标及其责任单位。",
        en: "Track an annual work plan: its task areas, measures, targets and the units that carry them.")

    public static let overviewDiscussion = Message(
        zh: """
        不带子命令时打开计划看板。计划是 ./Plans（或 $PLANDASH_PLANS）中的 YAML 文件，用计划 id 或路径指定；\
        只有一个计划（或设置了 $PLANDASH_PLAN）时可以省略。

        例：plandash hunan-2019-services
        """,
        en: """
        With no subcommand, plandash opens the plan's dashboard. Plans are YAML files in ./Plans (or $PLANDASH_PLANS); \
        name one by its id or path, or leave it out when there is only one plan or $PLANDASH_PLAN is set.

        Example: plandash hunan-2019-services
        """)
}
