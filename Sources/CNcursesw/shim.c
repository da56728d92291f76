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
