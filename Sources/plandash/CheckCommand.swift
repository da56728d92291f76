import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanStore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Message.helpCheckAbstract.text(),
        discussion: Message.helpCheckDiscussion.text())

    @Argument(help: ArgumentHelp(Message.helpCheckPlans.text()))
    var plans: [String] = []

    func run() throws {
        let locator = PlanLocator.fromEnvironment()
        let targets = try plans.isEmpty ? locator.planFiles() : plans.map { try locator.resolve($0) }
        if targets.isEmpty {
            throw CommandFailure(Message.checkNoPlan(PlanFile.displayPath(locator.folder)))
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
                Console.out(Message.checkOK(PlanFile.displayPath(url), sections: plan.sections.count,
                    tasks: tasks.count, measures: measures, targets: targets.count, indicators: indicators,
                    units: units).text())
            } catch let e as PlanLoadError {
                CommandSupport.printError(e.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
