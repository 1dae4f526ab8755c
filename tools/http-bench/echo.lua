-- wrk script for the echo workload: POST a 1 KB JSON body.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"items":[' .. string.rep('"0123456789abcdef",', 55) .. '"end"]}'
