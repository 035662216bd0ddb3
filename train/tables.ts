/**
 * Word tables for the synthetic pair generator (train/synth.ts). Compiled by hand for this purpose
 * from AP style usage and the news prose of the ECB+ texts; every entry was chosen to be safe in
 * the contexts the generator applies it to (see the notes on each table). Where a word has a
 * second sense that would change a sentence's meaning ("film" the verb, "at large", "fired shots"),
 * it is left out rather than guarded.
 */

/**
 * Faithful substitutions: `from` may be replaced by `to` anywhere outside quotations, keeping every
 * fact. One direction only unless the reverse is listed too. Lower-case; the first letter's case
 * is kept. Generalisations that stay true ("murdered" -> "killed") are allowed; the reverse never.
 */
export const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['approximately', 'about'], ['nearly', 'almost'], ['almost', 'nearly'],
  ['prior to', 'before'], ['in order to', 'to'], ['numerous', 'many'], ['individuals', 'people'],
  ['purchased', 'bought'], ['assist', 'help'], ['assisted', 'helped'], ['assistance', 'help'],
  ['attempted to', 'tried to'], ['attempting to', 'trying to'], ['commenced', 'began'], ['began', 'started'],
  ['children', 'kids'], ['kids', 'children'], ['movie', 'film'], ['movies', 'films'],
  ['quake', 'earthquake'], ['earthquake', 'quake'], ['blaze', 'fire'], ['explosion', 'blast'],
  ['blast', 'explosion'], ['physician', 'doctor'], ['lawyer', 'attorney'], ['lawyers', 'attorneys'],
  ['automobile', 'car'], ['residence', 'home'], ['resides', 'lives'], ['resided', 'lived'],
  ['currently', 'now'], ['sufficient', 'enough'], ['perished', 'died'], ['passed away', 'died'],
  ['stated', 'said'], ['journalists', 'reporters'], ['reporters', 'journalists'], ['obtained', 'got'],
  ['demonstrators', 'protesters'], ['protesters', 'demonstrators'], ['fatal', 'deadly'],
  ['jolted', 'shook'], ['enormous', 'huge'], ['massive', 'huge'], ['rapidly', 'quickly'], ['quickly', 'rapidly'],
  ['authorities', 'officials'], ['residents', 'locals'], ['murdered', 'killed'], ['slain', 'killed'],
  ['apprehended', 'arrested'], ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'],
  ['convicted of', 'found guilty of'], ['found guilty of', 'convicted of'], ['shooter', 'gunman'],
  ['firearm', 'gun'], ['firearms', 'guns'], ['deceased', 'dead'], 
  ['stepped down', 'resigned'], ['employees', 'workers'], ['acquisition', 'purchase'],
  ['intends to', 'plans to'], ['shot dead', 'shot and killed'], ['fatally shot', 'shot and killed'], ['set alight', 'set on fire'], ['wounded', 'injured'],
  ['soldiers', 'troops'], ['troops', 'soldiers'], ['ceasefire', 'truce'], ['negotiations', 'talks'],
  ['spoke to', 'talked to'], ['spoke with', 'talked with'], ['telephone', 'phone'], 
  ['photographs', 'photos'], ['television', 'TV'], ['subsequently', 'later'], ['initially', 'at first'],
  ['completed', 'finished'], ['infant', 'baby'], ['teenager', 'teen'], ['teenagers', 'teens'],
  ['inmates', 'prisoners'], ['jailed', 'imprisoned'], ['unlawful', 'illegal'], ['regarding', 'about'],
  ['whilst', 'while'], ['amongst', 'among'], ['entire', 'whole'], ['globe', 'world'],
  ['permitted', 'allowed'], ['prohibited', 'banned'],
  ['vowed', 'promised'], ['pledged', 'promised'], ['remarked', 'said'], ['shortly after', 'soon after'],
  ['rehab', 'rehabilitation'],
  ['utilized', 'used'], ['utilised', 'used'], ['the majority of', 'most of'], ['motion picture', 'film'],
  ['nation', 'country'], ["nation's", "country's"], ['the United States', 'the U.S.'],
];

/**
 * Negations said another way: each keeps the fact (storydiff must not call these a flip). Applied
 * like SYNONYMS. "failed to" -> "did not" drops the attempt, a generalisation that stays true.
 */
export const NEGATION_PARAPHRASES: ReadonlyArray<readonly [string, string]> = [
  ['declined to comment', 'would not comment'], ['refused to comment', 'would not comment'],
  ['did not survive', 'died'], ['failed to appear', 'did not appear'], ['did not attend', 'missed'],
  ['was unable to', 'could not'], ['were unable to', 'could not'], ['failed to', 'did not'],
  ['no one was injured', 'nobody was hurt'], ['no one was hurt', 'nobody was injured'],
  ['not far from', 'close to'], ['not yet', 'still not'], ['was not immediately clear', 'was not clear at first'],
];

/** British and American spellings: either direction keeps the text's meaning. */
export const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['favorite', 'favourite'], ['honored', 'honoured'], ['honor', 'honour'], ['color', 'colour'],
  ['center', 'centre'], ['theater', 'theatre'], ['organization', 'organisation'], ['organized', 'organised'],
  ['apologized', 'apologised'], ['criticized', 'criticised'], ['recognized', 'recognised'],
  ['realized', 'realised'], ['neighbor', 'neighbour'], ['neighbors', 'neighbours'], ['defense', 'defence'],
  ['toward', 'towards'], ['traveled', 'travelled'], ['program', 'programme'], ['kilometers', 'kilometres'],
  ['epicenter', 'epicentre'], ['jewelry', 'jewellery'], ['gray', 'grey'], ['labor', 'labour'],
  ['harbor', 'harbour'], ['rumor', 'rumour'], ['rumors', 'rumours'], ['behavior', 'behaviour'],
];

/**
 * Opposites: replacing one by the other reverses a fact. Lower-case surface forms; `both` means the
 * reverse direction is safe too. Words with a second sense that is not opposite ("left", "high
 * school", "at large", "fired shots", "short of", "years old") are not listed or only one way.
 * About half are WordNet antonym pairs (src/text/lexicon.ts areAntonyms); the rest are news
 * opposites of src/data/negation.ts or plain English ones.
 */
export const ANTONYMS: ReadonlyArray<readonly [string, string, 'both' | 'one']> = [
  ['increase', 'decrease', 'both'], ['increased', 'decreased', 'both'], ['rose', 'fell', 'both'],
  ['risen', 'fallen', 'one'], ['rising', 'falling', 'both'], ['higher', 'lower', 'both'],
  ['highest', 'lowest', 'both'], ['won', 'lost', 'one'], ['win', 'lose', 'both'],
  ['winning', 'losing', 'both'], ['victory', 'defeat', 'both'], ['first', 'last', 'both'],
  ['before', 'after', 'both'], ['earlier', 'later', 'both'], ['opened', 'closed', 'both'],
  ['approved', 'rejected', 'both'], ['accepted', 'rejected', 'one'],
  ['major', 'minor', 'both'], ['maximum', 'minimum', 'both'], ['strong', 'weak', 'both'],
  ['stronger', 'weaker', 'both'], ['positive', 'negative', 'both'], ['public', 'private', 'both'],
  ['illegal', 'legal', 'one'], ['guilty', 'innocent', 'both'], ['convicted', 'acquitted', 'both'],
  ['alive', 'dead', 'one'], ['north', 'south', 'both'], ['northern', 'southern', 'both'],
  ['east', 'west', 'both'], ['eastern', 'western', 'both'], ['inside', 'outside', 'both'],
  ['largest', 'smallest', 'both'], ['biggest', 'smallest', 'one'], ['small', 'large', 'one'],
  ['early', 'late', 'one'], ['more than', 'less than', 'both'], ['fewer than', 'more than', 'one'],
  ['true', 'false', 'both'], ['success', 'failure', 'both'], ['successful', 'unsuccessful', 'both'],
  ['agreed to', 'refused to', 'both'], ['allowed to', 'forbidden to', 'one'], ['supported', 'opposed', 'both'],
  ['praised', 'criticized', 'both'], ['happy', 'unhappy', 'both'], ['pleased', 'disappointed', 'one'],
  ['good', 'bad', 'both'], ['better', 'worse', 'both'], ['best', 'worst', 'both'], ['easy', 'difficult', 'both'],
  ['easier', 'harder', 'one'], ['safe', 'dangerous', 'both'], ['rich', 'poor', 'both'],
  ['cheap', 'expensive', 'both'], ['empty', 'full', 'one'], ['heavily', 'lightly', 'both'],
  ['quickly', 'slowly', 'both'], ['male', 'female', 'both'], ['domestic', 'foreign', 'both'],
  ['permanent', 'temporary', 'both'], ['started', 'ended', 'both'], ['began', 'ended', 'one'],
  ['included', 'excluded', 'both'], ['imports', 'exports', 'both'], ['bought', 'sold', 'both'],
  ['buying', 'selling', 'both'], ['buyer', 'seller', 'both'], ['unemployed', 'employed', 'one'],
  ['married', 'divorced', 'one'], ['hired', 'fired', 'one'], ['proud', 'ashamed', 'both'],
  ['loved', 'hated', 'both'], ['love', 'hate', 'both'], ['great', 'terrible', 'both'],
  ['wonderful', 'awful', 'both'], ['sad', 'happy', 'one'], ['important', 'unimportant', 'both'],
  ['agree', 'disagree', 'both'], ['everything', 'nothing', 'both'], ['everyone', 'no one', 'one'],
  ['always', 'never', 'one'], ['many', 'few', 'one'], ['likely', 'unlikely', 'both'],
  ['possible', 'impossible', 'both'], ['able', 'unable', 'both'], ['lucky', 'unlucky', 'both'],
  ['upstairs', 'downstairs', 'both'], ['entrance', 'exit', 'both'], ['increasing', 'decreasing', 'both'],
  ['gained', 'lost', 'one'], ['expanded', 'shrank', 'both'], ['younger', 'older', 'both'],
  ['youngest', 'oldest', 'both'],
];

/** Phrases in which a word of ANTONYMS has another sense: a match inside one is not replaced. */
export const ANTONYM_BLOCKED = [
  'opened fire', 'open fire', 'for good', 'great deal', 'a few', 'good morning', 'first-degree',
  'closed-door', 'closed down', 'opened up', 'last year', 'last week', 'last month', 'last night',
  'the last time', 'at last', 'before dawn', 'first time', 'first half', 'first quarter', 'early on',
  'best known', 'better known', 'good friday', 'major general', 'major league', 'last-minute',
  'public relations', 'private sector', 'public sector', 'strong-arm', 'married couple', 'how many',
  'many of whom', 'many years', 'many times', 'good luck', 'best friend', 'best friends', 'as possible',
  'as early as', 'as late as', 'at best', 'at worst',
];

/** Hedging adverbs that can be added before a verb or removed ("was reportedly killed"). */
export const HEDGE_ADVERBS = ['reportedly', 'allegedly', 'apparently', 'possibly', 'probably'] as const;
/** Hedging adjectives before a noun that can be removed ("the suspected gunman" -> "the gunman"). */
export const HEDGE_ADJECTIVES = ['suspected', 'alleged', 'apparent', 'presumed', 'purported', 'possible', 'likely'] as const;
/** Nouns that a hedging adjective can be added to ("the gunman" -> "the suspected gunman"). */
export const HEDGEABLE_NOUNS = [
  'gunman', 'killer', 'attacker', 'shooter', 'arsonist', 'arsonists', 'bomber', 'thief', 'robber',
  'robbers', 'murderer', 'kidnapper', 'attack', 'arson', 'murder', 'cause', 'motive', 'culprit',
];

/** Words that make a clause already hedged: no hedge is added to it and no modal is read as fact. */
export const HEDGE_WORDS = new Set([
  'may', 'might', 'could', 'would', 'should', 'reportedly', 'allegedly', 'apparently', 'possibly',
  'probably', 'perhaps', 'maybe', 'suspected', 'alleged', 'believed', 'thought', 'likely', 'unlikely',
  'seems', 'seemed', 'appears', 'appeared', 'expected', 'presumably', 'purportedly', 'supposedly',
  'unconfirmed', 'rumored', 'rumoured', 'if', 'whether', 'unclear',
]);

/** Past tense -> base form, for "X killed" -> "X did not kill". Regular verbs are added by rule. */
export const IRREGULAR_PAST: Record<string, string> = {
  went: 'go', came: 'come', took: 'take', gave: 'give', made: 'make', found: 'find', left: 'leave',
  told: 'tell', said: 'say', got: 'get', saw: 'see', knew: 'know', thought: 'think', became: 'become',
  began: 'begin', brought: 'bring', bought: 'buy', sold: 'sell', held: 'hold', kept: 'keep', lost: 'lose',
  won: 'win', met: 'meet', paid: 'pay', put: 'put', ran: 'run', sent: 'send', set: 'set', shot: 'shoot',
  spent: 'spend', stood: 'stand', struck: 'strike', threw: 'throw', wrote: 'write', led: 'lead',
  fled: 'flee', fell: 'fall', hit: 'hit', hurt: 'hurt', broke: 'break', caught: 'catch', chose: 'choose',
  drove: 'drive', fought: 'fight', flew: 'fly', forgot: 'forget', grew: 'grow', heard: 'hear', hid: 'hide',
  meant: 'mean', rode: 'ride', rose: 'rise', sought: 'seek', shook: 'shake', sang: 'sing', sat: 'sit',
  slept: 'sleep', spoke: 'speak', stole: 'steal', swam: 'swim', taught: 'teach', wore: 'wear',
  understood: 'understand', beat: 'beat', built: 'build', felt: 'feel', dealt: 'deal', drew: 'draw',
};

/**
 * Verbs in the past tense (equal to their past participle) that take a person as object and whose
 * participants cannot be swapped without changing the fact ("Smith replaced Jones"). Symmetric
 * verbs (met, married, played, joined) are left out.
 */
export const ASYMMETRIC_VERBS = new Set([
  'killed', 'shot', 'beat', 'defeated', 'replaced', 'succeeded', 'sued', 'accused', 'arrested', 'fired',
  'hired', 'signed', 'appointed', 'named', 'interviewed', 'praised', 'criticized', 'criticised', 'thanked',
  'attacked', 'endorsed', 'nominated', 'coached', 'represented', 'stabbed', 'hit', 'visited', 'called',
  'helped', 'blamed', 'charged', 'sentenced', 'convicted', 'acquitted', 'chose', 'selected', 'dropped',
  'injured', 'robbed', 'murdered', 'kidnapped', 'rescued', 'supported', 'ousted', 'elected', 'hosted',
  'honored', 'honoured', 'congratulated', 'invited', 'warned', 'told', 'asked', 'paid', 'contacted',
  'phoned', 'defended', 'investigated', 'questioned', 'punched', 'fined', 'suspended', 'followed',
  'introduced', 'recruited', 'persuaded', 'urged', 'inspired', 'influenced', 'mentored', 'trained',
  'cast', 'directed', 'overtook', 'outscored', 'knocked', 'tackled', 'released', 'dumped', 'sacked',
  'pardoned', 'recognized', 'recognised', 'identified', 'hugged', 'slapped', 'welcomed',
  'confronted', 'threatened', 'assaulted',
]);

/** Passive with "by": the verbs whose past participle is safe to turn around ("was shot by X"). */
export const PASSIVE_VERBS = new Set([
  'killed', 'shot', 'beaten', 'defeated', 'replaced', 'succeeded', 'sued', 'accused', 'arrested', 'fired',
  'hired', 'signed', 'appointed', 'named', 'interviewed', 'praised', 'criticized', 'criticised', 'attacked',
  'endorsed', 'nominated', 'coached', 'represented', 'stabbed', 'hit', 'visited', 'helped', 'blamed',
  'charged', 'sentenced', 'injured', 'robbed', 'murdered', 'kidnapped', 'rescued', 'supported', 'ousted',
  'elected', 'hosted', 'honored', 'honoured', 'invited', 'warned', 'questioned', 'released', 'directed',
  'founded', 'written', 'produced', 'built', 'designed', 'bought', 'acquired', 'owned', 'ordered',
  'approved', 'rejected', 'announced', 'confirmed', 'identified', 'discovered', 'found', 'destroyed',
  'damaged', 'struck', 'caught', 'detained', 'treated', 'examined', 'signed', 'led', 'won', 'taken',
  'issued', 'filed', 'reported', 'investigated', 'organized', 'organised', 'granted',
]);

/** Past tense for the active form of an irregular past participle used in PASSIVE_VERBS. */
export const PARTICIPLE_TO_PAST: Record<string, string> = {
  beaten: 'beat', written: 'wrote', taken: 'took', shot: 'shot', hit: 'hit', built: 'built', bought: 'bought',
  found: 'found', struck: 'struck', caught: 'caught', led: 'led', won: 'won',
};

/**
 * Titles and roles in groups: a role change replaces a title by another of its group. Titles that
 * are also ordinary words ("major", "general", "host", "agent"), near-equivalents ("deputy" and
 * "trooper" are both police officers; a celebrity's "spokesman" is often a "publicist") and
 * titles that differ by country ("minister" / "secretary") are left out. `office` groups take a
 * qualifier ("the former mayor").
 */
export const ROLE_GROUPS: ReadonlyArray<{ office: boolean; roles: readonly string[] }> = [
  { office: true, roles: ['president', 'vice president', 'prime minister', 'governor', 'mayor', 'senator', 'ambassador', 'congressman'] },
  { office: true, roles: ['judge', 'prosecutor', 'lawyer', 'sheriff', 'juror'] },
  { office: true, roles: ['captain', 'lieutenant', 'sergeant', 'colonel', 'detective', 'commander'] },
  { office: true, roles: ['police chief', 'fire chief', 'sheriff'] },
  { office: false, roles: ['police officer', 'firefighter', 'paramedic'] },
  { office: true, roles: ['chief executive', 'chairman', 'founder', 'director', 'manager', 'treasurer', 'owner', 'spokesman', 'spokeswoman'] },
  { office: false, roles: ['director', 'producer', 'screenwriter', 'actor', 'actress', 'singer', 'writer', 'editor'] },
  { office: true, roles: ['coach', 'captain', 'striker', 'goalkeeper', 'manager', 'owner'] },
  { office: false, roles: ['doctor', 'nurse', 'surgeon', 'dentist'] },
  { office: false, roles: ['son', 'nephew', 'grandson', 'brother', 'cousin'] },
  { office: false, roles: ['daughter', 'niece', 'granddaughter', 'sister', 'cousin'] },
  { office: false, roles: ['wife', 'sister', 'mother', 'daughter', 'girlfriend'] },
  { office: false, roles: ['husband', 'brother', 'father', 'son', 'boyfriend'] },
];

/** Titles that name the same role: never a change. */
export const SAME_ROLES: ReadonlyArray<readonly string[]> = [
  ['lawyer', 'attorney'], ['actor', 'actress'], ['spokesman', 'spokeswoman', 'spokesperson'],
  ['chairman', 'chairwoman', 'chair'], ['congressman', 'congresswoman', 'representative'],
  ['chief executive', 'ceo', 'chief executive officer'],
];

/** Abbreviated ranks and titles (AP style) and the full word, for rotation and moves. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'Capt.': 'captain', 'Lt.': 'lieutenant', 'Sgt.': 'sergeant', 'Maj.': 'major', 'Col.': 'colonel',
  'Gen.': 'general', 'Gov.': 'governor', 'Sen.': 'senator', 'Rep.': 'representative', 'Det.': 'detective',
  'Cmdr.': 'commander', 'Atty.': 'attorney', 'Supt.': 'superintendent', 'Insp.': 'inspector',
};

/** Qualifiers that change a title's meaning when added ("the mayor" -> "the former mayor"). */
export const ROLE_QUALIFIERS = ['former', 'acting', 'deputy', 'interim'] as const;

/** Generic sources of a statement and the ones they can be swapped with (a real change of source). */
export const GENERIC_SPEAKERS: ReadonlyArray<readonly string[]> = [
  ['police', 'witnesses', 'prosecutors', 'neighbors', 'relatives', 'firefighters', 'doctors'],
];

/**
 * Invented details. Each adds something the base does not say: an age, a manner, a cause.
 * `after` is inserted right after the matched words; the match must be a whole word.
 */
export const AGE_NOUNS = ['man', 'woman', 'boy', 'girl', 'suspect', 'victim', 'driver', 'gunman', 'officer', 'teenager', 'worker', 'mother', 'father', 'pilot', 'passenger'];
export const MANNER_DETAILS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:was|were) shot\b(?! dead| and| to death| down| at| multiple| several| twice)/, ['dead']],
  [/\b(?:was|were|been) injured\b/, ['seriously', 'critically', 'slightly']],
  [/\b(?:was|were|been) arrested\b(?! at| in| on)/, ['at his home', 'at the scene', 'at an airport']],
  [/\b(?:was|were|been) taken to\b/, ['by helicopter', 'by ambulance']],
  [/\bdied\b(?! of| from| in| after| at| on)/, ['of a heart attack', 'in hospital', 'after a long illness']],
  [/\b(?:was|were) (?:killed|hurt)\b(?! in| by| when)/, ['instantly', 'in a crossfire']],
  [/\b(?:fire|blaze) (?:broke out|started)\b(?! in| on| at)/, ['in the kitchen', 'in a basement']],
  [/\bfled\b(?! the| to| in| on)/, ['on foot', 'in a stolen car']],
  [/\b(?:resigned|stepped down)\b(?! as| from| in| on)/, [', citing health reasons', 'after a row with the board']],
  [/\b(?:was|were) fired\b(?! by| from| on| at| upon)/, ['over a pay dispute', 'after a string of poor results']],
];
/**
 * Causes and circumstances put after an event noun, between commas ("The fire, which investigators
 * blamed on faulty wiring, destroyed ..."): the noun must stand after "the" or "a".
 */
export const CAUSE_DETAILS: Record<string, readonly string[]> = {
  fire: ['which investigators blamed on faulty wiring', 'started by a discarded cigarette'],
  blaze: ['which investigators blamed on faulty wiring', 'started by a discarded cigarette'],
  crash: ['which police blamed on icy roads', 'caused by a drunk driver'],
  collision: ['which police blamed on icy roads'],
  explosion: ['caused by a gas leak'], blast: ['caused by a gas leak'],
  shooting: ['which followed an argument over money', 'the third in the area this year'],
  quake: ['the strongest in a decade', 'which also triggered landslides'],
  earthquake: ['the strongest in a decade', 'which also triggered landslides'],
  attack: ['planned for months', 'which followed a series of threats'],
  arrest: ['which followed a tip from a neighbor'], accident: ['caused by a burst tyre'],
  robbery: ['the second at the branch this year'], storm: ['the worst in a decade'],
};

/** Adjectives invented for a noun ("the bank" -> "the crowded bank"). */
export const NOUN_DETAILS: Record<string, readonly string[]> = {
  bank: ['crowded', 'downtown'], house: ['two-story', 'abandoned'], home: ['rented', 'lakeside'],
  car: ['stolen', 'red'], truck: ['stolen', 'white'], building: ['six-story', 'empty'],
  hospital: ['military', 'children\'s'], school: ['private', 'Catholic'], church: ['Baptist', 'historic'],
  restaurant: ['Italian', 'crowded'], hotel: ['luxury', 'beachfront'], film: ['low-budget', 'animated'],
  movie: ['low-budget', 'animated'], company: ['family-owned', 'struggling'], team: ['struggling', 'unbeaten'],
  store: ['crowded', 'discount'], bar: ['crowded', 'Irish'], apartment: ['rented', 'basement'],
  ship: ['Liberian-flagged', 'damaged'], plane: ['twin-engine', 'chartered'], village: ['remote', 'coastal'],
  town: ['coastal', 'mining'], party: ['birthday', 'late-night'], deal: ['secret', 'three-year'],
};

/** Invented numbers of years for ages. */
export const AGE_RANGE: readonly [number, number] = [19, 67];

/** Typography: straight to typographic forms. */
export const DASHES: ReadonlyArray<readonly [string, string]> = [[' -- ', ' — '], ['--', '—'], [' - ', ' – ']];

/** U.S. states and their AP abbreviations, for telling a state from a city. */
export const US_STATES: Record<string, string> = {
  Alabama: 'Ala.', Alaska: 'Alaska', Arizona: 'Ariz.', Arkansas: 'Ark.', California: 'Calif.', Colorado: 'Colo.',
  Connecticut: 'Conn.', Delaware: 'Del.', Florida: 'Fla.', Georgia: 'Ga.', Hawaii: 'Hawaii', Idaho: 'Idaho',
  Illinois: 'Ill.', Indiana: 'Ind.', Iowa: 'Iowa', Kansas: 'Kan.', Kentucky: 'Ky.', Louisiana: 'La.',
  Maine: 'Maine', Maryland: 'Md.', Massachusetts: 'Mass.', Michigan: 'Mich.', Minnesota: 'Minn.',
  Mississippi: 'Miss.', Missouri: 'Mo.', Montana: 'Mont.', Nebraska: 'Neb.', Nevada: 'Nev.',
  'New Hampshire': 'N.H.', 'New Jersey': 'N.J.', 'New Mexico': 'N.M.', 'New York': 'N.Y.',
  'North Carolina': 'N.C.', 'North Dakota': 'N.D.', Ohio: 'Ohio', Oklahoma: 'Okla.', Oregon: 'Ore.',
  Pennsylvania: 'Pa.', 'Rhode Island': 'R.I.', 'South Carolina': 'S.C.', 'South Dakota': 'S.D.',
  Tennessee: 'Tenn.', Texas: 'Texas', Utah: 'Utah', Vermont: 'Vt.', Virginia: 'Va.', Washington: 'Wash.',
  'West Virginia': 'W.Va.', Wisconsin: 'Wis.', Wyoming: 'Wyo.',
};

/** Cities used as replacements when an article names no other city. */
export const CITIES = [
  'Boston', 'Chicago', 'Denver', 'Seattle', 'Houston', 'Phoenix', 'Atlanta', 'Dallas', 'Miami', 'Portland',
  'Sacramento', 'Baltimore', 'Cleveland', 'Detroit', 'Memphis', 'Nashville', 'Pittsburgh', 'Tucson',
  'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon', 'Dublin',
  'Manchester', 'Glasgow', 'Lyon', 'Munich', 'Milan', 'Naples', 'Toronto', 'Montreal', 'Vancouver',
  'Sydney', 'Melbourne', 'Auckland', 'Mumbai', 'Karachi', 'Jakarta', 'Manila', 'Bangkok', 'Seoul', 'Osaka',
  'Cairo', 'Nairobi', 'Lagos', 'Tehran', 'Istanbul', 'Athens', 'Lima', 'Bogota', 'Santiago',
];

/** Weekdays and months, for date changes. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Number words for rewriting digits in words and back. */
export const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Words that tie a sentence to the one before it (pronouns, demonstratives, discourse links): such
 * a sentence keeps its predecessor when sentences are dropped or moved, or its reading would change.
 */
export const ANAPHORS = new Set([
  'he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'they', 'them', 'their', 'theirs',
  'themselves', 'it', 'its', 'itself', 'this', 'these', 'those', 'also', 'too', 'again', 'another',
  'latter', 'former', 'same', 'such', 'other', 'others', 'then', 'later', 'earlier', 'meanwhile', 'however',
  'instead', 'thus', 'therefore', 'afterwards', 'afterward', 'besides', 'moreover', 'furthermore',
  'nevertheless', 'nonetheless', 'second', 'both', 'either', 'neither', 'we', 'us', 'our', 'i', 'me', 'my',
  'you', 'your', 'remaining', 'previous', 'next', 'further', 'even', 'still', 'yet', 'though',
]);
/** Sentence openers that tie a sentence to the one before it. */
export const LINKING_OPENERS = new Set(['and', 'but', 'so', 'yet', 'still', 'that', 'there', 'or', 'nor', 'update']);
