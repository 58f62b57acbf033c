-- wrk: one machine-readable line after the run, read by bench/lib.sh's wrk_run:
-- REPORT requests_per_second p50_ms p95_ms p99_ms errors (connect, read, write, timeouts and non-2xx/3xx answers)
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("REPORT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
