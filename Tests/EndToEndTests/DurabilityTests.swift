import Foundation
import Testing
import PlanModel
import PlanStore
import TestSupport

/// Several processes and a kill -9: no acknowledged change is ever lost.
@Suite(.serialized) struct DurabilityTests {
    let items = ["kw1.t1.i3", "kw1.t2.i1", "kw2.t1.i1", "sa1.t2.i1"]

    func batch(_ count: Int, tag: String) -> String {
        (0..<count).map { "\(items[$0 % items.count])\t\($0 + 1)\t\(tag) \($0)" }.joined(separator: "\n") + "\n"
    }

    @Test func twoWritersAppendConcurrentlyWithoutLosingARecord() throws {
        let url = try Binary.hunanCopy()
        let count = 150
        let writers = ["长沙", "郴州"].map { user -> (Process, Pipe) in
            let p = Binary.process(["set", url.path, "--batch", "-", "--at", "2019-09-30"], env: ["PLANDASH_USER": user])
            let input = Pipe()
            p.standardInput = input
            p.standardOutput = FileHandle.nullDevice
            return (p, input)
        }
        for (p, _) in writers { try p.run() }
        for (i, (_, input)) in writers.enumerated() {
            input.fileHandleForWriting.write(Data(batch(count, tag: "w\(i)").utf8))
            try input.fileHandleForWriting.close()
        }
        for (p, _) in writers { p.waitUntilExit(); #expect(p.terminationStatus == 0) }
        let session = try PlanSession(url: url)
        #expect(session.warnings.isEmpty)
        #expect(session.ledger.records.count == 2 * count)
        #expect(Set(session.ledger.records.map(\.user)) == ["长沙", "郴州"])
    }

    @Test func killDashNineLosesNoAcknowledgedEdit() throws {
        let url = try Binary.hunanCopy()
        let p = Binary.process(["set", url.path, "--batch", "-", "--at", "2019-09-30", "--force"])   // figures up to 5000, far above some goals
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        // Feed a long burst from another thread; the writer checks the whole batch, then
        // acknowledges each durable record.
        signal(SIGPIPE, SIG_IGN)   // the writer dies mid-burst; the feeder then meets a closed pipe
        let burst = Data(batch(5000, tag: "burst").utf8)
        let feeder = Thread {
            try? input.fileHandleForWriting.write(contentsOf: burst)
            try? input.fileHandleForWriting.close()
        }
        feeder.start()
        var acked: [String] = []
        var buffer = ""
        while acked.count < 60 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += String(decoding: chunk, as: UTF8.self)
            while let nl = buffer.firstIndex(of: "\n") {
                let line = buffer[..<nl]
                buffer = String(buffer[buffer.index(after: nl)...])
                if line.hasPrefix("ok ") { acked.append(String(line.split(separator: " ")[2])) }
            }
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(acked.count >= 60)

        let session = try PlanSession(url: url)
        let stored = Set(session.ledger.records.map(\.id))
        let missing = acked.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "acknowledged but lost: \(missing)")
        // At most the line being written at the kill is damaged.
        #expect(session.warnings.count <= 1)
    }
}
