-- wrk: the page a wallet card's QR code opens, GET /verify/{number}, for a random one of the generated certificates.
dofile("bench/wrk/report.lua")
dofile("bench/wrk/lines.lua")
local numbers = lines_of("NUMBERS")
request = function()
  return wrk.format("GET", "/verify/" .. pick(numbers))
end
