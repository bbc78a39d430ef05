-- wrk script for the search page's load benchmark: each connection walks the query paths of
-- ServeLoad --paths (a file named by the PATHS environment variable), and the server's own time
-- (its Server-Timing header) is collected per thread and summarised at the end.
-- wrk -t2 -c20 -d60s -s src/test/resources/web/wrk-search.lua http://127.0.0.1:PORT
local paths = {}
for line in io.lines(os.getenv("PATHS") or "target/load-paths.txt") do paths[#paths + 1] = line end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  i = id * 997
  times = {}
  errors = 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
  local st = headers["Server-Timing"] or headers["server-timing"]
  if st then
    local ms = tonumber(string.match(st, "dur=([%d%.]+)"))
    if ms then times[#times + 1] = ms end
  end
end

function done(summary, latency, requests)
  local all, errs = {}, 0
  for _, t in ipairs(threads) do
    local ts = t:get("times")
    for _, v in ipairs(ts) do all[#all + 1] = v end
    errs = errs + t:get("errors")
  end
  table.sort(all)
  local function q(p) return all[math.max(1, math.floor(p * #all))] or 0 end
  io.write(string.format("server time (Server-Timing) over %d pages: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms; non-200: %d\n",
    #all, q(0.5), q(0.9), q(0.99), all[#all] or 0, errs))
  io.write(string.format("round trip: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms; %d requests, %.0f/s, socket errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
