/**
 * Transformations that make one telling from another, for the derivation evaluation: what outlets,
 * summarizers, rewriting models and editors do to a story. Each is a pure function of a text and a
 * seeded random source, so a set is the same on every run.
 *
 *   rewrite   an outlet's version of a report: headline reworded, paragraphs after the lead partly
 *             reordered and cut, sentences paraphrased, sometimes a paragraph of context added from
 *             other reporting, sometimes a credit to the source ("(AP) —", "Reuters contributed to
 *             this report")
 *   summary   the headline reworded and the first sentence of the first paragraphs, shortened
 *   ai        a model's rewrite: every sentence paraphrased, sentences reordered inside paragraphs,
 *             paragraphs merged
 *   edit      a later edit by the same outlet: a number updated, a paragraph of new information,
 *             often an update line ("Updated at …", "This story has been updated")
 */

import { prng } from '../bench/synth.js';

export interface Rng {
  next: () => number;
  int: (n: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(xs: readonly T[]) => T;
  shuffle: <T>(xs: T[]) => T[];
}

export function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[int(xs.length)]!,
    shuffle: (xs) => {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
      }
      return xs;
    },
  };
}

export type Kind = 'rewrite' | 'summary' | 'ai' | 'edit';

/**
 * Word replacements of news paraphrase, written for this evaluation: reporting verbs, common news
 * nouns and verbs, connectives. Each row: a word and what a rewriter puts in its place.
 */
const PARAPHRASE: Record<string, string[]> = {
  said: ['stated', 'told reporters', 'noted', 'explained', 'added'],
  says: ['states', 'notes', 'explains', 'adds'],
  announced: ['unveiled', 'made public', 'disclosed', 'revealed'],
  killed: ['left dead', 'claimed the lives of', 'took the lives of'],
  police: ['authorities', 'officers', 'law enforcement', 'investigators'],
  officials: ['authorities', 'representatives', 'administrators'],
  arrested: ['detained', 'taken into custody', 'apprehended'],
  people: ['individuals', 'persons', 'residents', 'citizens'],
  about: ['roughly', 'around', 'approximately', 'some'],
  because: ['since', 'as', 'given that'],
  also: ['additionally', 'as well', 'likewise'],
  however: ['but', 'yet', 'still'],
  began: ['started', 'got under way', 'commenced'],
  started: ['began', 'kicked off', 'launched'],
  help: ['assist', 'aid', 'support'],
  large: ['big', 'major', 'sizeable'],
  big: ['large', 'major', 'sizeable'],
  small: ['minor', 'modest', 'little'],
  new: ['fresh', 'latest', 'recent'],
  home: ['house', 'residence', 'dwelling'],
  car: ['vehicle', 'automobile'],
  show: ['demonstrate', 'indicate', 'reveal'],
  shows: ['demonstrates', 'indicates', 'reveals'],
  think: ['believe', 'reckon', 'feel'],
  believe: ['think', 'reckon', 'feel'],
  told: ['informed', 'said to', 'explained to'],
  asked: ['requested', 'urged', 'called on'],
  found: ['discovered', 'located', 'uncovered'],
  near: ['close to', 'not far from', 'next to'],
  during: ['in the course of', 'amid', 'throughout'],
  several: ['a number of', 'multiple', 'various'],
  many: ['numerous', 'a lot of', 'plenty of'],
  major: ['significant', 'important', 'key'],
  important: ['key', 'significant', 'crucial'],
  decision: ['move', 'ruling', 'choice'],
  attack: ['assault', 'strike', 'raid'],
  injured: ['hurt', 'wounded', 'harmed'],
  died: ['passed away', 'lost their lives', 'perished'],
  expected: ['anticipated', 'predicted', 'projected'],
  reported: ['said', 'stated', 'indicated'],
  plan: ['proposal', 'scheme', 'blueprint'],
  team: ['side', 'squad', 'club'],
  company: ['firm', 'business', 'corporation'],
  government: ['administration', 'authorities', 'state'],
  won: ['clinched', 'secured', 'captured'],
  fire: ['blaze', 'flames', 'inferno'],
  quickly: ['rapidly', 'swiftly', 'fast'],
  hospital: ['medical center', 'clinic', 'infirmary'],
  statement: ['release', 'announcement', 'communique'],
  spokesman: ['representative', 'spokesperson', 'press officer'],
  spokeswoman: ['representative', 'spokesperson', 'press officer'],
  country: ['nation', 'state', 'land'],
  city: ['town', 'municipality', 'metropolis'],
  try: ['attempt', 'seek', 'strive'],
  tried: ['attempted', 'sought', 'strove'],
  week: ['seven days', 'week-long period'],
  including: ['among them', 'such as'],
  very: ['highly', 'extremely', 'really'],
  called: ['described as', 'labelled', 'termed'],
};

const TOKEN = /[A-Za-z]+|[^A-Za-z]+/g;

/** Replaces some words with a paraphrase (keeping an initial capital; names are left alone), at the given rate of replaceable words. */
export function paraphrase(sentence: string, r: Rng, rate: number): string {
  return (sentence.match(TOKEN) ?? [])
    .map((tok, i) => {
      const lower = tok.toLowerCase();
      const alts = PARAPHRASE[lower];
      // a capital inside the sentence is a name ("City Hall")
      if (!alts || (i > 0 && /^[A-Z]/.test(tok)) || !r.chance(rate)) return tok;
      const alt = r.pick(alts);
      return /^[A-Z]/.test(tok) ? alt[0]!.toUpperCase() + alt.slice(1) : alt;
    })
    .join('');
}

/** "X said Y." is turned round ("Y, X said." or "According to X, Y.") now and then; otherwise words are paraphrased. */
function rephrase(sentence: string, r: Rng, rate: number): string {
  const m = /^(.{3,80}?) (said|says|told reporters) (that )?(.{20,})\.$/.exec(sentence);
  if (m && r.chance(0.4)) {
    const body = m[4]!;
    const turned = r.chance(0.5) ? `${body[0]!.toUpperCase()}${body.slice(1)}, ${m[1]} ${m[2]}.` : `According to ${m[1]}, ${body}.`;
    return paraphrase(turned, r, rate);
  }
  return paraphrase(sentence, r, rate);
}

/** Sentences of a paragraph (split after . ! ? and a closing quote before a capital). */
export function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z0-9])/).filter((s) => s.trim());
}

function lines(text: string): { headline: string; paragraphs: string[] } {
  const ls = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { headline: ls[0] ?? '', paragraphs: ls.slice(1) };
}

function join(headline: string, paragraphs: string[]): string {
  return [headline, ...paragraphs].join('\n') + '\n';
}

/** Rewords a headline: paraphrase, and sometimes its words after a colon or dash dropped. */
function headline(h: string, r: Rng): string {
  let out = paraphrase(h, r, 0.8);
  if (r.chance(0.3)) out = out.replace(/\s*[:|–-]\s+.*$/, '');
  if (out === h && !/^\w+: /.test(h)) out = r.pick(['Report: ', 'Latest: ', 'Watch: ', 'Explainer: ']) + h;
  return out;
}

export interface TransformContext {
  /** the outlet of the text transformed */
  sourceOutlet: string | null;
  /** true when the source is a news agency's copy */
  sourceIsWire: boolean;
  /** paragraphs of other reporting on the same story, for context an outlet adds */
  context: string[];
}

export function rewrite(text: string, r: Rng, ctx: TransformContext): string {
  const { headline: h, paragraphs } = lines(text);
  const lead = paragraphs[0] ?? '';
  let rest = paragraphs.slice(1);
  // cut 15-45% of the paragraphs after the lead, keeping at least two
  const keep = Math.max(Math.min(2, rest.length), Math.round(rest.length * (0.55 + r.next() * 0.3)));
  const dropped = r.shuffle(rest.map((_, i) => i)).slice(keep);
  rest = rest.filter((_, i) => !dropped.includes(i));
  // swap a pair or two
  for (let k = 0; k < 2 && rest.length > 2; k++) {
    const i = r.int(rest.length - 1);
    [rest[i], rest[i + 1]] = [rest[i + 1]!, rest[i]!];
  }
  const out = [lead, ...rest].map((p) => sentences(p).map((s) => (r.chance(0.5) ? rephrase(s, r, 0.5) : s)).join(' '));
  if (ctx.context.length && r.chance(0.4)) out.splice(1 + r.int(out.length), 0, r.pick(ctx.context));
  if (ctx.sourceOutlet && r.chance(ctx.sourceIsWire ? 0.6 : 0.3)) {
    if (r.chance(0.5)) out[0] = `(${ctx.sourceOutlet}) — ${out[0]}`;
    else out.push(`${ctx.sourceOutlet} contributed to this report.`);
  }
  return join(headline(h, r), out);
}

export function summary(text: string, r: Rng): string {
  const { headline: h, paragraphs } = lines(text);
  const n = Math.min(paragraphs.length, 2 + r.int(3));
  const picked = paragraphs
    .slice(0, n)
    .map((p) => sentences(p)[0] ?? p)
    .map((s) => {
      // shorten: drop a trailing clause after a comma, now and then
      const cut = s.lastIndexOf(', ');
      return cut > 40 && r.chance(0.4) ? s.slice(0, cut) + '.' : s;
    })
    .map((s) => paraphrase(s, r, 0.3));
  const body = r.chance(0.5) ? [picked.join(' ')] : picked;
  return join(headline(h, r), body);
}

export function ai(text: string, r: Rng): string {
  const { headline: h, paragraphs } = lines(text);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let ss = sentences(paragraphs[i]!).map((s) => rephrase(s, r, 0.6));
    if (ss.length > 2 && r.chance(0.5)) ss = [ss[0]!, ...r.shuffle(ss.slice(1))];
    // merge with the next paragraph now and then
    if (out.length && r.chance(0.3)) out[out.length - 1] += ' ' + ss.join(' ');
    else out.push(ss.join(' '));
  }
  return join(headline(h, r), out);
}

const UPDATE_LINES = ['Updated at {t}.', 'This story has been updated.', 'UPDATE: This article has been updated with new information.', '(Updates with details.)'];

export function edit(text: string, r: Rng, ctx: TransformContext): string {
  const { headline: h, paragraphs } = lines(text);
  const out = paragraphs.slice();
  // a number updated
  const withNumber = out.map((p, i) => (/\b\d+\b/.test(p) ? i : -1)).filter((i) => i >= 0);
  if (withNumber.length) {
    const i = r.pick(withNumber);
    let done = false;
    out[i] = out[i]!.replace(/\b(\d{1,3})\b(?![.,:]\d)/, (m) => {
      if (done) return m;
      done = true;
      return String(Number(m) + 1 + r.int(9));
    });
  }
  // new information
  if (ctx.context.length && r.chance(0.7)) out.splice(1 + r.int(Math.max(1, out.length)), 0, r.pick(ctx.context));
  if (r.chance(0.6)) {
    const line = r.pick(UPDATE_LINES).replace('{t}', `${1 + r.int(12)}:${String(r.int(60)).padStart(2, '0')} p.m.`);
    if (r.chance(0.5)) out.unshift(line);
    else out.push(line);
  }
  return join(h, out);
}

export function transform(kind: Kind, text: string, r: Rng, ctx: TransformContext): string {
  switch (kind) {
    case 'rewrite':
      return rewrite(text, r, ctx);
    case 'summary':
      return summary(text, r);
    case 'ai':
      return ai(text, r);
    case 'edit':
      return edit(text, r, ctx);
  }
}
