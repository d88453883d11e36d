-- wrk script: POST the AdmissionReview in $BODY_FILE, with a distinct uid per request.
local path = os.getenv("BODY_FILE") or "bench/server/admission-review.json"
local file = assert(io.open(path, "rb"))
local template = file:read("*a")
file:close()

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0

request = function()
  counter = counter + 1
  local body = template:gsub("BENCH%-UID", "bench-" .. counter, 1)
  return wrk.format(nil, nil, nil, body)
end
