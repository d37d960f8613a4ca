-- wrk's report for scripts/benchmark, one line: requests/s, p50 and p99 latency in ms, MB/s,
-- failed requests (socket errors and answers other than 2xx/3xx), requests.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %.1f %d %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.bytes / seconds / 1e6, e.connect + e.read + e.write + e.timeout + e.status, summary.requests))
end
