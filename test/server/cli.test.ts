import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { startServe } from './helpers.js';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'storydiff.js');

describe('storydiff serve: command line', () => {
  it('prints the URL it listens on, serves, and stops cleanly on SIGTERM', async () => {
    const s = await startServe();
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(s.url);
    assert.equal(res.status, 200);
    await res.text();
    const r = await s.stop();
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /storydiff: stopped/);
    assert.equal(r.err, '');
  });

  it('rejects a bad port and a port in use with one line and exit code 2', async () => {
    const bad = spawnSync(process.execPath, [bin, 'serve', '--port', '70000'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /port number from 0 to 65535/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    const busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', () => ok()));
    const port = (busy.address() as AddressInfo).port;
    const r = await new Promise<{ code: number | null; err: string }>((ok) => {
      const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
      child.on('exit', (code) => ok({ code, err }));
    });
    busy.close();
    assert.equal(r.code, 2);
    assert.equal(r.err, `storydiff: error: cannot listen on 127.0.0.1:${port}: the port is in use\n`);
  });
});
