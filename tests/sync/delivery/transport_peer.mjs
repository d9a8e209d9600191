// The far end for the HTTP transport tests: a plain Node HTTP server on
// loopback that answers by path, and tells what it saw in response headers
// (the transport drops bodies, by design).
//
//   node transport_peer.mjs      -> prints {"port": N} on its first line
//   POST /status/NNN[?retry-after=V]   answers NNN (with Retry-After: V)
//   POST /redirect                     answers 302, Location: /status/200
//   POST /echo                         answers 200 with x-body-length, x-webhook-id, x-content-type
//   POST /slow/MS                      answers 200 after MS
//   POST /hang                         never answers
//   POST /reset                        destroys the socket
//   POST /control/seen                 answers 200 with x-paths (every earlier path, comma
//                                      separated) and x-connections (distinct client sockets)
import http from 'node:http';

const paths = [];
const sockets = new Set();

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://peer');
    if (url.pathname === '/control/seen') {
      res.writeHead(200, { 'x-paths': paths.join(','), 'x-connections': String(sockets.size) }).end();
      return;
    }
    paths.push(url.pathname);
    sockets.add(`${req.socket.remoteAddress}:${req.socket.remotePort}`);
    const [, kind, arg] = url.pathname.split('/');
    if (kind === 'status') {
      const headers = url.searchParams.has('retry-after') ? { 'retry-after': url.searchParams.get('retry-after') } : {};
      res.writeHead(Number(arg), headers).end('a body the transport must not keep');
    } else if (kind === 'redirect') {
      res.writeHead(302, { location: '/status/200' }).end();
    } else if (kind === 'echo') {
      res.writeHead(200, {
        'x-body-length': String(body.length),
        'x-webhook-id': req.headers['webhook-id'] ?? '',
        'x-content-type': req.headers['content-type'] ?? '',
      }).end();
    } else if (kind === 'slow') {
      setTimeout(() => res.writeHead(200).end(), Number(arg));
    } else if (kind === 'hang') {
      // never answers
    } else if (kind === 'reset') {
      req.socket.destroy();
    } else {
      res.writeHead(404).end();
    }
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});
