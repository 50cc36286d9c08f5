#include "engine/ordered_runner.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using mtlint::Emit;
using mtlint::RunInOrder;

TEST_CASE("results come out in order whatever finishes first", "[runner]") {
  for (size_t jobs : {1, 2, 4, 8}) {
    INFO("jobs " << jobs);
    std::vector<size_t> out;
    std::mutex mutex;
    std::set<size_t> workers;
    std::thread::id caller = std::this_thread::get_id();
    bool emitted_on_caller = true;
    RunInOrder(50, jobs, 3, [&](size_t i, size_t worker) -> Emit {
      {
        std::lock_guard lock(mutex);
        workers.insert(worker);
      }
      // Early items take longest, so later ones finish first.
      std::this_thread::sleep_for(std::chrono::microseconds((50 - i) * 20));
      return [&, i] {
        emitted_on_caller &= std::this_thread::get_id() == caller;
        out.push_back(i);
      };
    });
    REQUIRE(out.size() == 50);
    for (size_t i = 0; i < out.size(); ++i) CHECK(out[i] == i);
    CHECK(emitted_on_caller);
    CHECK(*workers.rbegin() < jobs);
  }
}

TEST_CASE("workers stay within the window of the output", "[runner]") {
  std::mutex mutex;
  size_t emitted = 0;
  size_t worst = 0;
  RunInOrder(40, 4, 6, [&](size_t i, size_t) -> Emit {
    {
      std::lock_guard lock(mutex);
      worst = std::max(worst, i - std::min(i, emitted));
    }
    return [&] {
      std::lock_guard lock(mutex);
      ++emitted;
    };
  });
  CHECK(emitted == 40);
  CHECK(worst < 6);
}

TEST_CASE("an exception in a work item reaches the caller", "[runner]") {
  std::vector<size_t> out;
  CHECK_THROWS_WITH(RunInOrder(20, 3, 4,
                               [&](size_t i, size_t) -> Emit {
                                 if (i == 7) throw std::logic_error("boom");
                                 return [&out, i] { out.push_back(i); };
                               }),
                    "boom");
  // Everything before the failing item was emitted, in order, and
  // nothing after it.
  REQUIRE(out.size() == 7);
  for (size_t i = 0; i < 7; ++i) CHECK(out[i] == i);
}

TEST_CASE("after_emit runs after each item; nothing to do is fine",
          "[runner]") {
  size_t after = 0;
  RunInOrder(
      5, 2, 2, [](size_t, size_t) -> Emit { return [] {}; }, [&] { ++after; });
  CHECK(after == 5);
  RunInOrder(0, 4, 4, [](size_t, size_t) -> Emit { return [] {}; });
}
