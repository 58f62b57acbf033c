-- wrk: the bookmarkable public /verify name search for a random generated surname and a first-name prefix.
dofile("bench/wrk/report.lua")
dofile("bench/wrk/lines.lua")
local names = lines_of("NAMES")
request = function()
  local last, first = pick(names):match("([^\t]+)\t([^\t]+)")
  return wrk.format("GET", "/verify?last=" .. last .. "&first=" .. first:sub(1, 3))
end
