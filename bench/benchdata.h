#pragma once

#include <QString>

namespace packdesk::bench {

/// Where generated benchmark data is cached between runs: $PACKDESK_BENCH_DATA
/// or bench-data/ in the working directory. Generating a million orders takes
/// a while; reusing the file keeps reruns quick.
QString benchDataDir();

/// A SQLite database with `count` generated orders (all ready), made once and
/// then copied for each run so every run starts from the same state.
/// Returns the path of a fresh copy, or an empty string on failure.
QString freshCopyOfOrderDatabase(int count, const QString& workDir);

} // namespace packdesk::bench
