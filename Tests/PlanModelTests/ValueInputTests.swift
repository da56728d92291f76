import Testing
@testable import PlanModel

@Suite struct ValueInputTests {
    @Test(arguments: [("412.5", 412.5), ("412.5亿元", 412.5), ("1,000", 1000.0), (" 550 亿元 ", 550.0)])
    func acceptsFiguresInTheIndicatorsUnit(text: String, value: Double) {
        #expect(ValueInput.figure(text, unit: "亿元") == .success(value))
    }

    @Test func acceptsPercentInBothWidths() {
        #expect(ValueInput.figure("12%", unit: "%") == .success(12))
        #expect(ValueInput.figure("12.5％", unit: "%") == .success(12.5))
        #expect(ValueInput.figure("1000家", unit: "家") == .success(1000))
    }

    @Test func refusesWrongUnitsTextAndEmpty() {
        #expect(ValueInput.figure("1000家", unit: "亿元") == .failure(.wrongUnit(given: "家", expected: "亿元")))
        #expect(ValueInput.figure("12%", unit: "家") == .failure(.wrongUnit(given: "%", expected: "家")))
        #expect(ValueInput.figure("abc", unit: "家") == .failure(.notANumber("abc")))
        #expect(ValueInput.figure("", unit: "家") == .failure(.empty))
        #expect(ValueInput.figure("  ", unit: "家") == .failure(.empty))
        #expect(ValueInput.figure("1.2.3", unit: "家") == .failure(.notANumber("1.2.3")))
    }

    @Test func readsStatusWords() {
        #expect(ValueInput.status("done") == .success(.done))
        #expect(ValueInput.status("完成") == .success(.done))
        #expect(ValueInput.status("in-progress") == .success(.inProgress))
        #expect(ValueInput.status("未开始") == .success(.notStarted))
        #expect(ValueInput.status("maybe") == .failure(.notAStatus("maybe")))
    }

    @Test func statusCyclesThroughThreeStates() {
        #expect(WorkStatus.notStarted.next == .inProgress)
        #expect(WorkStatus.inProgress.next == .done)
        #expect(WorkStatus.done.next == .notStarted)
    }
}
