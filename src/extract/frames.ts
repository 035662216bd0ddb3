/**
 * Clause frames: who did what to whom. For each clause, its main verb (lemma, voice, the preposition
 * it takes) and its participants in their roles: agent, patient, recipient. Read by a shallow
 * grammar of English, not a parser: the subject is the first noun phrase of the clause not behind a
 * preposition, the object the noun phrase after the verb, the agent of a passive the phrase after
 * "by". Converse verbs are told from one side ("B lost to A" is "A beat B"; "B received X from A" is
 * "A gave X to B"), so that frames of two tellings compare role by role.
 */
import type { Doc, Token } from '../types.js';
import type { Clause } from './clauses.js';
import type { Entity } from './people.js';
import { verbForm } from '../text/lexicon.js';
import { AUXILIARIES, BE, FINITE_AUXILIARIES, CONVERSES, IRREGULAR, NOUN_MARKERS, PARTICIPANT_OPENERS, VERB_PREPOSITIONS } from '../data/verbs.js';
import { STOP_WORDS } from '../data/stopwords.js';
import { MONTHS, WEEKDAYS } from '../data/dates.js';
import { SPEECH_VERBS } from '../data/speech.js';

export interface Participant {
  /** token range [first, last) of the noun phrase */
  tokens: [number, number];
  /** the head: the last word of its name, or its last content word */
  head: number;
  /** the name it carries (its own, or in an appositive: "his father, Miguel,") */
  entity?: Entity;
}

export type Role = 'agent' | 'patient' | 'recipient';

export interface Frame {
  sentence: number;
  clause: Clause;
  /** the main verb's token */
  verb: number;
  /** the verb's lemma and preposition as written ("lose to") */
  predicate: string;
  /** the predicate told from the converse's side when it is one ("beat" for "lose to") */
  canonical: string;
  passive: boolean;
  roles: Partial<Record<Role, Participant>>;
  /** the grammatical subject as written, whatever its role */
  subject: Participant;
  /** normalized offsets of the frame: its first participant to its last */
  start: number;
  end: number;
}

const CONVERSE_OF = new Map<string, { canonical: string; transfer: boolean }>();
for (const [a, b] of CONVERSES) {
  const transfer = ['receive', 'buy', 'purchase', 'acquire', 'take over', 'borrow'].includes(b);
  if (!CONVERSE_OF.has(b)) CONVERSE_OF.set(b, { canonical: a, transfer });
}

const CALENDAR = new Set([...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), 'today', 'yesterday', 'tomorrow', 'tonight']);
/** Words opening a phrase of time: "last month", "this week", "next year". */
const TIME_WORDS = new Set(['last', 'next', 'this', 'previous', 'coming', 'past', 'earlier', 'later']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'by', 'for', 'to', 'from', 'with', 'of', 'into', 'over', 'after', 'before', 'during', 'against', 'about', 'under', 'near', 'off', 'through', 'across', 'amid', 'despite', 'since', 'until', 'without', 'within', 'between', 'among', 'behind', 'beyond', 'toward', 'towards', 'via', 'per', 'as', 'than', 'like']);

/** A token reads as a verb here: a verb form, not behind a determiner, inflected or after an auxiliary. */
function verbAt(doc: Doc, i: number, a: number): string | undefined {
  const t = doc.tokens[i]!;
  if (t.capitalized || t.number !== undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return undefined;
  if (AUXILIARIES.has(t.lower) || (STOP_WORDS.has(t.lower) && !IRREGULAR[t.lower])) return undefined;
  const lemma = verbForm(t.lower);
  if (!lemma) return undefined;
  const prev = i > a ? doc.tokens[i - 1]!.lower : '';
  if (NOUN_MARKERS.has(prev)) return undefined;
  // a participle of the compound adjectives glued to a word before it: "Toronto-based", "state-owned"
  // (not a verb written with a prefix: "top-scored", "re-elected")
  // and any present participle glued so: "blood-testing", "record-breaking" (not after a prefix: "re-opening")
  if (i > a && doc.norm.slice(doc.tokens[i - 1]!.end, t.start) === '-') {
    if (COMPOUND_PARTICIPLES.has(t.lower)) return undefined;
    if (/ing$/.test(t.lower) && !VERB_PREFIXES.has(doc.tokens[i - 1]!.lower)) return undefined;
  }
  const inflected = /(ed|s|ing)$/.test(t.lower) || IRREGULAR[t.lower] !== undefined;
  // (an adverb may stand between: "will next face", "could soon lose")
  const before = i - 1 > a ? doc.tokens[i - 2]!.lower : '';
  const afterAux = AUXILIARIES.has(prev) || /n't$/.test(prev) || (BETWEEN_AUX_AND_VERB.has(prev) && AUXILIARIES.has(before));
  if (!inflected && !afterAux) return undefined;
  // a plural noun after an adjective or a name ("vaccine sales") is no verb: a verb in -s follows its subject directly
  if (/s$/.test(t.lower) && !/ss$/.test(t.lower) && !afterAux && i > a && !doc.tokens[i - 1]!.capitalized && doc.tokens[i - 1]!.content && !/(ed|ly)$/.test(prev)) return undefined;
  // nor before the one who makes or deals in it ("a parts maker", "Stuttgart-based parts supplier")
  if (/s$/.test(t.lower) && !/ss$/.test(t.lower) && !afterAux && agentNoun(doc, i + 1)) return undefined;
  return lemma;
}

/** Adverbs between an auxiliary and its verb that the auxiliaries do not list: "will next face". */
const BETWEEN_AUX_AND_VERB = new Set(['next', 'soon', 'first', 'later', 'again', 'once', 'ever', 'eventually', 'finally']);

/** A singular noun of one who does a verb's deed, straight after token i - 1: "maker", "supplier", "dealer". */
function agentNoun(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.sentence !== doc.tokens[i - 1]!.sentence || t.capitalized || doc.norm.slice(doc.tokens[i - 1]!.end, t.start) !== ' ') return false;
  const m = /^(\p{Ll}{2,})(er|or)$/u.exec(t.lower);
  if (!m) return false;
  const stem = m[1]!;
  return [stem, stem + 'e', stem.replace(/i$/, 'y')].some((v) => verbForm(v) === v);
}

/** Participles that make compound adjectives after a hyphen: "Toronto-based", "state-owned", "Saudi-led". */
const COMPOUND_PARTICIPLES = new Set(['based', 'owned', 'backed', 'led', 'funded', 'run', 'born', 'made', 'linked', 'related', 'controlled', 'sponsored', 'registered', 'listed', 'operated', 'affiliated', 'allied', 'aligned', 'focused', 'focussed']);

/** Prefixes written with a hyphen before a verb: "re-opening", "co-founding". */
const VERB_PREFIXES = new Set(['re', 'co', 'pre', 'un', 'over', 'under', 'out', 'mis', 'de', 'non', 'cross', 'double', 'self']);

/** A participle ("bought", "caught", "awarded"): it makes a passive after "be". */
function participle(lower: string): boolean {
  return /(ed|en)$/.test(lower) || IRREGULAR[lower] !== undefined;
}

/** The noun phrase starting at token i: determiners, then content words and names, up to a function word or a mark. */
function nounPhrase(doc: Doc, i: number, b: number, entities: Entity[], verbs: Set<number>): Participant | undefined {
  let k = i;
  while (k < b && NOUN_MARKERS.has(doc.tokens[k]!.lower) && doc.tokens[k]!.lower !== 'of') k++;
  const first = k;
  while (k < b) {
    const t = doc.tokens[k]!;
    if (k > first) {
      const gap = doc.norm.slice(doc.tokens[k - 1]!.end, t.start);
      if (/[,;:()"]/.test(gap)) break;
    }
    // a rank inside the phrase: "Britain's world No 88 Harriet Cole"
    if (k > first && (t.lower === 'no' || t.lower === 'nos') && k + 1 < b && doc.tokens[k + 1]!.number !== undefined) {
      k += 2;
      continue;
    }
    const inName = entities.some((e) => k >= e.tokens[0] && k < e.tokens[1] && k > e.tokens[0]);
    if (!inName && (verbs.has(k) || !t.content || AUXILIARIES.has(t.lower) || PREPOSITIONS.has(t.lower))) break;
    // a number after a word starts another phrase: "fined the bank [€45 million]"
    if (k > first && t.number !== undefined && doc.tokens[k - 1]!.number === undefined) break;
    // a word glued to a verb by a hyphen is part of the verb: "Jacob Lyle [top-scored]"
    if (k + 1 < b && verbs.has(k + 1) && doc.norm.slice(t.end, doc.tokens[k + 1]!.start) === '-') break;
    k++;
  }
  if (k === first) return undefined;
  // a score or an amount alone ("24-18", "78"), or a time ("Monday", "last month"), is not a participant
  const words = doc.tokens.slice(first, k);
  if (words.every((t) => t.number !== undefined || CALENDAR.has(t.lower))) return undefined;
  if (TIME_WORDS.has(doc.tokens[i]!.lower) && words.length <= 2) return undefined;
  // the head: a name at its end, else its last content word
  let end = k;
  // a name at its end that is not a nationality ("the Dutch bank Verhoeven & Co"; not "a Darwin woman")
  const nameAt = entities.filter((e) => e.tokens[0] >= first && e.tokens[1] === end && e.kind !== 'nationality').pop();
  const head = nameAt ? nameAt.tokens[1] - 1 : end - 1;
  const p: Participant = { tokens: [i, end], head };
  if (nameAt) p.entity = nameAt;
  // an appositive name: "his father, Miguel,"
  if (!nameAt && end < b && /^\s*,\s*$/.test(doc.norm.slice(doc.tokens[end - 1]!.end, doc.tokens[end]!.start))) {
    const e = entities.find((x) => x.tokens[0] === end && x.kind !== 'place');
    if (e) {
      p.entity = e;
      end = e.tokens[1];
      p.tokens = [i, end];
    }
  }
  return p;
}

/** The frame of one clause, or undefined when it has no verb with a subject. */
function clauseFrame(doc: Doc, clause: Clause, entities: Entity[], inherited?: Participant, laterVerb = false): Frame | undefined {
  const [a, b] = clause.tokens;
  const verbs = new Map<number, string>();
  for (let i = a; i < b; i++) {
    const l = verbAt(doc, i, a);
    if (l) verbs.set(i, l);
  }
  if (!verbs.size) return undefined;
  const verbSet = new Set(verbs.keys());
  // the subject: the first noun phrase not behind a preposition
  let subject: Participant | undefined;
  let i = a;
  while (i < b && !verbSet.has(i)) {
    const prev = i > a ? doc.tokens[i - 1]!.lower : '';
    // a dateline or a lead-in before a dash, a bracket or a colon is no subject: "BRUSSELS (AP) - Ministers agreed"
    if (i > a && /[()\u2014:]|\s-\s/.test(doc.norm.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start))) subject = undefined;
    // (after a clause's opening "with" only when a verb in -ing follows: "with Dani Moreno heading the
    // winner"; after an opening "after", "when" and the like when a verb or an auxiliary follows:
    // "after Marek Svoboda was brought down")
    const absolute = i === a + 1 && prev === 'with';
    const opened = i === a + 1 && CLAUSE_OPENERS.has(prev);
    let np = !PREPOSITIONS.has(prev) || i === a || absolute || opened ? nounPhrase(doc, i, b, entities, verbSet) : undefined;
    if (absolute && np && !(verbSet.has(np.tokens[1]) && /ing$/.test(doc.tokens[np.tokens[1]]!.lower))) np = undefined;
    if (opened && np && !(verbSet.has(np.tokens[1]) || AUXILIARIES.has(doc.tokens[np.tokens[1]]?.lower ?? ''))) np = undefined;
    if (np && !PREPOSITIONS.has(doc.tokens[i]!.lower)) {
      subject ??= np;
      i = Math.max(i + 1, np.tokens[1]);
      continue;
    }
    i++;
  }
  // a clause that opens with its verb after an appositive takes the sentence's subject:
  // "Dr Paul Fenner, a surgeon at the hospital, reported a nurse"
  let reduced = false;
  // (or with a relative pronoun, "..., who beat Liam Proctor": the name before it)
  const opener = (t: Token, k: number) => AUXILIARIES.has(t.lower) || /ly$/.test(t.lower) || (k === 0 && RELATIVE_SUBJECTS.has(t.lower));
  if (!subject && i < b && inherited && doc.tokens.slice(a, i).every(opener)) {
    subject = inherited;
    // "Eleanor Voss, jailed last month, will appeal": a bare participle before the sentence's own verb is passive
    // (a later verb of its own clause counts after an auxiliary, "jailed last month will appeal"; not
    // an infinitive or another participle: "agreed in March to buy it in a deal expected to close" is active)
    reduced = i === a && (laterVerb || [...verbs.keys()].some((v) => v > i + 1 && FINITE_AUXILIARIES.has(doc.tokens[v - 1]!.lower))) && participle(doc.tokens[i]!.lower);
  }
  if (!subject || i >= b) return undefined;
  // the main verb: the first one after the subject, or the last of a chain ("agreed to buy", "has been suing")
  let verb = i;
  while (verb + 2 < b && doc.tokens[verb + 1]!.lower === 'to' && verbSet.has(verb + 2)) verb += 2;
  const lemma = verbs.get(verb)!;
  // passive: a form of "be" between the subject and a participle
  let passive = false;
  // (not one of a relative clause set off by commas: "The ferry, which was travelling to Caluya, struck the reef")
  for (let k = subject.tokens[1]; k < verb; k++) {
    if (BE.has(doc.tokens[k]!.lower) && !doc.norm.slice(doc.tokens[k]!.end, doc.tokens[verb]!.start).includes(',')) passive = participle(doc.tokens[verb]!.lower);
  }

  // the preposition the verb takes, and its object
  let k = verb + 1;
  let prep: string | undefined;
  if (k < b && VERB_PREPOSITIONS.has(doc.tokens[k]!.lower) && doc.tokens[k]!.lower !== 'by') {
    prep = doc.tokens[k]!.lower;
    k++;
  }
  // a particle between the verb and its object: "brought down Tomáš Hradil", "knocked out the champion"
  if (!prep && k + 1 < b && PARTICLES_BEFORE_OBJECT.has(doc.tokens[k]!.lower) && !PREPOSITIONS.has(doc.tokens[k + 1]!.lower)) k++;
  let object = k < b && !PREPOSITIONS.has(doc.tokens[k]!.lower) ? nounPhrase(doc, k, b, entities, verbSet) : undefined;
  // a participle with no object after an appositive is a reduced passive ("Voss, jailed last month, will appeal")
  if (reduced && !object && !prep) passive = true;
  // "by X" after a passive, "to X" after the object
  let by: Participant | undefined;
  let to: Participant | undefined;
  let from: Participant | undefined;
  for (let m = object ? object.tokens[1] : k; m < b - 1; m++) {
    const w = doc.tokens[m]!.lower;
    if (verbSet.has(m)) break;
    if (w === 'by' && passive && !by) by = nounPhrase(doc, m + 1, b, entities, verbSet);
    else if (w === 'to' && !to && !prep) to = nounPhrase(doc, m + 1, b, entities, verbSet);
    else if (w === 'from' && !from) from = nounPhrase(doc, m + 1, b, entities, verbSet);
  }
  // a converse's preposition may follow the object ("lost 24-18 to Castleford"); a particle stands
  // before it ("took over the chain")
  const later = [...(prep ? [prep] : []), 'to', 'from', 'for'].find((w) => CONVERSE_OF.has(`${lemma} ${w}`) && (prep === w || (w === 'to' && to) || (w === 'from' && from)));
  const predicate = later ? `${lemma} ${later}` : lemma;
  if (later && !prep) {
    // the phrase after the converse's preposition is its object: "lost 24-18 [to] Castleford"
    prep = later;
    if (later === 'to') [object, to] = [to, undefined];
    else if (later === 'from' && !object) [object, from] = [from, undefined];
  }
  const roles: Frame['roles'] = {};
  // "had Rohan Kelkar caught at slip", "having Kelkar stumped": the name is what the participle was
  // done to; the one who had it done, if any, is the agent
  const causee = causative(doc, a, verb, entities, verbSet);
  if (causee) {
    passive = true;
    roles.patient = causee;
    if (subject.tokens[0] < causee.tokens[0]) roles.agent = subject;
  } else if (i === a && SPEECH_VERBS.has(doc.tokens[verb]!.lower) && object?.entity && !prep) {
    // an attribution written the other way round: '..., said Dr Amara Osei'
    roles.agent = object;
  } else if (passive) {
    // "X was bought by Y": Y the agent; "the garden has been awarded a grant": the subject receives
    if (object && !prep) {
      roles.recipient = subject;
      roles.patient = object;
    } else roles.patient = subject;
    if (by) roles.agent = by;
  } else {
    roles.agent = subject;
    if (object) roles.patient = object;
    if (to) roles.recipient = to;
  }
  let canonical = predicate;
  const converse = CONVERSE_OF.get(predicate);
  if (converse && passive && converse.transfer) {
    // "X was bought by Y" is "Y bought X": Y receives X (from the one after "from")
    canonical = converse.canonical;
    const receiver = roles.agent;
    delete roles.agent;
    if (from) roles.agent = from;
    if (receiver) roles.recipient = receiver;
  } else if (converse && !passive) {
    canonical = converse.canonical;
    if (converse.transfer) {
      // "B received X from A": A gave X to B
      const receiver = roles.agent;
      delete roles.agent;
      if (from) roles.agent = from;
      if (receiver) roles.recipient = receiver;
    } else {
      // "B lost to A": A beat B
      const [x, y] = [roles.agent, roles.patient];
      delete roles.agent;
      delete roles.patient;
      if (y) roles.agent = y;
      if (x) roles.patient = x;
    }
  }
  const parts = Object.values(roles);
  const start = Math.min(...parts.map((p) => doc.tokens[p.tokens[0]]!.start), doc.tokens[verb]!.start);
  const end = Math.max(...parts.map((p) => doc.tokens[p.tokens[1] - 1]!.end), doc.tokens[verb]!.end);
  return { sentence: clause.sentence, clause, verb, predicate, canonical, passive, roles, subject, start, end };
}

/** Forms of "have" that make a participle after a noun phrase causative: "had Kelkar caught". */
const HAVE = new Set(['have', 'has', 'had', 'having']);

/** The noun phrase between a form of "have" and a participle verb, standing right before it. */
function causative(doc: Doc, a: number, verb: number, entities: Entity[], verbs: Set<number>): Participant | undefined {
  if (!participle(doc.tokens[verb]!.lower)) return undefined;
  for (let j = a; j < verb - 1; j++) {
    if (!HAVE.has(doc.tokens[j]!.lower)) continue;
    const np = nounPhrase(doc, j + 1, verb, entities, verbs);
    if (np?.entity && np.tokens[1] === verb) return np;
  }
  return undefined;
}

/** Words that open a subordinate clause with its own subject and verb inside a clause. */
const SUBORDINATORS = new Set(['as', 'after', 'when', 'because', 'before', 'since', 'until', 'once']);

/**
 * The part of a clause after a subordinator that follows its main verb ("scored twice as Rovers beat
 * Vale", "appealed for witnesses after a cyclist died"), as a clause of its own, when a name or an
 * article or possessive opens it: its subject.
 */
function subordinate(doc: Doc, c: Clause, verb: number): Clause | undefined {
  const [, b] = c.tokens;
  for (let i = verb + 1; i < b - 2; i++) {
    const opener = doc.tokens[i + 1]!;
    if (!SUBORDINATORS.has(doc.tokens[i]!.lower) || !(opener.capitalized || PARTICIPANT_OPENERS.has(opener.lower))) continue;
    let content = 0;
    for (let k = i + 1; k < b; k++) if (doc.tokens[k]!.content) content++;
    return { sentence: c.sentence, start: opener.start, end: c.end, tokens: [i + 1, b], content };
  }
  return undefined;
}

/** Words opening a subordinate clause whose subject follows them: "after Marek Svoboda was brought down". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'once', 'while', 'although', 'though', 'if', 'unless', 'as']);
/** Particles of phrasal verbs that may stand before the object: "brought down Hradil". */
const PARTICLES_BEFORE_OBJECT = new Set(['down', 'up', 'out', 'off', 'over', 'away', 'back', 'aside']);

/** Relative pronouns that stand for the subject of their clause. */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);

/**
 * The name a relative clause opening with its pronoun stands for: the one right before it, set off
 * by a comma ("will next face Kacper Wiśniewski, who beat Liam Proctor").
 */
function antecedent(doc: Doc, c: Clause, entities: Entity[], verbs: Set<number>): Participant | undefined {
  const first = c.tokens[0];
  if (!RELATIVE_SUBJECTS.has(doc.tokens[first]?.lower ?? '') || first === 0) return undefined;
  if (!/^\s*,\s*$/.test(doc.norm.slice(doc.tokens[first - 1]!.end, doc.tokens[first]!.start))) return undefined;
  const e = entities.find((x) => x.tokens[1] === first && x.kind !== 'place' && x.kind !== 'nationality');
  return e ? nounPhrase(doc, e.tokens[0], first, entities, verbs) : undefined;
}

/** The part of a clause from a relative pronoun after its main verb to its end, as a clause of its own. */
function relative(doc: Doc, c: Clause, verb: number): Clause | undefined {
  const [, b] = c.tokens;
  for (let i = verb + 2; i < b - 1; i++) {
    if (!RELATIVE_SUBJECTS.has(doc.tokens[i]!.lower) || doc.tokens[i]!.lower === 'that') continue;
    let content = 0;
    for (let k = i + 1; k < b; k++) if (doc.tokens[k]!.content) content++;
    return { sentence: c.sentence, start: doc.tokens[i]!.start, end: c.end, tokens: [i, b], content };
  }
  return undefined;
}

/** Frames of every clause of a telling, by sentence. */
export function frames(doc: Doc, clauses: Clause[][], entities: Entity[]): Frame[][] {
  const bySentence = new Map<number, Entity[]>();
  for (const e of entities) (bySentence.get(e.sentence) ?? bySentence.set(e.sentence, []).get(e.sentence)!).push(e);
  return clauses.map((cs, si) => {
    const es = bySentence.get(si) ?? [];
    const out: Frame[] = [];
    const verbsOf = cs.map((c) => {
      const set = new Set<number>();
      for (let i = c.tokens[0]; i < c.tokens[1]; i++) if (verbAt(doc, i, c.tokens[0])) set.add(i);
      return set;
    });
    // a clause that opens with its verb (after auxiliaries and adverbs): the sentence's own predicate
    // may still come after an appositive participle ("Voss, jailed last month, will appeal"), not
    // after a clause that opens otherwise ("..., agreed to buy it in a deal expected to close")
    const opensWithVerb = cs.map((c, k) => {
      let i = c.tokens[0];
      while (i < c.tokens[1] && (AUXILIARIES.has(doc.tokens[i]!.lower) || /ly$/.test(doc.tokens[i]!.lower))) i++;
      return i > c.tokens[0] ? i < c.tokens[1] : verbsOf[k]!.has(i);
    });
    // the noun phrase opening the sentence, for a later clause that opens with its verb
    const opening = cs.length > 1 ? nounPhrase(doc, cs[0]!.tokens[0], cs[0]!.tokens[1], es, verbsOf[0]!) : undefined;
    cs.forEach((c, k) => {
      const inherited = k > 0 ? (antecedent(doc, c, es, verbsOf[k]!) ?? opening) : undefined;
      const f = clauseFrame(doc, c, es, inherited, opensWithVerb.slice(k + 1).some(Boolean));
      if (!f) return;
      out.push(f);
      // a relative clause on a name after the verb: "will face Kacper Wiśniewski[, who beat Liam Proctor]"
      const rel = relative(doc, c, f.verb);
      const r = rel && clauseFrame(doc, rel, es, antecedent(doc, rel, es, verbsOf[k]!));
      if (r) out.push(r);
      // a subordinate clause the clause runs on into: "Bakari scored twice [as Rovers beat Vale 3-1]"
      const sub = subordinate(doc, c, f.verb);
      if (!sub) return;
      const g = clauseFrame(doc, sub, es);
      if (g && g.subject.tokens[0] === sub.tokens[0]) out.push(g);
    });
    return out;
  });
}

/** The words of a participant as written. */
export function participantText(doc: Doc, p: Participant): string {
  return doc.norm.slice(doc.tokens[p.tokens[0]]!.start, doc.tokens[p.tokens[1] - 1]!.end);
}

