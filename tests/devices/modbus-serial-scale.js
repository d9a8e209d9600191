// A weighing indicator served by the npm package modbus-serial: a Modbus TCP
// implementation independent of libmodbus, so the client is checked against
// someone else's reading of the protocol.
//
//   node modbus-serial-scale.js
// Listens on 127.0.0.1 on a free port and prints "PORT <n>" once it accepts
// connections. Serves:
//   holding registers 0-1  1234.5 (float32, big word and byte order, grams)
//   holding registers 2-3  12345  (int32 big/big: 1234.5 g at scale 0.1)
//   coil 0                 the stable flag (on)
//   discrete input 1       off
// Exits when stdin closes, so it never outlives the test that started it.
'use strict';

const net = require('net');
const ModbusRTU = require('modbus-serial');

const holding = new Array(16).fill(0);
const weight = Buffer.alloc(8);
weight.writeFloatBE(1234.5, 0);
weight.writeInt32BE(12345, 4);
for (let i = 0; i < 4; ++i)
    holding[i] = weight.readUInt16BE(i * 2);
const coils = new Array(16).fill(false);
coils[0] = true;

const vector = {
    getHoldingRegister: (addr) => {
        if (addr < 0 || addr >= holding.length)
            throw { modbusErrorCode: 0x02, msg: 'illegal data address' };
        return holding[addr];
    },
    getInputRegister: () => 0,
    getCoil: (addr) => coils[addr] === true,
    getDiscreteInput: () => false,
    setRegister: (addr, value) => { holding[addr] = value; },
    setCoil: (addr, value) => { coils[addr] = value; },
};

// ServerTCP treats port 0 as "unset" (it would take 502), so find a free
// port first; retry if another process takes it in between.
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const port = probe.address().port;
            probe.close(() => resolve(port));
        });
    });
}

async function serve(attempt) {
    const port = await freePort();
    // unitID 255: answer every unit id (with any other id the package ignores
    // requests for other units, so the client must then use that id).
    const server = new ModbusRTU.ServerTCP(vector, { host: '127.0.0.1', port, unitID: 255 });
    server.on('initialized', () => process.stdout.write(`PORT ${port}\n`));
    server.on('serverError', (error) => {
        if (attempt < 10 && error.code === 'EADDRINUSE') {
            serve(attempt + 1);
        } else {
            process.stderr.write(`cannot listen: ${error.message}\n`);
            process.exit(2);
        }
    });
    server.on('socketError', () => {}); // a client closing mid-request is not our failure
}

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
serve(0).catch((error) => {
    process.stderr.write(`cannot start: ${error.message}\n`);
    process.exit(2);
});
