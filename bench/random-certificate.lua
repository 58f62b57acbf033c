-- wrk: GET a random one of the bench's certificate numbers (PS-CPS-2026-000001 .. PEOPLE), every one known.
math.randomseed(20261123)
local people = tonumber(os.getenv("PEOPLE") or "100000")
request = function()
  local n = math.random(1, people)
  return wrk.format("GET", string.format("/api/v1/certificates/PS-CPS-2026-%06d", n))
end
