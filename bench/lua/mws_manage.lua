-- MWS ManageReportSchedule, signed (Signature Version 2, HmacSHA256) with a key the stub verifies. The body is
-- signed once by the harness (scripts/mws-request.sh --dry-run) with a Timestamp of the start of the case: the
-- stub keeps no nonces, so one body stays valid for the 15 minutes the Timestamp is accepted.
local file = io.open(os.getenv("BENCH_MWS_BODY"), "r")
local body = file:read("*l")
file:close()
wrk.method = "POST"
wrk.path = "/Reports/2009-01-01"
wrk.headers["content-type"] = "application/x-www-form-urlencoded"
wrk.body = body
