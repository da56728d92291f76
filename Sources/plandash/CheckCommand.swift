import ArgumentParser
import Foundation
import PlanModel
import PlanStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate plan files: OK with counts, or every error with file, line, column and path.",
        discussion: """
            Example: plandash check Plans/hunan-2019-services.yaml\nWith no plan, checks every plan in ./Plans.
            """)

    @Argument(help: "Plans to check: ids or paths (default: every plan in ./Plans).")
    var plans: [String] = []

    func run() throws {
        let locator = PlanLocator.fromEnvironment()
        let targets = try plans.isEmpty ? locator.planFiles() : plans.map { try locator.resolve($0) }
        if targets.isEmpty {
            throw CommandFailure("no plan to check: \(PlanFile.displayPath(locator.folder)) holds no .yaml file")
        }
        var failed = false
        for url in targets {
            do {
                let plan = try PlanFile.load(url)
                let tasks = plan.tasks
                let measures = tasks.reduce(0) { $0 + $1.measures.count }
                let targets = tasks.flatMap(\.targets)
                let indicators = targets.reduce(0) { $0 + $1.indicators.count }
                let units = Set(tasks.flatMap(\.units)).count
                Console.out("""
                    OK \(PlanFile.displayPath(url)): \(plan.sections.count) sections, \(tasks.count) task areas, \
                    \(measures) measures, \(targets.count) targets, \(indicators) indicators, \(units) units
                    """)
            } catch let e as PlanLoadError {
                CommandSupport.printError(e.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
