#include "CNcursesw.h"
#include <signal.h>

static volatile sig_atomic_t quit_signal = 0;
static const int quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction previous[3];

static void record_quit(int sig) { quit_signal = sig; }

void pd_install_quit_handlers(void) {
    struct sigaction action;
    quit_signal = 0;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    action.sa_handler = record_quit;
    for (int i = 0; i < 3; i++) sigaction(quit_signals[i], &action, &previous[i]);
}

void pd_restore_quit_handlers(void) {
    for (int i = 0; i < 3; i++) sigaction(quit_signals[i], &previous[i], NULL);
}

int pd_quit_signal(void) { return quit_signal; }

/* Fatal signals (a Swift trap is SIGILL or SIGTRAP; a crash SIGSEGV, SIGBUS, SIGABRT, SIGFPE):
   the terminal is restored, the previous handler put back and the signal raised again, so the
   process still dies (with Swift's backtrace) but never leaves the terminal in raw mode. */
static const int fatal_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGABRT, SIGBUS, SIGFPE };
#define FATAL_COUNT (int)(sizeof fatal_signals / sizeof fatal_signals[0])
static struct sigaction fatal_previous[FATAL_COUNT];
static char fatal_stack[1 << 16];

void pd_restore_fatal_handlers(void) {
    for (int i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &fatal_previous[i], NULL);
}

static void restore_terminal_and_die(int sig) {
    endwin();
    pd_restore_fatal_handlers();
    raise(sig);
}

void pd_install_fatal_handlers(void) {
    stack_t stack = { .ss_sp = fatal_stack, .ss_size = sizeof fatal_stack, .ss_flags = 0 };
    sigaltstack(&stack, NULL);  /* a stack overflow must still reach the handler */
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK | SA_NODEFER;
    action.sa_handler = restore_terminal_and_die;
    for (int i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &action, &fatal_previous[i]);
}

int pd_fatal_handler_installed(int sig) {
    struct sigaction now;
    return sigaction(sig, NULL, &now) == 0 && now.sa_handler == restore_terminal_and_die;
}
