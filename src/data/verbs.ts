/**
 * Verb tables for reading clause frames. The irregular forms are the common English irregular verbs
 * (Quirk et al., A Comprehensive Grammar of the English Language, appendix on irregular verbs),
 * trimmed to those frequent in news; the auxiliaries and determiners are closed classes of English
 * grammar. Converse pairs are verbs that tell one event from the other side ("A beat B" is "B lost
 * to A"), written by hand from news usage.
 */

/** Irregular past tenses and participles, by form: the verb's lemma. */
export const IRREGULAR: Record<string, string> = Object.fromEntries(
  `beat beat beaten|become became become|begin began begun|bring brought|build built|buy bought|catch caught|
choose chose chosen|come came|cut cut|deal dealt|do did done|draw drew drawn|drive drove driven|eat ate eaten|
fall fell fallen|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|
forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|
hang hung|have had has|hear heard|hide hid hidden|hit hit|hold held|hurt hurt|keep kept|know knew known|
lay laid|lead led|leave left|lend lent|let let|lose lost|make made|mean meant|meet met|pay paid|put put|
quit quit|read read|ride rode ridden|rise rose risen|run ran|say said|see saw seen|seek sought|sell sold|
send sent|set set|shake shook shaken|shoot shot|show showed shown|shut shut|sing sang sung|sink sank sunk|
sit sat|sleep slept|speak spoke spoken|spend spent|stand stood|steal stole stolen|strike struck stricken|
swear swore sworn|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|
understand understood|wake woke woken|wear wore worn|win won|withdraw withdrew withdrawn|write wrote written|
overturn overturned|undertake undertook undertaken|uphold upheld|withhold withheld|oversee oversaw overseen`
    .split('|')
    .flatMap((row) => {
      const [lemma, ...forms] = row.trim().split(/\s+/);
      return forms.map((f) => [f, lemma!] as const);
    }),
);

/** The finite auxiliaries and modals (of AUXILIARIES): after "and", one starts a second predicate ("... near Oxford and were taken to hospital"). */
export const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does']);
/** Auxiliaries and modals: they carry tense, voice and mood, not the event. */
export const AUXILIARIES = new Set([
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to', 'not', "n't", 'never', 'also',
  'still', 'already', 'just', 'now', 'then', 'reportedly', 'allegedly',
]);
/** Forms of "be", which make a passive with a participle ("was bought by"). */
export const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'get', 'got', 'gets']);
/**
 * Articles and third-person possessives: the words that open a noun phrase naming a participant ("a
 * cyclist", "the minister", "its chief executive").
 */
export const PARTICIPANT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** Words before a noun: after one of these a word is read as a noun ("the plans", "its rival"). */
export const NOUN_MARKERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some',
  'any', 'no', 'each', 'every', 'another', 'such', 'of', 'whose',
]);
/** Prepositions a verb takes before its object ("asked for aid", "lost to Chelsea", "applied for a grant"). */
export const VERB_PREPOSITIONS = new Set(['for', 'to', 'from', 'with', 'against', 'on', 'into', 'about', 'over', 'off', 'up', 'out']);

/**
 * Verbs whose subject and object trade places with no change of meaning: a bill passes a chamber and
 * a chamber passes a bill ("the measure passed the Senate" / "the Senate passed the measure").
 */
export const ALTERNATING = new Set(['pass']);

/**
 * Converse verbs: "A beat B" is "B lost to A", "A gave X to B" is "B received X from A". Each row:
 * a verb (with its preposition) and its converse (with its preposition); the agent of one is the
 * object (or, for `to`/`from`, the recipient or source) of the other.
 */
export const CONVERSES: Array<[string, string]> = [
  ['beat', 'lose to'],
  ['defeat', 'lose to'],
  ['give', 'receive'],
  ['award', 'receive'],
  ['hand', 'receive'],
  ['send', 'receive'],
  ['sell', 'buy'],
  ['sell', 'purchase'],
  ['sell', 'acquire'],
  ['sell', 'take over'],
  ['lend', 'borrow'],
  ['employ', 'work for'],
  ['teach', 'learn from'],
  ['precede', 'follow'],
  ['lead', 'trail'],
  ['hire', 'join'],
];

/**
 * Stages of one course of events that news keeps apart: asking is not getting, a charge is not a
 * conviction, an injury is not a death, a nomination is not an appointment. A verb of one side in
 * place of a verb of the other, between the same participants, changes the relation ("asked for
 * federal aid" / "received federal aid"). Each row: the earlier stage, then the later one.
 */
export const STAGES: Array<[string[], string[]]> = [
  [
    ['ask', 'request', 'seek', 'apply', 'bid', 'demand', 'want', 'lobby', 'petition', 'plead', 'call'],
    ['receive', 'get', 'win', 'obtain', 'secure', 'award', 'grant', 'gain', 'land', 'earn', 'collect'],
  ],
  [
    ['accuse', 'charge', 'suspect', 'arrest', 'investigate', 'allege', 'question', 'detain', 'sue', 'prosecute', 'indict', 'try'],
    ['convict', 'sentence', 'jail', 'imprison', 'fine', 'punish', 'execute'],
  ],
  [
    ['attack', 'shoot', 'stab', 'injure', 'wound', 'hit', 'assault', 'hurt', 'beat'],
    ['kill', 'murder', 'slay'],
  ],
  [
    ['nominate', 'shortlist', 'propose', 'consider', 'interview'],
    ['appoint', 'elect', 'name', 'choose', 'select', 'hire', 'install'],
  ],
  [
    ['offer', 'propose', 'plan', 'announce', 'promise', 'pledge'],
    ['complete', 'finish', 'deliver', 'pay', 'implement', 'accept'],
  ],
];
