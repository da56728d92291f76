// not messages: the Chinese numerals (〇…九, 十) notices number their parts with

import Catalogue

/// Chinese numerals as notices number their parts: 一, 十, 十二, 二十, 九十九.
public enum ChineseNumeral {
    private static let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The numeral for 1…99; larger or smaller numbers are written in Arabic digits.
    public static func text(_ n: Int) -> String {
        guard (1...99).contains(n) else { return String(n) }
        let tens = n / 10, ones = n % 10
        let head = tens == 0 ? "" : (tens == 1 ? "十" : "\(digits[tens])十")
        return head + (ones == 0 ? "" : String(digits[ones]))
    }

    /// A section heading as the notice writes it: `一、聚焦四大重点工作` (`1. 聚焦四大重点工作` in English).
    public static func section(_ n: Int, _ title: String) -> String {
        Message.numberedSection(n, chinese: text(n), title).text()
    }

    /// A task area heading as the notice writes it: `（一）补齐生产服务短板` (`(1) 补齐生产服务短板` in English).
    public static func task(_ n: Int, _ title: String) -> String {
        Message.numberedTask(n, chinese: text(n), title).text()
    }
}
