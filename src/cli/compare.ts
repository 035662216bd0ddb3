/** `storydiff compare`: argument handling and I/O only; the work is the library's compare(). */
import { closeSync, createReadStream, createWriteStream, openSync, readSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { compare } from '../engine/compare.js';
import { format, type FormatName } from '../report/index.js';
import type { Comparison, Profile, Severity } from '../types.js';
import { decode, InputError, InternalError, ISSUES_URL, readText, stackOf, writeAtomic } from './io.js';


export interface CompareFlags {
  profile: Profile;
  format: FormatName;
  out?: string;
  failOn: Severity | 'none';
  maxBytes: number;
  color: boolean;
  /** print the stack of an internal error on standard error */
  debug?: boolean;
}

/** The library's compare(); the tests hand in one that fails, to see the isolation work. */
export type Engine = typeof compare;

const RANK: Record<string, number> = { material: 0, notable: 1, minor: 2 };

/** The sides of a comparison that have no text (no sentence at all). */
export function emptySides(c: Comparison): Array<'base' | 'revised'> {
  return (['base', 'revised'] as const).filter((side) => c[side].sentences.length === 0);
}

/**
 * True when the comparison fails the gate: a finding at or above `failOn`, or an empty side, which
 * counts as notable (an empty file is a valid telling, but more often a failed fetch or export).
 */
export function fails(c: Comparison, failOn: CompareFlags['failOn']): boolean {
  if (failOn === 'none') return false;
  if (emptySides(c).length && RANK.notable! <= RANK[failOn]!) return true;
  return c.findings.some((f) => RANK[f.severity]! <= RANK[failOn]!);
}

/** The warning for empty sides, or undefined. */
export function emptyWarning(c: Comparison, baseName: string, revisedName: string): string | undefined {
  const empty = emptySides(c);
  if (empty.length === 2) return `${baseName} and ${revisedName} are both empty: there was nothing to compare`;
  if (empty[0] === 'base') return `${baseName} (the base) is empty: everything in ${revisedName} is reported as added`;
  if (empty[0] === 'revised') return `${revisedName} (the revision) is empty: everything in ${baseName} is reported as dropped`;
  return undefined;
}

export function comparePair(
  basePath: string,
  revisedPath: string,
  flags: CompareFlags,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream = process.stderr,
  engine: Engine = compare,
): number {
  if (basePath === '-' && revisedPath === '-') throw new InputError('only one of BASE and REVISED can be read from standard input ("-")');
  const base = readText(basePath, flags.maxBytes);
  const revised = readText(revisedPath, flags.maxBytes);
  const baseName = basePath === '-' ? 'stdin' : basePath;
  const revisedName = revisedPath === '-' ? 'stdin' : revisedPath;
  let result: Comparison;
  let text: string;
  try {
    result = engine(base, revised, { profile: flags.profile });
    text = format(flags.format, [result], { color: flags.color && !flags.out, texts: [{ base, revised, baseName, revisedName }] });
  } catch (e) {
    throw new InternalError(`${baseName} with ${revisedName}`, e);
  }
  const warning = emptyWarning(result, baseName, revisedName);
  if (warning) stderr.write(`storydiff: warning: ${warning}\n`);
  if (flags.out) writeAtomic(flags.out, text);
  else stdout.write(text);
  return fails(result, flags.failOn) ? 1 : 0;
}

interface BatchItem {
  id: string;
  base: string;
  revised: string;
}

const FIELDS = ['base', 'revised'] as const;

function parseItem(line: string, lineNo: number): BatchItem | { id: string | null; error: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { id: null, error: `line ${lineNo}: expected an object {"id", "base", "revised"}` };
  const o = v as Record<string, unknown>;
  if (o.id === undefined || o.id === null) return { id: null, error: `line ${lineNo}: missing "id"` };
  const id = idOf(o);
  if (id === null) return { id: null, error: `line ${lineNo}: "id" must be a string or a number (got ${Array.isArray(o.id) ? 'an array' : typeof o.id})` };
  for (const f of FIELDS) {
    if (o[f] === undefined || o[f] === null) return { id, error: `line ${lineNo}: missing "${f}"` };
    if (typeof o[f] !== 'string') return { id, error: `line ${lineNo}: "${f}" must be a string (got ${Array.isArray(o[f]) ? 'an array' : typeof o[f]})` };
  }
  return { id, base: o.base as string, revised: o.revised as string };
}

function idOf(o: Record<string, unknown>): string | null {
  return typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id)) ? String(o.id) : null;
}

const lenient = new TextDecoder('utf-8');

/**
 * The id of a line that is not valid UTF-8, when it can still be read: the line decoded with
 * replacement characters, parsed, and its id kept if the bad bytes are not in it.
 */
function salvageId(raw: Buffer): string | null {
  try {
    const o = JSON.parse(lenient.decode(raw)) as unknown;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return null;
    const id = idOf(o as Record<string, unknown>);
    return id !== null && !id.includes('\ufffd') ? id : null;
  } catch {
    return null;
  }
}

/**
 * Batch: one result line per input line, in order, each with its id. A bad line gives an error line
 * and the batch goes on. Exit 2 when a line was bad, else 1 when an item fails the gate, else 0.
 */
export async function compareBatch(
  path: string,
  flags: CompareFlags,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WriteStream | NodeJS.WritableStream,
  engine: Engine = compare,
): Promise<number> {
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
  let internal = 0;
  // a message on standard error starts on a line of its own when the bar is drawn there
  const note = (s: string) => stderr.write(`${progress ? '\n' : ''}storydiff: ${s}\n`);
  try {
    for await (const { lineNo, line, error, raw } of byteLines(input, path)) {
      if (writeError) throw writeError;
      if (error === undefined && !line.trim()) continue;
      total++;
      const item = error !== undefined ? { id: raw ? salvageId(raw) : null, error: `line ${lineNo}: ${error}` } : parseItem(line, lineNo);
      let text: string;
      if ('error' in item) {
        bad = true;
        text = JSON.stringify({ id: item.id, error: item.error }) + '\n';
      } else if (Buffer.byteLength(item.base) + Buffer.byteLength(item.revised) > flags.maxBytes) {
        bad = true;
        text = JSON.stringify({ id: item.id, error: `line ${lineNo}: texts over the ${flags.maxBytes}-byte limit` }) + '\n';
      } else {
        try {
          const c = engine(item.base, item.revised, { profile: flags.profile, id: item.id });
          text = JSON.stringify(c) + '\n';
          if (fails(c, flags.failOn)) failed = true;
          const warning = emptyWarning(c, 'the base', 'the revision');
          if (warning) note(`warning: line ${lineNo} (id ${JSON.stringify(item.id)}): ${warning}`);
        } catch (e) {
          // a bug met on one item: an error line for it, and the batch goes on
          bad = true;
          internal++;
          const err = new InternalError(`item ${JSON.stringify(item.id)}`, e);
          text = JSON.stringify({ id: item.id, error: `line ${lineNo}: ${err.message}` }) + '\n';
          if (flags.debug) note(`line ${lineNo} (id ${JSON.stringify(item.id)}): ${stackOf(e)}`);
        }
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
  if (internal) {
    stderr.write(
      `storydiff: ${internal} of ${total} items met an internal error (see their error lines; every other item has its result). ` +
        `This is a bug in storydiff: please report it at ${ISSUES_URL} with those items\n`,
    );
  }
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
async function* byteLines(input: NodeJS.ReadableStream, path: string): AsyncGenerator<{ lineNo: number; line: string; error?: string; raw?: Buffer }> {
  let rest: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  const emit = (buf: Buffer) => {
    lineNo++;
    const raw = buf.length && buf[buf.length - 1] === 13 ? buf.subarray(0, buf.length - 1) : buf;
    try {
      return { lineNo, line: decode(raw, 'line') };
    } catch {
      return raw.includes(0)
        ? { lineNo, line: '', error: 'binary data (NUL bytes), expected a JSON line' }
        : { lineNo, line: '', error: 'not valid UTF-8', raw: Buffer.from(raw) };
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
