-- wrk script of benchmarks/serve.py: every request POSTs a different body, read from the file in BODIES, one JSON
-- body a line; a response counts as good when its status is 200 and its body contains EXPECT. Thread n starts at
-- line n * (lines / threads), so no two requests of a run carry the same problem. done() prints one JSON line.
local bodies_file, path, expect = os.getenv("BODIES"), os.getenv("PATH_"), os.getenv("EXPECT")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(bodies_file) do bodies[#bodies + 1] = line end
  local nthreads = tonumber(os.getenv("THREADS"))
  next_body = math.floor(id * #bodies / nthreads)
  bad, first_bad = 0, nil
  wrk.method, wrk.path = "POST", path
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end

function response(status, headers, body)
  if status ~= 200 or not string.find(body, expect, 1, true) then
    bad = bad + 1
    if first_bad == nil then first_bad = status .. ": " .. string.sub(body, 1, 200) end
  end
end

function done(summary, latency, requests)
  local bad_total, first = 0, ""
  for _, t in ipairs(threads) do
    bad_total = bad_total + t:get("bad")
    first = first ~= "" and first or (t:get("first_bad") or "")
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bad": %d, "connect": %d, "read": %d, "write": %d, "status": %d, ' ..
    '"timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "first_bad": "%s"}\n',
    summary.requests, summary.duration, bad_total, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, (string.gsub(first, '[^%w%s:.,_-]', '?'))))
end
