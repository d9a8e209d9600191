// Renders a ZPL label to a PNG with zpl-renderer-js (zebrash compiled to
// WebAssembly): an independent ZPL interpreter, offline, so the tests check
// what a Zebra printer would print rather than what packdesk meant to send.
//
//   node render-zpl.cjs <widthMm> <heightMm> <dotsPerMm> <out.png> [in.zpl]
//
// Reads the ZPL from the file, or from stdin when no file is given.
// Run with NODE_PATH (or the working directory) at tests/node_modules.
'use strict';
const fs = require('fs');

async function main() {
    const [widthMm, heightMm, dpmm, outPath, inPath] = process.argv.slice(2);
    if (!outPath) {
        process.stderr.write('usage: render-zpl.cjs <widthMm> <heightMm> <dotsPerMm> <out.png> [in.zpl]\n');
        process.exit(2);
    }
    const zpl = fs.readFileSync(inPath ? inPath : 0, 'utf8');
    const { ready } = require('zpl-renderer-js');
    const { api } = await ready;
    const base64 = await api.zplToBase64Async(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
    fs.writeFileSync(outPath, Buffer.from(base64, 'base64'));
}

main().catch((error) => {
    process.stderr.write(`render-zpl: ${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
});
