-- Asks for the paths listed in a file, one per line, in random order, so few answers come from a cache:
--   wrk -s bench/paths.lua http://host:port -- paths.txt
local paths = {}

function init(args)
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end
