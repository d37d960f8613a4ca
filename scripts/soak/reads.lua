-- wrk: cycle through the main reader pages; count non-2xx/3xx answers per status.
local paths = { "/", "/rounds", "/rounds?q=ceasefire", "/rounds/istanbul-2025-06-02", "/rounds/istanbul-2025-05-16",
  "/timeline", "/exchanges", "/memoranda", "/memoranda/compare?a=russian-memorandum-2025-06&b=ukrainian-memorandum-2025-06",
  "/people/rustem-umerov", "/parties/russia", "/search?q=prisoners", "/rounds/istanbul-2025-06-02/summary.md" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept"] = "text/html" })
end
local failures = {}
response = function(status)
  if status >= 500 then failures[status] = (failures[status] or 0) + 1 end
end
done = function(summary)
  local total = 0
  for _, n in pairs(failures) do total = total + n end
  io.write(string.format("5xx responses: %d\n", total))
end
