/// Warnings about how a notice's plan was read.
extension Message {
    public static func importPaceGuessed(indicator: String, name: String, pace: String) -> Message {
        Message(zh: "指标 \(indicator)“\(name)”:文字未说明该数是全年累计还是时点水平;记为 pace: \(pace),请核对",
                en: """
                    indicator \(indicator) “\(name)”: no word tells whether the figure builds up through the year or \
                    is a level; recorded pace: \(pace), check it
                    """)
    }

    public static func importUnnamedPartners(lead: String, partners: String) -> Message {
        Message(zh: "\(lead)会同“\(partners)”,后者不是具体单位:只记 \(lead)",
                en: "\(lead) leads “\(partners)”, which names no unit: recorded \(lead) alone")
    }
}
