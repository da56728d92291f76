import Foundation
import PlanModel
import PlanStore
import Testing
import TestSupport

/// Paths and temp folders for store tests.
enum Fixtures {
    static let hunanURL = TestWorkspace.hunanPlan

    static func hunan() throws -> Plan { try PlanFile.load(hunanURL) }

    /// A fresh folder holding a copy of the Hunan plan; returns the plan's URL there.
    static func hunanCopy() throws -> URL { try TestWorkspace.hunanCopy(in: tempDir()) }

    static func tempDir() throws -> URL { try TestWorkspace.folder() }

    /// A small valid plan file's text; tests break it in one place at a time.
    static let smallYAML = """
    plan:
      id: small
      title: 测试计划
      document: 测〔2019〕1号
      issuer: 测试办公室
      issued: 2019-04-24
      year: 2019
    sections:
      - id: key-work
        kind: key-work
        title: 聚焦重点
        tasks:
          - id: kw1
            title: 补齐生产服务短板
            units: [省发展改革委, 省财政厅]
            measures:
              - id: kw1.m1
                number: 1
                text: 研究制定行动计划
                deadline: 2019-12-31
                deadline_text: 2019年底
              - id: kw1.m2
                text: 持续推进
                deadline: ongoing
                deadline_text: 持续推进
            targets:
              - id: kw1.t1
                number: 1
                text: 软件业务收入550亿元,设立1-2家
                indicators:
                  - id: kw1.t1.i1
                    name: 软件业务收入
                    kind: quantity
                    comparator: at-least
                    value: 550
                    unit: 亿元
                  - id: kw1.t1.i2
                    name: 设立公司
                    kind: quantity
                    comparator: range
                    min: 1
                    max: 2
                    unit: 家
                  - id: kw1.t1.i3
                    name: 出台计划
                    kind: milestone

    """

    /// Every problem loading `text` finds; none when it loads.
    static func diagnostics(_ text: String, file: String, expectedID: String? = nil) -> [PlanDiagnostic] {
        do {
            _ = try PlanFile.parse(text, file: file, expectedID: expectedID)
            return []
        } catch let e as PlanLoadError {
            return e.diagnostics
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }
}
