import ArgumentParser
import Catalogue
import Foundation
import PlanModel
import PlanStore
import PlanReports

/// The plan a command works on.
struct PlanArgument: ParsableArguments {
    @Argument(help: ArgumentHelp(Message.helpPlanArgument.text()))
    var plan: String?
}

/// `--as-of DATE`: the day the view stands at.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(Message.helpAsOf.text(),
        valueName: "date"),
            transform: CalendarDate.option("--as-of"))
    var asOf: CalendarDate?

    @Option(help: ArgumentHelp(Message.helpPeriod.text(),
        valueName: "period"))
    var period: String?

    func validate() throws {
        if asOf != nil && period != nil { throw ValidationError(Message.periodWithAsOf.text()) }
    }

    /// The day asked for: `--as-of`, or the end of `--period`; nil when neither is given.
    func day(_ session: PlanSession) throws -> CalendarDate? {
        try reportingPeriod(session)?.end ?? asOf
    }

    /// The period `--period` names, checked against the plan's periods; nil when none is given.
    func reportingPeriod(_ session: PlanSession) throws -> ReportingPeriod? {
        guard let period else { return nil }
        guard let found = session.plan.reportingPeriod(named: period) else {
            let known = session.plan.reportingPeriods.map(\.id).joined(separator: ", ")
            throw CommandFailure(Message.periodUnknown(TerminalSafe.text(period), known: TerminalSafe.text(known)))
        }
        return found
    }

    /// The period, which the command needs.
    func requiredPeriod(_ session: PlanSession) throws -> ReportingPeriod {
        guard let found = try reportingPeriod(session) else {
            throw CommandFailure(Message.periodRequired)
        }
        return found
    }
}

/// Opening plans for commands: resolve the name, load, and turn failures into exit status 1.
enum CommandSupport {
    static func open(_ name: String?) throws -> PlanSession {
        let url = try PlanLocator.fromEnvironment().resolve(name)
        let session = try PlanSession(url: url)
        for w in session.warnings { Console.warning(Message.warningPrefix.text() + "\(w)") }
        return session
    }

    /// The day a view stands at when none is given: today, or the plan's last day once its year is over.
    static func defaultAsOf(_ session: PlanSession, _ asOf: CalendarDate?) -> CalendarDate {
        asOf ?? session.defaultDay()
    }

    static func printError(_ text: String) {
        Console.error(text)
    }

    static func printJSON<T: Encodable>(_ value: T) throws {
        Console.json(try JSON.encode(value))
        print()
    }
}
