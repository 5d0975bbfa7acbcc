#include "Commands.h"

#include <csignal>

int main(int argc, char** argv)
{
#ifdef SIGXFSZ
    // Past a file-size limit a write should fail (EFBIG) and be reported, not kill the program
    // with a half-written file behind it.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    return partydesk::runCommandLine(argc, argv);
}
