#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  try {
    return mtlint::RunCommandLine(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "mtlint: error: " << e.what() << '\n';
    return 2;
  }
}
