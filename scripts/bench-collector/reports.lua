-- wrk script: realistic anonymous reports for the collector's load test.
--
-- Report number n is fully determined by n (see verify.py, which rebuilds
-- the same reports to count them independently): a computer whose learners
-- did 10 lessons that week, so 10 lesson counters and 80 question counters,
-- in one of the 4 age bands and one of 33 places (32 states or none).
--
-- Each thread sends new reports n = thread, thread + threads, ..., and one
-- request in 10 is a retry of one of its earlier reports (same key, same
-- body), which the server must not count again. At the end each thread
-- writes how many reports it made, for verify.py.

local campaign = os.getenv("BENCH_CAMPAIGN")
local week = os.getenv("BENCH_WEEK")
local salt = os.getenv("BENCH_SALT")
local threads_total = tonumber(os.getenv("BENCH_THREADS"))
local counts_file = os.getenv("BENCH_COUNTS")

local LESSONS = {
  "devices-8-11", "devices-12-14", "devices-15-17", "kindness-8-11", "kindness-12-14", "kindness-15-17",
  "misinformation-8-11", "misinformation-12-14", "misinformation-15-17", "passwords-8-11", "passwords-12-14",
  "passwords-15-17", "privacy-8-11", "privacy-12-14", "privacy-15-17", "rights-8-11", "rights-12-14",
  "rights-15-17", "scams-8-11", "scams-12-14", "scams-15-17", "strangers-8-11", "strangers-12-14",
  "strangers-15-17", "wellbeing-8-11", "wellbeing-12-14", "wellbeing-15-17", "family-accounts",
  "family-scams", "family-settings", "family-talk", "family-warning-signs",
}
local BANDS = { "8-11", "12-14", "15-17", "adults" }

-- The part of a report for its k-th lesson depends only on the lesson, k
-- and n mod 60, so it is built once and reused: the load generator shares
-- the machine's two cores with the server and must stay light.
local pieces = {}

local function piece(n, k)
  local index = (n * 7 + k * 3) % 32 + 1
  local cache_key = index * 1000 + k * 60 + n % 60
  local cached = pieces[cache_key]
  if cached then return cached[1], cached[2] end
  local lesson = LESSONS[index]
  local completed = 1 + (n + k) % 5
  local attempts = completed + (n % 2)
  local lesson_part = string.format(
    '{"lesson":"%s","completed":%d,"quiz_attempts":%d,"quiz_passed":%d,"activities_done":%d}',
    lesson, completed, attempts, completed, (n + 2 * k) % 4)
  local questions = {}
  for q = 1, 8 do
    local answered = 1 + (n + q) % 4
    questions[q] = string.format(
      '{"lesson":"%s","question":"question-%d","answered":%d,"first_try_right":%d}',
      lesson, q, answered, (n + k + q) % (answered + 1))
  end
  local question_part = table.concat(questions, ",")
  pieces[cache_key] = { lesson_part, question_part }
  return lesson_part, question_part
end

local function report(n)
  local lessons, questions = {}, {}
  for k = 0, 9 do
    lessons[k + 1], questions[k + 1] = piece(n, k)
  end
  local state = n % 33
  local state_field = state == 0 and "" or string.format('"state":"%02d",', state)
  return string.format(
    '{"format":1,"campaign":"%s","week":"%s","band":"%s",%s"key":"%s%016x","lessons":[%s],"questions":[%s]}',
    campaign, week, BANDS[n % 4 + 1], state_field, salt, n, table.concat(lessons, ","), table.concat(questions, ","))
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

sent = 0            -- new reports this thread made (global: done() reads it)

function init(args)
  math.randomseed(id * 7919 + 1)
end

function request()
  local n
  if sent > 0 and math.random(10) == 1 then
    n = id + threads_total * math.random(0, sent - 1)
  else
    n = id + threads_total * sent
    sent = sent + 1
  end
  return wrk.format("POST", "/v1/reports", { ["Content-Type"] = "application/json" }, report(n))
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    local made = thread:get("sent")
    total = total + made
    local file = assert(io.open(counts_file .. "." .. thread:get("id"), "w"))
    file:write(tostring(made), "\n")
    file:close()
  end
  io.write(string.format("BENCH requests=%d errors_status=%d unique_reports=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status, total, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
