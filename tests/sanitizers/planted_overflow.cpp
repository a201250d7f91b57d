// Deliberately broken program: proves that the sanitizer build really
// reports. CTest expects AddressSanitizer's report text (heap overflow) or
// UndefinedBehaviorSanitizer's (signed overflow), chosen by the argument.
// Built only with -DPARALLAX_SANITIZE=ON; never part of Parallax.

#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

namespace {

// volatile: the optimizer must not see through the index or the operands.
volatile int g_index = 8;
volatile int g_large = std::numeric_limits<int>::max();

int heapOverflow()
{
    std::vector<char> buffer(8, 'x');
    const char *data = buffer.data();
    return data[g_index]; // one past the end
}

int signedOverflow()
{
    const int large = g_large;
    return large + 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "ubsan") == 0)
        std::printf("%d\n", signedOverflow());
    else
        std::printf("%d\n", heapOverflow());
    // Reached only when the sanitizer did not stop the program.
    std::printf("no sanitizer report\n");
    return 0;
}
