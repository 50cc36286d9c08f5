#include "engine/ordered_runner.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace mtlint {

void RunInOrder(size_t count, size_t jobs, size_t window,
                const std::function<Emit(size_t i, size_t worker)>& work,
                const std::function<void()>& after_emit) {
  jobs = std::min(jobs, count);
  if (jobs <= 1) {
    for (size_t i = 0; i < count; ++i) {
      work(i, 0)();
      if (after_emit) after_emit();
    }
    return;
  }
  window = std::max(window, jobs);
  std::mutex mutex;
  std::condition_variable ready;    // an item finished
  std::condition_variable emitted;  // the output moved on
  std::vector<std::optional<Emit>> done(count);
  size_t next = 0;           // the next item to take
  size_t emitted_count = 0;  // items already emitted
  bool stop = false;         // the caller gave up: an Emit threw

  auto worker = [&](size_t w) {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mutex);
        emitted.wait(lock, [&] {
          return stop || next >= count || next < emitted_count + window;
        });
        if (stop || next >= count) return;
        i = next++;
      }
      Emit emit;
      try {
        emit = work(i, w);
      } catch (...) {
        // Work items report their own errors; anything else is a bug,
        // rethrown on the caller's thread in its place in the order.
        emit = [e = std::current_exception()] { std::rethrow_exception(e); };
      }
      std::lock_guard lock(mutex);
      done[i] = std::move(emit);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (size_t w = 0; w < jobs; ++w) threads.emplace_back(worker, w);
  auto stop_workers = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
      emitted.notify_all();
    }
    for (std::thread& t : threads) t.join();
  };
  try {
    for (size_t i = 0; i < count; ++i) {
      Emit emit;
      {
        std::unique_lock lock(mutex);
        ready.wait(lock, [&] { return done[i].has_value(); });
        emit = std::move(*done[i]);
        done[i].reset();
      }
      emit();
      if (after_emit) after_emit();
      std::lock_guard lock(mutex);
      emitted_count = i + 1;
      emitted.notify_all();
    }
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
}

}  // namespace mtlint
