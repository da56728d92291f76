#include "CNoticeXML.h"
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

void *pd_html_read(const char *bytes, int length, const char *encoding) {
    return htmlReadMemory(bytes, length, "notice.html", encoding,
                          HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
}

void *pd_xml_read(const char *bytes, int length) {
    return xmlReadMemory(bytes, length, "document.xml", "UTF-8",
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
}

void pd_doc_free(void *doc) { xmlFreeDoc((xmlDocPtr)doc); }
void *pd_doc_root(void *doc) { return xmlDocGetRootElement((xmlDocPtr)doc); }

int pd_node_kind(const void *node) {
    switch (((const xmlNode *)node)->type) {
    case XML_ELEMENT_NODE: return 1;
    case XML_TEXT_NODE: case XML_CDATA_SECTION_NODE: return 2;
    default: return 0;
    }
}

const char *pd_node_name(const void *node) { return (const char *)((const xmlNode *)node)->name; }
const char *pd_node_content(const void *node) { return (const char *)((const xmlNode *)node)->content; }
void *pd_node_children(const void *node) { return ((const xmlNode *)node)->children; }
void *pd_node_next(const void *node) { return ((const xmlNode *)node)->next; }

char *pd_node_attribute(const void *node, const char *name) {
    return (char *)xmlGetProp((const xmlNode *)node, (const xmlChar *)name);
}

void pd_free(void *pointer) { xmlFree(pointer); }
