// not messages: traditional→simplified table of input vocabulary

/// Folds the variants a notice may use into one form for matching, one character for one
/// character: full-width ASCII (（），：；％－～) to ASCII, dashes and waves to `-` and `~`,
/// and traditional characters to simplified for the words the importer looks for
/// (完成時限, 牽頭單位, 達到, 億元, 專項行動…). Because the length never changes, a range found in
/// the folded text cuts the same range out of the original.
public enum ChineseFolding {
    public static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let s = c.unicodeScalars.first else { return c }
        switch s.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(s.value - 0xFEE0)!)
        case 0x3000, 0x00A0, 0x2002, 0x2003, 0x2009: return " "
        case 0x2010...0x2015, 0x2212, 0xFE63: return "-"
        case 0x301C, 0x223C: return "~"
        case 0xFE6A: return "%"
        default: return simplified[c] ?? c
        }
    }

    public static func fold(_ text: String) -> String { String(text.map(fold)) }

    /// Traditional → simplified for the characters of the words the importer matches.
    private static let simplified: [Character: Character] = {
        let pairs = """
        時时間间牽牵頭头單单責责負负與与協协辦办關关於于發发號号長长續续進进堅坚內内達达\
        億亿萬万個个張张項项強强點点專专動动礎础開开務务標标臺台檯台佈布啟启啓启舉举佔占\
        費费廳厅區区縣县會会議议員员國国類类規规劃划實实現现設设際际業业產产資资總总體体\
        據据數数級级機机構构鎮镇處处讀读過过額额範范圍围質质態态報报導导應应對对將将為为\
        從从這这們们見见記记計计說说請请認认證证識识運运輸输貿贸價价銀银險险醫医療疗衛卫\
        養养學学園园藝艺術术門门網网電电環环鄉乡廣广東东陽阳傳传統统織织組组綜综經经濟济\
        結结調调節节勵励獎奖懲惩監监視视優优勢势權权隊队條条屆届屬属層层團团場场擔担擴扩\
        擁拥換换無无爲为狀状獨独當当異异確确穩稳築筑紀纪約约納纳細细終终給给維维績绩聯联\
        職职興兴補补製制複复觀观訂订評评試试誠诚諮咨變变財财貨货貸贷賽赛軟软轉转農农連连\
        週周遊游違违選选還还邊边釋释銷销鏈链鐵铁陸陆隨随難难預预領领頻频顯显風风飛飞館馆\
        驗验齊齐龍龙貳贰參参歲岁擬拟訊讯廠厂鄰邻濱滨滬沪漢汉陝陕遼辽寧宁貴贵雲云蘇苏鳳凤\
        鐘钟幣币稅税營营圖图畫画匯汇彙汇檢检測测準准線线車车戶户錢钱
        """
        var map: [Character: Character] = [:]
        var it = pairs.makeIterator()
        while let t = it.next(), let s = it.next() { map[t] = s }
        return map
    }()
}
