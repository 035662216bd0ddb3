/** Reading inputs and writing outputs for the command line: clear errors, no partial files. */
import { closeSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An error the user caused: printed as one line, exit code 2. */
export class InputError extends Error {}

export { InternalError, ISSUES_URL, oneLine, stackOf } from '../errors.js';

/** Larger inputs are refused unless --max-bytes says otherwise: about 170,000 words, some 15 s and 600 MB. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly; refuses binary data. `name` is used in messages. */
export function decode(buf: Uint8Array, name: string): string {
  const probe = buf.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(`${name}: looks like a binary file (it contains NUL bytes); expected UTF-8 text`);
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new InputError(`${name}: is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    const n = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= buf.length || buf[i + k]! >> 6 !== 2) return i;
    i += n;
  }
  return buf.length;
}

/** Reads a path, or standard input for "-", as text; refuses what is not a readable UTF-8 file. */
export function readText(path: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (path === '-') return decode(readAllFd(0, maxBytes, 'standard input'), 'standard input');
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new InputError(`${path}: is a directory, expected a text file`);
  if (!st.isFile() && !st.isFIFO()) throw new InputError(`${path}: is not a regular file`);
  if (st.isFile() && st.size > maxBytes) {
    throw new InputError(`${path}: is ${mb(st.size)}, over the ${mb(maxBytes)} limit (raise it with --max-bytes)`);
  }
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new InputError(`${path}: cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return decode(readAllFd(fd, maxBytes, path), path);
  } finally {
    closeSync(fd);
  }
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`;
}

function readAllFd(fd: number, maxBytes: number, name: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // a non-blocking standard input with nothing yet: wait a little instead of spinning
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(`${name}: read failed (${code ?? 'error'})`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new InputError(`${name}: is over the ${mb(maxBytes)} limit (raise it with --max-bytes)`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** Writes a whole file at once through a temporary file and a rename: never a half-written output. */
export function writeAtomic(path: string, data: string): void {
  // a symlink is written through to its target; a device or a pipe is written to directly
  let target = path;
  try {
    target = realpathSync(path);
    if (!statSync(target).isFile()) {
      try {
        writeFileSync(target, data);
        return;
      } catch (e) {
        throw new InputError(`${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    target = path; // no such file yet: created below
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw new InputError(`${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
