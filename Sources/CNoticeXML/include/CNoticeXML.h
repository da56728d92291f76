#ifndef CNOTICEXML_H
#define CNOTICEXML_H
/* A narrow door to libxml2's HTML and XML parsers for reading notices. libxml2's own headers pull
   in the system's ICU, which clashes with Foundation's, so Swift sees only opaque pointers here. */

/* Parses a web page (encoding NULL: as the page declares) or an XML document with no network
   access, no entity substitution and no error output; NULL when nothing could be read. */
void *pd_html_read(const char *bytes, int length, const char *encoding);
void *pd_xml_read(const char *bytes, int length);
void pd_doc_free(void *doc);
void *pd_doc_root(void *doc);

/* 1 for an element, 2 for text or CDATA, 0 for anything else (comments, entity references). */
int pd_node_kind(const void *node);
const char *pd_node_name(const void *node);
const char *pd_node_content(const void *node);
void *pd_node_children(const void *node);
void *pd_node_next(const void *node);
/* An attribute's value, to be released with pd_free; NULL when absent. */
char *pd_node_attribute(const void *node, const char *name);
void pd_free(void *pointer);
#endif
