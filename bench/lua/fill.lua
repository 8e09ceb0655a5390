-- Fills the stub for the scale case: BENCH_SCALE schedules, 7 per merchant (one per schedulable Amazon Pay report
-- type). The first BENCH_FIRE are due at BENCH_DUE, so that moving the clock past it makes them all fire at one
-- instant; the rest are due in 2099.
local total = tonumber(os.getenv("BENCH_SCALE"))
local fire = tonumber(os.getenv("BENCH_FIRE") or os.getenv("BENCH_SCALE"))
local due = os.getenv("BENCH_DUE")
local later = "20991118T150630Z"
local types = { "SETTLEMENT", "SANDBOX_SETTLEMENT", "ORDER_REFERENCE", "BILLING_AGREEMENT", "AUTHORIZATION", "CAPTURE", "REFUND" }
-- wrk calls request() once before the run to check the script and sends nothing for it: that call is number -1.
local sent, answered = -1, 0

request = function()
  local i = sent
  sent = sent + 1
  if i < 0 or i >= total then
    return wrk.format("GET", "/v2/report-schedules") -- the fill is done; these only wait for wrk to stop
  end
  local merchant = math.floor(i / 7)
  return wrk.format("POST", "/v2/report-schedules", {
      ["host"] = wrk.headers["Host"],
      ["content-type"] = "application/json",
      ["authorization"] = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=FILL-" .. merchant .. ", SignedHeaders=x, Signature=x" },
    '{"reportType":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_' .. types[i % 7 + 1] .. '_DATA_","scheduleFrequency":"P1D","nextReportCreationTime":"' .. (i < fire and due or later) .. '"}')
end

response = function(status, headers, body)
  answered = answered + 1
  if answered >= total then
    os.exit(0)
  end
end
