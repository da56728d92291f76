import CYaml
import Catalogue

/// Checks a YAML text with libyaml's event parser before Yams composes it: one pass, constant
/// memory, stopping at the first anchor, alias, tag or nesting deeper than `PlanFile.maxDepth`.
/// Yams expands every alias as it composes, so a "billion laughs" file must be refused here,
/// before any expansion. Syntax errors are left to Yams, whose message names them.
enum YAMLPreflight {
    /// The first feature plan files do not use, with its 1-based line and column; nil when there is none.
    static func refusal(in text: String) -> (line: Int, column: Int, message: Message)? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let at = (line: event.start_mark.line + 1, column: event.start_mark.column + 1)
                var anchor: UnsafeMutablePointer<yaml_char_t>?
                var tag: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    return (at.line, at.column, .yamlAliasRefused(string(event.data.alias.anchor)))
                case YAML_SCALAR_EVENT:
                    (anchor, tag) = (event.data.scalar.anchor, event.data.scalar.tag)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > PlanFile.maxDepth { return (at.line, at.column, .yamlTooDeep(PlanFile.maxDepth)) }
                    (anchor, tag) = event.type == YAML_SEQUENCE_START_EVENT
                        ? (event.data.sequence_start.anchor, event.data.sequence_start.tag)
                        : (event.data.mapping_start.anchor, event.data.mapping_start.tag)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
                if let anchor { return (at.line, at.column, .yamlAnchorRefused(string(anchor))) }
                if let tag { return (at.line, at.column, .yamlTagRefused(string(tag))) }
            }
        }
    }

    private static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }
}
