/** Errors shared by the command line and the server: one line for the user, the stack kept for a report. */

/** Where to report a bug. */
export const ISSUES_URL = 'https://github.com/storydiff/storydiff/issues';

/**
 * A bug in storydiff met while working on an input: one line naming the input and asking for a
 * report with `what` to send; the original error (and its stack) is kept as `cause`.
 */
export class InternalError extends Error {
  constructor(input: string, cause: unknown, what = 'the input (--debug prints the stack)') {
    super(`internal error while comparing ${input}: ${oneLine(cause)}. This is a bug in storydiff: please report it at ${ISSUES_URL} with ${what}`, { cause });
  }
}

/** The message of an error, on one line. */
export function oneLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s*\n\s*/g, ' ').trim() || (e instanceof Error ? e.name : 'unknown error');
}

/** The stack of an error and of its causes (a worker's stack travels as the cause's). */
export function stackOf(e: unknown): string {
  const parts: string[] = [];
  for (let x: unknown = e, depth = 0; x !== undefined && depth < 5; x = (x as { cause?: unknown }).cause, depth++) {
    parts.push(x instanceof Error ? x.stack ?? `${x.name}: ${x.message}` : String(x));
    if (!(x instanceof Error)) break;
  }
  return parts.join('\ncaused by: ');
}
