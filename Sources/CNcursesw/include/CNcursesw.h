#ifndef CNCURSESW_H
#define CNCURSESW_H
/* The few ncursesw pieces Swift cannot import directly: macros and global variables. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

static inline WINDOW *pd_stdscr(void) { return stdscr; }
static inline int pd_lines(void) { return LINES; }
static inline int pd_cols(void) { return COLS; }
static inline FILE *pd_stdin(void) { return stdin; }
static inline FILE *pd_stdout(void) { return stdout; }
static inline attr_t pd_a_bold(void) { return A_BOLD; }
static inline attr_t pd_a_reverse(void) { return A_REVERSE; }
static inline attr_t pd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_a_dim(void) { return A_DIM; }
static inline attr_t pd_a_normal(void) { return A_NORMAL; }
static inline attr_t pd_color_pair(int n) { return COLOR_PAIR(n); }

#endif
