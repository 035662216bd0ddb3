/** `storydiff compare`: argument handling and I/O only; the work is the library's compare(). */
import { closeSync, createReadStream, createWriteStream, openSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { compare } from '../engine/compare.js';
import { format, type FormatName } from '../report/index.js';
import type { Comparison, Profile, Severity } from '../types.js';
import { decode, InputError, readText, writeAtomic } from './io.js';


export interface CompareFlags {
  profile: Profile;
  format: FormatName;
  out?: string;
  failOn: Severity | 'none';
  maxBytes: number;
  color: boolean;
}

const RANK: Record<string, number> = { material: 0, notable: 1, minor: 2 };

export function fails(c: Comparison, failOn: CompareFlags['failOn']): boolean {
  if (failOn === 'none') return false;
  return c.findings.some((f) => RANK[f.severity]! <= RANK[failOn]!);
}

export function comparePair(basePath: string, revisedPath: string, flags: CompareFlags, stdout: NodeJS.WritableStream): number {
  if (basePath === '-' && revisedPath === '-') throw new InputError('only one of BASE and REVISED can be read from standard input ("-")');
  const base = readText(basePath, flags.maxBytes);
  const revised = readText(revisedPath, flags.maxBytes);
  const result = compare(base, revised, { profile: flags.profile });
  const text = format(flags.format, [result], {
    color: flags.color && !flags.out,
    texts: [{ base, revised, baseName: basePath === '-' ? 'stdin' : basePath, revisedName: revisedPath === '-' ? 'stdin' : revisedPath }],
  });
  if (flags.out) writeAtomic(flags.out, text);
  else stdout.write(text);
  return fails(result, flags.failOn) ? 1 : 0;
}

interface BatchItem {
  id: string;
  base: string;
  revised: string;
}

function parseItem(line: string, lineNo: number): BatchItem | { id: string | null; error: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { id: null, error: `line ${lineNo}: expected an object {"id", "base", "revised"}` };
  const o = v as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  if (id === null) return { id: null, error: `line ${lineNo}: "id" must be a string or a number` };
  if (typeof o.base !== 'string') return { id, error: `line ${lineNo}: "base" must be a string` };
  if (typeof o.revised !== 'string') return { id, error: `line ${lineNo}: "revised" must be a string` };
  return { id, base: o.base, revised: o.revised };
}

/**
 * Batch: one result line per input line, in order, each with its id. A bad line gives an error line
 * and the batch goes on. Exit 2 when a line was bad, else 1 when an item fails the gate, else 0.
 */
export async function compareBatch(path: string, flags: CompareFlags, stdout: NodeJS.WritableStream, stderr: NodeJS.WriteStream | NodeJS.WritableStream): Promise<number> {
  if (flags.format !== 'jsonl') throw new InputError(`--batch writes JSON lines: use --format jsonl (got ${flags.format})`);
  if (path !== '-') refuseBinary(path);
  const input: NodeJS.ReadableStream = path === '-' ? process.stdin : createReadStream(path);
  if (flags.out) {
    const dir = dirname(flags.out);
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new InputError(`${flags.out}: cannot be written (no such directory: ${dir})`);
  }
  const tmp = flags.out ? join(dirname(flags.out), `.${basename(flags.out)}.${process.pid}.tmp`) : undefined;
  const out: Writable = tmp ? createWriteStream(tmp) : (stdout as Writable);
  let writeError: Error | undefined;
  out.on('error', (e: NodeJS.ErrnoException) => {
    writeError ??= new InputError(`${flags.out ?? 'standard output'}: cannot be written (${e.code ?? e.message})`);
  });
  const progress = 'isTTY' in stderr && stderr.isTTY;
  // the bar needs the number of items: count the lines of a file first (standard input: a count only)
  const expected = progress && path !== '-' ? await countLines(path).catch(() => 0) : 0;
  let total = 0;
  let failed = false;
  let bad = false;
  try {
    for await (const { lineNo, line, error } of byteLines(input, path)) {
      if (writeError) throw writeError;
      if (error === undefined && !line.trim()) continue;
      total++;
      const item = error !== undefined ? { id: null, error: `line ${lineNo}: ${error}` } : parseItem(line, lineNo);
      let text: string;
      if ('error' in item) {
        bad = true;
        text = JSON.stringify({ id: item.id, error: item.error }) + '\n';
      } else if (Buffer.byteLength(item.base) + Buffer.byteLength(item.revised) > flags.maxBytes) {
        bad = true;
        text = JSON.stringify({ id: item.id, error: `line ${lineNo}: texts over the ${flags.maxBytes}-byte limit` }) + '\n';
      } else {
        const c = compare(item.base, item.revised, { profile: flags.profile, id: item.id });
        if (fails(c, flags.failOn)) failed = true;
        text = JSON.stringify(c) + '\n';
      }
      if (!out.write(text)) await new Promise((r) => out.once('drain', r));
      if (progress) stderr.write('\r' + bar(total, expected));
    }
    if (tmp) await new Promise<void>((resolve, reject) => out.end(() => (writeError ? reject(writeError) : resolve())));
    if (writeError) throw writeError;
  } catch (e) {
    if (tmp) {
      out.destroy();
      try {
        unlinkSync(tmp);
      } catch {
        /* nothing written */
      }
    }
    throw e;
  }
  if (progress) stderr.write('\r' + bar(total, Math.max(total, expected)) + '\n');
  if (tmp) renameSync(tmp, flags.out!);
  return bad ? 2 : failed ? 1 : 0;
}

/** Non-empty lines of a file, read as a stream (memory stays flat on large batches). */
async function countLines(path: string): Promise<number> {
  let n = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) n++;
  return n;
}

/** "storydiff [########------------]  40% 53/133", or a plain count when the total is unknown. */
export function bar(done: number, total: number): string {
  if (!total) return `storydiff: ${done} items`;
  const width = 24;
  const share = Math.min(1, done / total);
  const full = Math.round(share * width);
  return `storydiff [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}`;
}

/**
 * Lines of a stream as strict UTF-8: a line that is not valid UTF-8 (or holds NUL bytes) comes with
 * an error instead of text, and the batch goes on. Read errors end it with one clear message.
 */
async function* byteLines(input: NodeJS.ReadableStream, path: string): AsyncGenerator<{ lineNo: number; line: string; error?: string }> {
  let rest: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  const emit = (buf: Buffer) => {
    lineNo++;
    const raw = buf.length && buf[buf.length - 1] === 13 ? buf.subarray(0, buf.length - 1) : buf;
    try {
      return { lineNo, line: decode(raw, 'line') };
    } catch {
      return { lineNo, line: '', error: raw.includes(0) ? 'binary data (NUL bytes), expected a JSON line' : 'not valid UTF-8' };
    }
  };
  try {
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      let data = rest.length ? Buffer.concat([rest, buf]) : buf;
      let nl = data.indexOf(10);
      while (nl >= 0) {
        yield emit(data.subarray(0, nl));
        data = data.subarray(nl + 1);
        nl = data.indexOf(10);
      }
      rest = Buffer.from(data);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a JSON lines file' : `cannot be read (${code ?? (e as Error).message})`;
    throw new InputError(`${path}: ${why}`);
  }
  if (rest.length) yield emit(rest);
}

/** A batch file whose first 8 KB hold NUL bytes is binary: refused whole, not line by line. */
function refuseBinary(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return; // the stream reports a missing or unreadable file
  }
  try {
    const buf = Buffer.alloc(8192);
    const n = readSync(fd, buf, 0, buf.length, 0);
    if (buf.subarray(0, n).includes(0)) throw new InputError(`${path}: looks like a binary file (it contains NUL bytes); expected JSON lines`);
  } catch (e) {
    if (e instanceof InputError) throw e;
  } finally {
    closeSync(fd);
  }
}
