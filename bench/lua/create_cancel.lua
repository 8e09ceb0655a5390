-- Create + cancel cycle: each connection creates a schedule, cancels it, and again. Run with as many wrk threads
-- as connections: a thread's responses then come in the order of its requests, so every cancel names the schedule
-- its connection just created. Each thread acts for its own merchant (the authorization header's PublicKeyId
-- names it; an unsigned header is accepted in the default verify-known mode).
local merchantCount = 0
setup = function(thread)
  thread:set("merchant", "BENCH-" .. merchantCount)
  merchantCount = merchantCount + 1
end

local toCancel = nil
local body = '{"reportType":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_","scheduleFrequency":"P1D","nextReportCreationTime":"20991118T150630Z"}'

request = function()
  -- wrk.format sends no Host header unless given one.
  local headers = { ["host"] = wrk.headers["Host"],
    ["authorization"] = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" .. merchant .. ", SignedHeaders=x, Signature=x" }
  if toCancel then
    local id = toCancel
    toCancel = nil
    return wrk.format("DELETE", "/v2/report-schedules/" .. id, headers)
  end
  headers["content-type"] = "application/json"
  -- A schedule left by the end of a run (created, not yet cancelled) is replaced rather than refused.
  return wrk.format("POST", "/v2/report-schedules?deleteExistingSchedule=true", headers, body)
end

response = function(status, headers, body)
  if status == 201 then
    toCancel = string.match(body, '"reportScheduleId":"(%d+)"')
  end
end
