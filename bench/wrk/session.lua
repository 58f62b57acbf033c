-- wrk: signed-in users (one session per line of COOKIES, each request from the next session in turn), on QUERY=page the application work queue, QUERY=search the queue searched by a generated surname (NAMES),
-- QUERY=roster an agency's roster page, QUERY=health the trivial health endpoint (the baseline at the same pace).
dofile("bench/wrk/report.lua")
dofile("bench/wrk/lines.lua")
local query = os.getenv("QUERY") or "page"
local sessions = lines_of("COOKIES")
local names = query == "search" and lines_of("NAMES") or nil
local paths = { page = "/staff/applications.xhtml", search = "/staff/applications.xhtml?q=", roster = "/agency/roster.xhtml",
                health = "/api/v1/health" }
local turn = 0
request = function()
  turn = turn % #sessions + 1
  local path = paths[query]
  if names then path = path .. pick(names):match("([^\t]+)") end
  return wrk.format("GET", path, { Cookie = "JSESSIONID=" .. sessions[turn] })
end
