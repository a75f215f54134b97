-- Quiz submissions for wrk: every request submits a different open attempt
-- with all answers right. Arguments: the file of "cookie<TAB>form body"
-- lines, the platform's origin, and the number of wrk threads; each thread
-- takes every n-th line.
local counter = 0

function setup(thread)
	thread:set("id", counter)
	counter = counter + 1
end

function init(args)
	local threads = tonumber(args[3])
	requests = {}
	local n = 0
	for line in io.lines(args[1]) do
		if n % threads == id then
			local cookie, body = line:match("^([^\t]*)\t(.*)$")
			requests[#requests + 1] = wrk.format("POST", "/api/submit_attempt", {
				["Cookie"] = cookie,
				["Origin"] = args[2],
				["Content-Type"] = "application/x-www-form-urlencoded",
			}, body)
		end
		n = n + 1
	end
	sent = 0
end

function request()
	sent = sent + 1
	return requests[(sent - 1) % #requests + 1]
end
