-- wrk script: POSTs a new order (unique number) to packdesk serve's order API
-- on every request. Token from $PACKDESK_TOKEN, shop from $PACKDESK_SHOP
-- (default "bench"). Used by api_bench (bench/api_bench.cpp):
--   wrk -c 8 -t 2 -d 10s -s bench/create-orders.lua http://127.0.0.1:PORT
local token = os.getenv("PACKDESK_TOKEN") or ""
local shop = os.getenv("PACKDESK_SHOP") or "bench"
local run = os.getenv("PACKDESK_RUN") or tostring(os.time())
local threads = {}
local counter = 0
prefix = "0" -- a global: setup() sets it per thread with thread:set()

function setup(thread)
  thread:set("prefix", tostring(#threads))
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local number = "B-" .. run .. "-" .. prefix .. "-" .. counter
  local body = '{"shop":"' .. shop .. '","number":"' .. number .. '",' ..
    '"customer":{"name":"Bench Customer","email":"bench@example.com","locale":"en"},' ..
    '"shipping_address":{"line1":"Benchstraat 1","postal_code":"1000","city":"Brussel","country":"BE"},' ..
    '"lines":[{"sku":"SKU-1","name":"Mug","barcodes":["7038010012341"],"quantity":2,"unit_weight_g":380},' ..
    '{"sku":"SKU-2","name":"Socks","barcodes":["7038010009457"],"quantity":1,"unit_weight_g":110}]}'
  return wrk.format("POST", "/api/v1/orders",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non_201: %d\n", summary.errors.status))
  io.write(string.format("p50_us: %d\np99_us: %d\n", latency:percentile(50), latency:percentile(99)))
end
