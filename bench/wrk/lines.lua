-- wrk helper: the lines of the file named by an environment variable, and a seeded random pick of one.
math.randomseed(20261203)
function lines_of(variable)
  local all = {}
  for line in io.lines(os.getenv(variable)) do all[#all + 1] = line end
  return all
end
function pick(all) return all[math.random(1, #all)] end
