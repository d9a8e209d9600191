// The leads' dashboard in real Chromium (Debian's, driven by npm
// playwright-core; never a downloaded browser) against the real
// `packdesk serve`, on a temp database filled through the packdesk CLI.
//   node dashboard.spec.mjs PATH/TO/packdesk
// Env DASHBOARD_SCREENSHOT=FILE also saves a screenshot of the page (docs).
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const packdesk = process.argv[2];
assert.ok(packdesk, 'usage: node dashboard.spec.mjs PATH/TO/packdesk');
const dir = mkdtempSync(join(tmpdir(), 'packdesk-dashboard-'));
const db = join(dir, 'station.sqlite');
const EVE = '<script>window.__pwned=1</script>Eve';
const CUSTOMER = '<img src=x onerror=window.__pwned=1>';

function cli(...args) {
  return execFileSync(packdesk, [...args, '--db', db], { encoding: 'utf8', env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
}

function order(number, customer) {
  return {
    shop: 'acme', number,
    customer: { name: customer },
    shipping_address: { line1: 'Storgata 1', postal_code: '0155', city: 'Oslo', country: 'NO' },
    lines: [{ sku: 'TEA-7', name: 'Tea', barcodes: ['036000291452'], quantity: 1, unit_weight_g: 100 }],
  };
}

// Each script replays a few minutes of work (`at`, `wait`) so pack times are real.
function packScript(badge, pin, number, startMs, defect) {
  return [
    `at ${new Date(startMs).toISOString()}`,
    `login ${badge} ${pin}`, `scan acme/${number}`, 'wait 40s', 'scan 036000291452', 'box S', 'weigh 100',
    'override L1 pin=4321 grams=250 "scale drifts"', 'wait 30s',
    `quality right_box_size=ok protection=${defect === 'crushed' ? 'defect:crushed' : 'ok'} ` +
      `seal=${defect === 'tape_torn' ? 'defect:tape_torn' : 'ok'} card_inserted=ok label_placement=ok`,
    'print ok', 'wait 20s', 'complete', 'expect state packed', 'logout', '',
  ].join('\n');
}

function seed() {
  cli('packers', 'add', 'L1', '--name', 'Lena Lead', '--lead', '--pin', '4321');
  cli('packers', 'add', 'P2', '--name', EVE, '--pin', '1111');
  cli('packers', 'add', 'P3', '--name', 'Ola Nordmann', '--pin', '2222');
  writeFileSync(join(dir, 'orders.json'), JSON.stringify(
    [order('1001', CUSTOMER), order('1002', 'Kari'), order('1003', 'Nils'), order('1004', 'Siri')]));
  cli('orders', 'import', join(dir, 'orders.json'));
  // Today (UTC), within the last hour when the day is old enough.
  const midnight = new Date(new Date().toISOString().slice(0, 10) + 'T00:00:00Z').getTime();
  const start = Math.max(midnight, Date.now() - 3600000);
  const runs = [['P2', '1111', '1001', 'S1', 'tape_torn'], ['P3', '2222', '1002', 'S2', 'tape_torn'],
    ['P3', '2222', '1003', 'S2', 'crushed']];
  runs.forEach(([badge, pin, number, station, defect], i) => {
    const file = join(dir, `${number}.pack`);
    writeFileSync(file, packScript(badge, pin, number, start + i * 5 * 60000, defect));
    cli('pack', file, '--station', station);
  });
  // One exception, for the exceptions' Pareto.
  writeFileSync(join(dir, '1004.pack'),
    `at ${new Date(start + 20 * 60000).toISOString()}\nlogin P3 2222\nscan acme/1004\nshort-pick\nlogout\n`);
  cli('pack', join(dir, '1004.pack'), '--station', 'S2');
}

function startServer() {
  const server = spawn(packdesk, ['serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 15000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match) { clearTimeout(timer); resolve({ server, port: Number(match[1]) }); }
    });
    server.stderr.on('data', () => {});
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}: ${out}`)); });
  });
}

async function stopServer(server) {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(server.pid, 'SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10000));
  if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(server.pid, 'SIGKILL');
}

async function kpi(page, key) {
  return (await page.textContent(`[data-kpi="${key}"] .value`)).trim();
}

async function main() {
  seed();
  const { server, port } = await startServer();
  const origin = `http://127.0.0.1:${port}`;
  let browser;
  const offsite = [];
  try {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    // Nothing may leave 127.0.0.1: every other request is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const consoleErrors = [];
    // CSP violations and script errors show here; the failed logins' 403s are expected.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 403/.test(message.text())) consoleErrors.push(message.text());
    });

    // Without a session the dashboard sends the lead to the login form.
    await page.goto(`${origin}/dashboard`);
    assert.equal(new URL(page.url()).pathname, '/dashboard/login');

    // A wrong PIN fails, with the one message for every failure.
    await page.fill('#badge', 'L1');
    await page.fill('#pin', '0000');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    assert.match(await page.textContent('.error'), /Sign-in failed/);
    assert.equal(new URL(page.url()).pathname, '/dashboard/login');

    // A packer (not a lead) with the right PIN fails the same way.
    await page.fill('#badge', 'P3');
    await page.fill('#pin', '2222');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    assert.match(await page.textContent('.error'), /Sign-in failed/);

    // The lead signs in and sees today's figures.
    await page.fill('#badge', 'L1');
    await page.fill('#pin', '4321');
    await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
    assert.equal(new URL(page.url()).pathname, '/dashboard');
    await page.click('nav.ranges a:has-text("Today")');
    assert.equal(await kpi(page, 'orders_packed'), '3');
    assert.equal(await kpi(page, 'items_packed'), '3');
    assert.equal(await kpi(page, 'packaging_defects'), '3');
    assert.equal(await page.locator('#table-packers tbody tr').count(), 2);
    assert.ok(await page.locator('svg.throughput rect.tp-bar').count() >= 1);
    assert.equal(await kpi(page, 'exceptions'), '1');
    assert.equal(await kpi(page, 'median_pack_s'), '90.0');
    // Two defect kinds (tape_torn 2, crushed 1) and one exception reason.
    assert.equal(await page.locator('svg.pareto rect.pareto-bar').count(), 3);

    // The packer named <script>... is text on the page, and nothing ran.
    const names = await page.locator('#table-packers tbody td:nth-child(2)').allTextContents();
    assert.ok(names.includes(EVE), `names: ${names}`);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    if (process.env.DASHBOARD_SCREENSHOT)
      await page.screenshot({ path: process.env.DASHBOARD_SCREENSHOT, fullPage: true });

    // Filters change the tables: one packer, one station, another day.
    await page.selectOption('#filter-packer', 'P2');
    await Promise.all([page.waitForNavigation(), page.click('#apply')]);
    assert.equal(await kpi(page, 'orders_packed'), '1');
    assert.deepEqual(await page.locator('#table-packers tbody td:first-child').allTextContents(), ['P2']);
    await page.selectOption('#filter-packer', '');
    await page.selectOption('#filter-station', 'S2');
    await Promise.all([page.waitForNavigation(), page.click('#apply')]);
    assert.equal(await kpi(page, 'orders_packed'), '2');
    assert.deepEqual(await page.locator('#table-stations tbody td:first-child').allTextContents(), ['S2']);
    await page.selectOption('#filter-station', '');
    const lastYear = new Date(Date.now() - 365 * 86400000).toISOString().slice(0, 10);
    await page.fill('#filter-from', lastYear);
    await page.fill('#filter-to', lastYear);
    await Promise.all([page.waitForNavigation(), page.click('#apply')]);
    assert.equal(await kpi(page, 'orders_packed'), '0');
    assert.equal(await page.locator('#table-packers').count(), 0);

    // The packers' CSV, downloaded like a lead would: header and one row per packer.
    await page.click('nav.ranges a:has-text("Today")');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('section.table:has(h2:text-is("Packers")) a.csv'),
    ]);
    assert.match(download.suggestedFilename(), /^packdesk-packers-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split('\r\n').filter((line) => line.length > 0);
    assert.match(lines[0], /^badge,name,orders_packed,items_packed,orders_per_hour,/);
    assert.equal(lines.length, 3, csv);
    assert.ok(lines.some((line) => line.startsWith(`P2,${EVE},1,1,`)), csv);
    assert.ok(lines.some((line) => line.startsWith('P3,Ola Nordmann,2,2,')), csv);

    // Signing out ends the session: the page needs a login again.
    await Promise.all([page.waitForNavigation(), page.click('header.top button')]);
    await page.goto(`${origin}/dashboard`);
    assert.equal(new URL(page.url()).pathname, '/dashboard/login');

    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(offsite, [], 'requests left 127.0.0.1');
    assert.deepEqual(consoleErrors, [], 'console errors (CSP violations show here)');
    console.log('dashboard browser test: all checks passed');
  } finally {
    if (browser) await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
