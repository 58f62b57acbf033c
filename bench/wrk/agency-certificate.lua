-- wrk: GET /api/v1/certificates/{number} for a random one of the numbers in NUMBERS, with the agency API key in
-- AGENCY_KEY (bench/cluster.sh: the agency's lookup budget is lifted there, the per-address one is not).
dofile("bench/wrk/report.lua")
dofile("bench/wrk/lines.lua")
local numbers = lines_of("NUMBERS")
local authorization = "Bearer " .. os.getenv("AGENCY_KEY")
request = function()
  return wrk.format("GET", "/api/v1/certificates/" .. pick(numbers), { ["Authorization"] = authorization })
end
