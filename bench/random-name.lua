-- wrk: the bookmarkable /verify name search for a random generated surname and the first letters of a first name.
math.randomseed(20261123)
local names = {}
for line in io.lines(os.getenv("NAMES")) do
  local last, first = line:match("([^\t]+)\t([^\t]+)")
  names[#names + 1] = { last, first }
end
request = function()
  local pick = names[math.random(1, #names)]
  return wrk.format("GET", "/verify.xhtml?last=" .. pick[1] .. "&first=" .. pick[2]:sub(1, 3))
end
