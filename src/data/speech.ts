/**
 * Verbs that introduce a quotation or reported speech, by lemma, with their forms. Compiled by hand
 * from the reporting verbs of the AP Stylebook ("said", "according to"), Quirk et al.'s list of
 * reporting verbs and the verbs of speech and writing in news wire copy (posted, tweeted, wrote).
 * Each row: lemma, then its forms (past, -ing, third person) where they are irregular; regular
 * forms are derived below.
 */
const ROWS = `
say said saying says
tell told telling tells
add
state
declare
note
write wrote writing writes written
post
tweet
promise
urge
argue
claim
insist
warn
vow
announce
confirm
disclose
reveal
explain
describe
call
reiterate
repeat
acknowledge
admit admitted admitting admits
ask
reply replied replying replies
respond
suggest
emphasize
emphasise
stress
predict
deny denied denying denies
allege
maintain
contend
assert
observe
remark
recall
estimate
caution
threaten
pledge
report
reference
refer referred referring refers
comment
complain
concede
conclude
counter
demand
affirm
boast
contend
hint
joke
lament
mention
plead
proclaim
protest
recount
signal
speculate
testify testified testifying testifies
underline
underscore
assure
forecast
indicate
outline
predict
recommend
rule
shout
yell
exclaim
whisper
chant
announce
`;

/** Verbs that take their content as an object after "as": "described the attack as ...". */
export const AS_VERBS = new Set(['describe', 'call', 'refer', 'characterize', 'characterise', 'label', 'brand', 'dub']);

/** Verbs that report a belief or assessment, not a statement: not a cue for a direct quotation. */
export const WEAK_VERBS = new Set(['forecast', 'indicate', 'estimate', 'report', 'confirm', 'predict', 'recommend']);

function regular(lemma: string): string[] {
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  const past = e ? lemma + 'd' : y ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
  const ing = e && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : y ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  return [past, ing, third];
}

/** form (lower-case) -> lemma */
export const SPEECH_VERBS = new Map<string, string>();
/** -ing forms: "stating", "adding", "posting" (their subject is the clause's subject) */
export const SPEECH_PARTICIPLES = new Set<string>();
for (const line of ROWS.trim().split('\n')) {
  const [lemma, ...irregular] = line.trim().split(/\s+/);
  const forms = irregular.length ? irregular : regular(lemma!);
  for (const f of [lemma!, ...forms]) {
    if (!SPEECH_VERBS.has(f)) SPEECH_VERBS.set(f, lemma!);
    if (f.endsWith('ing')) SPEECH_PARTICIPLES.add(f);
  }
}
for (const extra of ['characterize', 'characterise', 'label', 'dub']) {
  for (const f of [extra, ...regular(extra)]) SPEECH_VERBS.set(f, extra);
}

/** Words that may follow a speech verb as part of its cue: "told reporters", "said in a statement". */
export const CUE_OBJECTS = new Set([
  'reporters', 'journalists', 'the', 'a', 'an', 'in', 'on', 'to', 'at', 'statement', 'interview',
  'x', 'twitter', 'facebook', 'telegram', 'instagram', 'social', 'media', 'platform', 'press',
  'conference', 'news', 'briefing', 'his', 'her', 'their', 'its', 'that', 'parliament', 'lawmakers',
  'supporters', 'audience', 'crowd', 'broadcaster', 'television', 'radio', 'message', 'post',
  'video', 'address', 'speech', 'letter', 'later', 'also', 'again', 'separately', 'earlier',
]);

/** Pronouns that can stand for a person speaking. */
export const PERSON_PRONOUNS: Record<string, 'm' | 'f' | 'x'> = { he: 'm', she: 'f', they: 'x', i: 'x', we: 'x' };
