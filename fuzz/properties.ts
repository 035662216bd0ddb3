/**
 * The properties every comparison must have, shared by the property tests (`npm test`), the fuzz
 * command (`npm run fuzz`) and the regression cases it writes (test/regressions/). Each property takes
 * one input and throws a PropertyViolation (or lets an error from the library through) when it fails.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { compare, FORMATS, format, type Comparison, type Finding, type FormatName, type Profile } from '../src/index.js';

/** The repository root (this file runs from dist/fuzz/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export class PropertyViolation extends Error {
  override name = 'PropertyViolation';
}

function fail(message: string): never {
  throw new PropertyViolation(message);
}

/** One input of a property: two texts and a profile. For `self`, base and revised are the same text. */
export interface Input {
  base: string;
  revised: string;
  profile: Profile;
}

export const PROPERTY_NAMES = ['well-formed', 'deterministic', 'self', 'typography'] as const;
export type PropertyName = (typeof PROPERTY_NAMES)[number];

type Validate = ((value: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
let validate: Validate | undefined;

/** The comparison JSON Schema, read from schema/ (whatever it says now), compiled once with Ajv. */
function schemaValidator(): Validate {
  if (validate) return validate;
  // Ajv is CommonJS: its draft 2020-12 class is the module's export
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020') as new (o: object) => { compile(schema: object): Validate };
  const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'comparison-1.schema.json'), 'utf8')) as object;
  validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return validate;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i falls between the two halves of a surrogate pair (inside one character). */
function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function inText(what: string, start: unknown, end: unknown, text: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what}: offsets ${String(start)}-${String(end)} are not integers`);
  const s = start as number;
  const e = end as number;
  if (s < 0 || s > e || e > text.length) fail(`${what}: ${s}-${e} is not inside the text (length ${text.length})`);
}

const RANK = { material: 0, notable: 1, minor: 2 } as const;

/** Spans inside their texts, `text` equal to the raw slice, indices in range, summary and order right, schema valid. */
export function checkShape(base: string, revised: string, c: Comparison): void {
  for (const [name, side, text] of [['base', c.base, base], ['revised', c.revised, revised]] as const) {
    side.sentences.forEach((s, i) => inText(`${name}.sentences[${i}]`, s.start, s.end, text));
    side.paragraphs.forEach((p, i) => inText(`${name}.paragraphs[${i}]`, p.start, p.end, text));
  }
  c.links.forEach((l, i) => {
    for (const b of l.base) if (!(b >= 0 && b < c.base.sentences.length)) fail(`links[${i}].base: sentence ${b} does not exist`);
    for (const r of l.revised) if (!(r >= 0 && r < c.revised.sentences.length)) fail(`links[${i}].revised: sentence ${r} does not exist`);
    l.diff?.forEach(([op, s, e], k) => inText(`links[${i}].diff[${k}]`, s, e, op === '-' ? base : revised));
  });
  c.findings.forEach((f, i) => {
    if (!f.base && !f.revised) fail(`findings[${i}] (${f.check}): no place on either side`);
    for (const [name, loc, text] of [['base', f.base, base], ['revised', f.revised, revised]] as const) {
      if (!loc) continue;
      const what = `findings[${i}] (${f.check}).${name}`;
      inText(what, loc.start, loc.end, text);
      if (loc.text !== text.slice(loc.start, loc.end)) fail(`${what}.text is not the raw slice ${loc.start}-${loc.end}`);
      if (splitsPair(text, loc.start) || splitsPair(text, loc.end)) fail(`${what}: ${loc.start}-${loc.end} cuts a character in half`);
    }
  });
  const counts = { material: 0, notable: 0, minor: 0 };
  for (const f of c.findings) counts[f.severity]++;
  if (JSON.stringify(counts) !== JSON.stringify(c.summary)) fail(`summary ${JSON.stringify(c.summary)} does not count the findings ${JSON.stringify(counts)}`);
  for (let i = 1; i < c.findings.length; i++) {
    if (RANK[c.findings[i - 1]!.severity] > RANK[c.findings[i]!.severity]) fail(`findings[${i}]: not ordered by severity`);
  }
  // what a consumer reads is the JSON: NaN and Infinity would become null there
  const json = JSON.parse(JSON.stringify(c)) as unknown;
  const v = schemaValidator();
  if (!v(json)) fail(`does not validate against the schema: ${(v.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`);
}

/** Every format rendered, with the texts (line and column numbers, side-by-side HTML). */
function renderAll(base: string, revised: string, c: Comparison): Record<FormatName, string> {
  const out = {} as Record<FormatName, string>;
  for (const name of Object.keys(FORMATS) as FormatName[]) {
    out[name] = format(name, [c], { texts: [{ base, revised, baseName: 'base.txt', revisedName: 'revised.txt' }] });
  }
  return out;
}

/** compare() and every formatter run without throwing, and the comparison has the right shape. */
export function wellFormed(input: Input): Comparison {
  const c = compare(input.base, input.revised, { profile: input.profile });
  checkShape(input.base, input.revised, c);
  renderAll(input.base, input.revised, c);
  return c;
}

/** Evicts the library's cache of analysed texts, so that the next comparison starts afresh. */
function flushCache(): void {
  for (let i = 0; i < 16; i++) compare(`Cache flush ${i}.`, `Cache flush ${i} again.`);
}

/** The same input gives byte-identical output: twice in a row (texts cached) and afresh. */
export function deterministic(input: Input): void {
  const first = wellFormed(input);
  const again = compare(input.base, input.revised, { profile: input.profile });
  flushCache();
  const fresh = compare(input.base, input.revised, { profile: input.profile });
  const a = renderAll(input.base, input.revised, first);
  const b = renderAll(input.base, input.revised, again);
  const c = renderAll(input.base, input.revised, fresh);
  for (const name of Object.keys(a) as FormatName[]) {
    if (a[name] !== b[name]) fail(`${name} output differs when the same input is compared again`);
    if (a[name] !== c[name]) fail(`${name} output differs between a fresh comparison and one with the texts cached`);
  }
}

/**
 * Findings a property does not hold against, because of what a check judges (accuracy work owned
 * elsewhere). Each entry is one narrow, named class with a minimal input in its comment; anything
 * else still fails the property.
 */
export interface KnownClass {
  property: PropertyName;
  /** what the class is, and the minimal input that shows it */
  why: string;
  matches(f: Finding, input: Input): boolean;
}

export const KNOWN: KnownClass[] = [];

function unexplained(property: PropertyName, findings: Finding[], input: Input): Finding[] {
  return findings.filter((f) => !KNOWN.some((k) => k.property === property && k.matches(f, input)));
}

function describe(f: Finding): string {
  return `${f.check} (${f.severity}): ${f.message} [base ${JSON.stringify(f.base?.text ?? null)}, revised ${JSON.stringify(f.revised?.text ?? null)}]`;
}

/** A text compared with itself gives no finding. */
export function self(input: Input): void {
  const c = wellFormed({ ...input, revised: input.base });
  const left = unexplained('self', c.findings, input);
  if (left.length) fail(`a text compared with itself gives ${left.length} finding(s): ${describe(left[0]!)}`);
}

/** An edit of typography only (quotes, dashes, non-breaking hyphens, white space) gives no material finding. */
export function typography(input: Input): void {
  const c = wellFormed(input);
  const left = unexplained('typography', c.findings.filter((f) => f.severity === 'material'), input);
  if (left.length) fail(`a typography-only edit gives a material finding: ${describe(left[0]!)}`);
}

export const PROPERTIES: Record<PropertyName, (input: Input) => void> = {
  'well-formed': (i) => void wellFormed(i),
  deterministic,
  self,
  typography,
};
