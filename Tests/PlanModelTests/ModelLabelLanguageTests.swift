import Catalogue
import Foundation
import Testing
@testable import PlanModel

/// The model's labels and the history's notes read in the reader's language; the journal keeps
/// its own words.
@Suite struct ModelLabelLanguageTests {
    static func record(note: String?, undoes: String? = nil, redoes: String? = nil) -> ProgressRecord {
        ProgressRecord(id: "r", time: Date(timeIntervalSince1970: 1_569_800_000), user: "张三", item: "kw1.t1.i3",
                       old: .number(500), new: .number(412.5), note: note, at: CalendarDate(iso: "2019-09-30")!,
                       undoes: undoes, redoes: redoes)
    }

    @Test func anUndoNoteReadsInTheReadersLanguage() {
        let undo = Self.record(note: "undo", undoes: "x")
        let redo = Self.record(note: "redo", redoes: "x")
        let undoWithNote = Self.record(note: "Q3 报送", undoes: "x")
        Language.$chosen.withValue(.zh) {
            #expect(ItemHistory.row(undo)[4] == "撤销")
            #expect(ItemHistory.row(redo)[4] == "重做")
            #expect(ItemHistory.row(undoWithNote)[4] == "撤销：Q3 报送")
            #expect(ItemHistory.row(Self.record(note: nil, undoes: "x"))[4] == "撤销")
        }
        Language.$chosen.withValue(.en) {
            #expect(ItemHistory.row(undo)[4] == "undo")
            #expect(ItemHistory.row(redo)[4] == "redo")
            #expect(ItemHistory.row(undoWithNote)[4] == "undo: Q3 报送")
        }
        // An ordinary note is the user's own text, in no language of ours.
        #expect(ItemHistory.row(Self.record(note: "undo"))[4] == "undo")
        #expect(undo.note == "undo")
    }

    @Test func statusAndDeadlineLabelsFollowTheLanguage() {
        Language.$chosen.withValue(.zh) {
            #expect(WorkStatus.allCases.map(\.label) == ["未开始", "推进中", "已完成"])
            #expect(MeasureStatus.State.dueSoon.label == "临期")
            #expect(ItemValue.status(.done).description == "已完成")
        }
        Language.$chosen.withValue(.en) {
            #expect(WorkStatus.allCases.map(\.label) == ["not started", "in progress", "done"])
            #expect(MeasureStatus.State.open.label == "not yet due")
            #expect(ItemValue.status(.inProgress).description == "in progress")
        }
    }

    @Test func theEnglishStatusWordsAreReadBackAsTyped() {
        for status in WorkStatus.allCases {
            #expect(ValueInput.status(status.message.en) == .success(status))
            #expect(ValueInput.status(status.message.zh) == .success(status))
            #expect(ValueInput.status(status.message.en.uppercased()) == .success(status))
        }
    }

    @Test func aHistoryTitleNamesGoalOrDeadlineInTheLanguage() throws {
        let index = PlanIndex(TestPlans.small())
        let indicator = try #require(index.items["a.t1.i1"])
        let milestone = try #require(index.items["a.t1.i2"])
        let measure = try #require(index.items["a.m1"])
        Language.$chosen.withValue(.zh) {
            #expect(ItemHistory.title(indicator) == "a.t1.i1  软件业务收入  目标 ≥550亿元")
            #expect(ItemHistory.title(milestone) == "a.t1.i2  出台计划  目标 里程碑")
            #expect(ItemHistory.title(measure) == "a.m1  研究制定行动计划  （完成时限 2019年6月底）")
        }
        Language.$chosen.withValue(.en) {
            #expect(ItemHistory.title(indicator) == "a.t1.i1  软件业务收入  goal ≥550亿元")
            #expect(ItemHistory.title(milestone) == "a.t1.i2  出台计划  goal milestone")
            #expect(ItemHistory.title(measure) == "a.m1  研究制定行动计划  (deadline 2019年6月底)")
        }
    }
}
