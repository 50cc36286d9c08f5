// Runs a fuzz target over files instead of under libFuzzer, so that every
// build (the plain one and the sanitizer one, with any compiler) checks the
// targets' invariants on the seed corpus and on inputs saved by earlier
// fuzzing. Arguments: files, or directories whose files are all run.
//   lint_fix_fuzzer build/fuzz-seeds/lint_fix [crash-file...]
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "engine/inputs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const fs::directory_entry& e : fs::directory_iterator(argv[i])) {
        if (e.is_regular_file()) files.push_back(e.path().string());
      }
    } else {
      files.push_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& file : files) {
    std::string data = mtlint::ReadInput(file);
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()),
                           data.size());
  }
  if (files.empty()) {
    std::cerr << "no inputs\n";
    return 1;
  }
  std::cout << files.size() << " passed, 0 failed\n";
  return 0;
}
