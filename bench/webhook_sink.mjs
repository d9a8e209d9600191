// The shop end of the webhook benchmark: a plain Node HTTP server on
// loopback that answers 200 to every request on keep-alive connections and
// counts them. No signature check, so the sender's throughput is measured
// against the same ceiling wrk sees. Prints {"port": N} on its first line.
import http from 'node:http';

let requests = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/count') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ requests }));
    return;
  }
  req.resume();
  req.on('end', () => {
    requests++;
    res.writeHead(200, { 'content-length': '2' }).end('ok');
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});
