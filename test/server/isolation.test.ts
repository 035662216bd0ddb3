/**
 * The server and internal errors: a comparison that fails (an error in the worker, a worker that
 * crashes or exits) answers 500 with a one-line JSON error naming the input and asking for a report,
 * and the server keeps serving. The stack is logged only with `debug`.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { listen, type Running } from '../../src/server/server.js';

async function post(url: string, body: unknown, type = 'application/json') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get('content-type') ?? '' };
}

for (const debug of [false, true]) {
  describe(`internal errors in the server${debug ? ' (debug)' : ''}`, () => {
    let app: Running;
    const log: string[] = [];
    before(async () => {
      app = await listen('127.0.0.1', 0, { workerUrl: new URL('./failing-worker.js', import.meta.url), log: (l) => log.push(l), debug });
    });
    after(() => app.close(100));

    for (const kind of ['FAIL', 'CRASH', 'EXIT']) {
      it(`${kind}: answers 500 JSON, then serves the next request`, async () => {
        log.length = 0;
        const r = await post(app.url + 'api/compare', { base: kind, revised: 'The bridge opened.' });
        assert.equal(r.status, 500);
        assert.match(r.type, /application\/json/);
        const body = JSON.parse(r.text) as { error: string };
        assert.match(body.error, /^internal error while comparing the base text with the revised text: .+\. This is a bug in storydiff: please report it at https:\/\/\S+ with the request$/);
        assert.doesNotMatch(r.text, /\n\s+at /, 'no stack in the answer');
        assert.equal(log.filter((l) => l.startsWith('storydiff serve: POST /api/compare: internal error')).length, 1, log.join('\n'));
        if (debug) assert.ok(log.some((l) => /\n\s+at /.test(l)), 'the stack is logged with debug');
        else assert.ok(log.every((l) => !/\n\s+at /.test(l)), 'no stack logged without debug');
        const ok = await post(app.url + 'api/compare', { base: 'The bridge opened on Monday.', revised: 'The bridge opened on Tuesday.' });
        assert.equal(ok.status, 200);
        assert.equal(JSON.parse(ok.text).findings[0].check, 'date-changed');
      });
    }

    it('the form gets the error as an HTML page with status 500', async () => {
      const r = await post(app.url + 'report', new URLSearchParams({ base: 'FAIL', revised: 'x', profile: 'revision' }).toString(), 'application/x-www-form-urlencoded');
      assert.equal(r.status, 500);
      assert.match(r.text, /internal error while comparing the base text with the revised text/);
    });
  });
}
