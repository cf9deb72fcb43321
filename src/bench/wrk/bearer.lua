-- wrk script: every request carries the bearer token from $TOKEN; at the end one machine-readable line
-- "RESULT <requests/s> <requests> <non-2xx> <socket errors> <p50 ms> <p99 ms>" for run.sh.
local token = os.getenv("TOKEN")
if token == nil or token == "" then
  error("TOKEN is not set")
end
wrk.headers["Authorization"] = "Bearer " .. token
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %d %d %d %.2f %.2f\n",
    summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status, errors,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
