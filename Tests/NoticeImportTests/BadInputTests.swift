import Catalogue
import NoticeFormats
import NoticeImport
import PlanModel
import Testing

/// Input that holds no plan gets a clear message, never a crash or a half plan.
@Suite struct BadInputTests {
    func failure(_ result: ImportResult) -> ImportFailure? {
        if case .failed(let f) = result { return f }
        return nil
    }

    @Test func emptyText() throws {
        for text in ["", "\n\n", "  \u{3000}\n\t\n"] {
            let f = try #require(failure(NoticeImporter.importPlan(text: text, id: "x")))
            #expect(f.message == Message.noticeEmpty.text())
        }
        let f = try #require(failure(NoticeFile.importPlan(bytes: [], id: "x")))
        #expect(f.message == Message.noticeEmpty.text())
    }

    @Test func binaryData() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let f = try #require(failure(NoticeFile.importPlan(bytes: png, id: "x")))
        #expect(f.message == Message.noticeBinary(offset: 8).text())
    }

    @Test func textInNoKnownEncoding() throws {
        let latin1: [UInt8] = Array("一、".utf8) + [0xE9, 0x20, 0xFF, 0xFF]   // not UTF-8, and 0xFF never leads in GB18030
        let f = try #require(failure(NoticeFile.importPlan(bytes: latin1, id: "x")))
        #expect(f.message.contains("--encoding"))
        let forced = try #require(failure(NoticeFile.importPlan(bytes: Array("一、".utf8) + [0xD6, 0xD8], encoding: .utf8, id: "x")))
        #expect(forced.message.contains("UTF-8"))
    }

    @Test func textWithNoPlan() throws {
        let news = """
        湖南日报讯 近日,省服务业发展联席会议办公室召开会议,研究部署今年的服务业工作。
        会议指出,要坚持稳中求进工作总基调,推动服务业高质量发展。
        """
        let f = try #require(failure(NoticeImporter.importPlan(text: news, id: "x")))
        #expect(f.message == Message.importNoPlan(lines: 2).text())
        #expect(f.message.contains("(完成时限:"), "the marker to look for is quoted in either language")
    }

    @Test func headingsWithNothingUnderThem() throws {
        let f = try #require(failure(NoticeImporter.importPlan(text: "一、聚焦四大重点工作\n(一)补齐生产服务短板\n", id: "x")))
        #expect(f.message == Message.importNoItems.text())
    }

    @Test func unterminatedDeadline() throws {
        let text = """
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、研究制定行动计划。(完成时限:2019年底
        1、出台行动计划。
        省发展改革委等单位
        """
        let f = try #require(Language.$chosen.withValue(.en) { failure(NoticeImporter.importPlan(text: text, id: "x")) })
        #expect(f.line == 3)
        #expect(f.message.contains("not closed"))
        #expect(f.description.hasPrefix("line 3: "))
    }

    @Test func deadlineClosedOnTheNextLineIsJoined() throws {
        let text = """
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、研究制定行动计划。(完成时限:2019年
        底)
        1、出台行动计划。
        省发展改革委等单位
        """
        let imported = try #require(TestFiles.imported(text))
        let measure = try #require(imported.plan.tasks.first?.measures.first)
        #expect(measure.deadline.text == "2019年底")
        #expect(imported.placements[4] == "kw1.m1")
    }

    @Test func invalidPlanID() throws {
        let text = try TestFiles.text(TestFiles.seedNotice)
        let f = try #require(failure(NoticeImporter.importPlan(text: text, id: "湖南")))
        #expect(f.message == Message.importBadPlanID("湖南").text())
    }

    @Test func unreadFiguresKeepTheSentenceAndNameThePart() throws {
        let text = """
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、推进宽带建设。(完成时限:2019年底)
        1、光纤覆盖率达到90,新增基站10个。
        省通信管理局等单位
        """
        let imported = try #require(TestFiles.imported(text))
        let target = try #require(imported.plan.tasks.first?.targets.first)
        #expect(target.text == "光纤覆盖率达到90,新增基站10个。")
        #expect(target.indicators.map(\.kind) == [.milestone, .quantity])
        let warning = try #require(imported.warnings.first { $0.line == 4 })
        #expect(warning.message.contains("“90”"))
        #expect(warning.message.contains(Message.importFigureWithoutUnit.text()))
    }
}

/// Page breaks repeat a section heading; inside a task area the task goes on.
@Suite struct PageBreakTests {
    @Test func aSectionHeadingRepeatedInsideATaskArea() throws {
        let text = """
        一、聚焦四大重点工作
        (一)补齐生产服务短板
        1、研究制定行动计划。(完成时限:2019年底)
        一、聚焦四大重点工作
        1、出台行动计划。
        省发展改革委等单位
        """
        let imported = try #require(TestFiles.imported(text))
        let task = try #require(imported.plan.tasks.first)
        #expect(imported.plan.tasks.count == 1)
        #expect(task.targets.map(\.id) == ["kw1.t1"])
        #expect(task.units == ["省发展改革委"])
        #expect(imported.placements[4] == "key-work")
        #expect(!imported.warnings.contains { $0.line > 1 })
    }
}
