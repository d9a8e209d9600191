// A shop's webhook endpoint for the delivery tests: a real HTTP server on
// loopback that verifies every request with the npm `standardwebhooks`
// package (an independent implementation of the spec), de-duplicates by
// webhook-id, records arrival order and answers from a scripted sequence.
//
//   node receiver.mjs            -> prints {"port": N} on its first line
//   POST /control/config  {"secrets": [...], "script": [...], "fallback": "200"}
//   GET  /control/report  -> what it saw (see report() below)
//
// Script steps, one per webhook request, in arrival order: "200", "500",
// "410", "429:SECONDS" and "503:SECONDS" (Retry-After in seconds),
// "503:date:SECONDS" (Retry-After as an HTTP date), "hang" (never answer),
// "reset" (destroy the socket), "slow:MS" (200 after MS).
import http from 'node:http';
import { Webhook } from 'standardwebhooks';

let secrets = [];
let script = [];
let fallback = '200';
const attempts = [];      // every request, in arrival order
const delivered = [];     // first successful delivery of each webhook-id, in order
const deliveredIds = new Set();
let duplicates = 0;

function verified(body, headers) {
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(body, {
        'webhook-id': headers['webhook-id'],
        'webhook-timestamp': headers['webhook-timestamp'],
        'webhook-signature': headers['webhook-signature'],
      });
      return true;
    } catch (e) { /* try the next secret */ }
  }
  return false;
}

function report() {
  return { attempts, delivered, duplicates, unverified: attempts.filter((a) => !a.verified).length };
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const server = http.createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.url === '/control/config') {
    const config = JSON.parse(body);
    secrets = config.secrets ?? secrets;
    script = config.script ?? script;
    fallback = config.fallback ?? fallback;
    res.writeHead(204).end();
    return;
  }
  if (req.url === '/control/report') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(report()));
    return;
  }
  const ok = verified(body, req.headers);
  let parsed = {};
  try { parsed = JSON.parse(body); } catch (e) { /* recorded as is */ }
  const data = parsed.data ?? {};
  const step = ok ? (script.length ? script.shift() : fallback) : '401';
  const id = req.headers['webhook-id'];
  attempts.push({
    id, timestamp: Number(req.headers['webhook-timestamp']), type: parsed.type,
    order: `${data.shop}/${data.order_number}`, verified: ok, step, at: Date.now(),
    signatures: (req.headers['webhook-signature'] ?? '').split(' ').length,
    contentType: req.headers['content-type'],
  });
  const succeed = () => {
    if (deliveredIds.has(id)) duplicates++;
    else { deliveredIds.add(id); delivered.push({ id, type: parsed.type, order: `${data.shop}/${data.order_number}`, body }); }
    res.writeHead(200).end('ok');
  };
  const [kind, a, b] = step.split(':');
  if (kind === 'hang') return;
  if (kind === 'reset') { req.socket.destroy(); return; }
  if (kind === '200') { succeed(); return; }
  if (kind === 'slow') { setTimeout(succeed, Number(a)); return; }
  if ((kind === '429' || kind === '503') && a === 'date') {
    const at = new Date(Date.now() + Number(b) * 1000).toUTCString();
    res.writeHead(Number(kind), { 'retry-after': at }).end();
    return;
  }
  if (kind === '429' || kind === '503') { res.writeHead(Number(kind), { 'retry-after': a }).end(); return; }
  res.writeHead(Number(kind)).end();
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});
