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

/* Colours: the counts ncurses knows once start_color() has run. */
static inline int pd_colors(void) { return COLORS; }
static inline int pd_color_pairs(void) { return COLOR_PAIRS; }

/* The columns the C library (and so ncurses) gives a character; -1 when not printable. */
extern int wcwidth(wchar_t c);
static inline int pd_wcwidth(wchar_t c) { return wcwidth(c); }

/* Whether the terminal can move the cursor (`cup`): without it (TERM=dumb) a full screen is garbage. */
static inline int pd_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/* Keys and mouse. */
static inline int pd_key_f(int n) { return KEY_F(n); }
static inline mmask_t pd_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t pd_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t pd_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t pd_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Bracketed paste: the terminal wraps pasted text in ESC [200~ … ESC [201~, which ncurses
   reports as these two key codes, so a paste is never read as typed keys. */
#define PD_KEY_PASTE_START (KEY_MAX + 1)
#define PD_KEY_PASTE_END (KEY_MAX + 2)
static inline int pd_key_paste_start(void) { return PD_KEY_PASTE_START; }
static inline int pd_key_paste_end(void) { return PD_KEY_PASTE_END; }
static inline void pd_bracketed_paste(int on) {
    if (on) {
        define_key("\033[200~", PD_KEY_PASTE_START);
        define_key("\033[201~", PD_KEY_PASTE_END);
    }
    fputs(on ? "\033[?2004h" : "\033[?2004l", stdout);
    fflush(stdout);
}

/* Quit signals (SIGINT, SIGTERM, SIGHUP): the handler only records the signal, the run loop
   notices it, restores the terminal, then re-raises it with the previous disposition. */
void pd_install_quit_handlers(void);
void pd_restore_quit_handlers(void);
int pd_quit_signal(void);
void pd_install_fatal_handlers(void);
void pd_restore_fatal_handlers(void);
int pd_fatal_handler_installed(int sig);

#endif
