#include "Commands.h"

int main(int argc, char** argv)
{
    return partydesk::runCommandLine(argc, argv);
}
