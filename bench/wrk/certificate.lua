-- wrk: GET /api/v1/certificates/{number} for a random one of the generated certificates (every one known).
dofile("bench/wrk/report.lua")
dofile("bench/wrk/lines.lua")
local numbers = lines_of("NUMBERS")
request = function()
  return wrk.format("GET", "/api/v1/certificates/" .. pick(numbers))
end
