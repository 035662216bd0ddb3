/**
 * Titles and roles of people in news, the qualifiers that change what a title means, honorifics,
 * and the words that mark a capitalized name as an organisation. Compiled by hand from the AP
 * Stylebook's entries on titles ("titles", "formerly", "acting", "co-"), Reuters' style guide on
 * government and corporate titles, and the role words of the miami-talks and SummEdits news texts
 * read while writing the rules (no single sentence decides an entry).
 */

/**
 * Titles, lower-case, as written in news; several words are allowed. A title is matched longest
 * first. Hyphenated compounds are written with hyphens ("son-in-law").
 */
export const TITLES: readonly string[] = [
  // government
  'president', 'vice president', 'president-elect', 'prime minister', 'premier', 'chancellor',
  'secretary of state', 'secretary of defense', 'secretary of war', 'defense secretary',
  'secretary of the treasury', 'treasury secretary', 'home secretary', 'foreign secretary',
  'secretary-general', 'secretary general', 'secretary', 'under secretary', 'press secretary',
  'minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister',
  'interior minister', 'health minister', 'economy minister', 'energy minister', 'justice minister',
  'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'mp', 'member of parliament', 'speaker', 'governor', 'gov.', 'lieutenant governor',
  'mayor', 'deputy mayor', 'councillor', 'councilman', 'councilwoman', 'attorney general', 'attorney-general',
  'prosecutor', 'district attorney', 'judge', 'justice', 'chief justice', 'magistrate',
  'ambassador', 'envoy', 'special envoy', 'diplomat', 'consul', 'negotiator', 'mediator',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'press officer',
  'adviser', 'advisor', 'national security adviser', 'chief of staff', 'aide', 'official',
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sheikh', 'sultan', 'pope',
  'cardinal', 'archbishop', 'bishop', 'rabbi', 'imam', 'patriarch',
  'leader', 'opposition leader', 'party leader', 'head', 'chief', 'chairman', 'chairwoman', 'chair',
  'whip', 'chief whip', 'leader of the opposition',
  'commissioner', 'inspector general', 'inspector-general', 'director', 'director general', 'director-general', 'administrator',
  // military and police
  'general', 'gen.', 'lieutenant general', 'major general', 'brigadier general', 'admiral',
  'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.',
  'commander', 'commander-in-chief', 'chief of the general staff', 'police chief', 'fire chief', 'fire marshal',
  'police commissioner', 'fire commissioner', 'sheriff',
  'detective', 'officer', 'inspector',
  // companies and institutions
  'founder', 'chief executive', 'chief executive officer', 'ceo', 'chief financial officer', 'cfo',
  'chief operating officer', 'coo', 'chief technology officer', 'cto', 'executive', 'owner',
  'managing director', 'partner', 'board member', 'investor', 'economist', 'analyst', 'professor',
  'researcher', 'scientist', 'editor', 'editor-in-chief', 'publisher', 'journalist', 'reporter',
  'correspondent', 'columnist', 'lawyer', 'attorney', 'coach', 'manager', 'captain',
  // occupations news puts before a name ("engineer Lena Park", "striker Emma Lund")
  'engineer', 'doctor', 'nurse', 'surgeon', 'teacher', 'farmer', 'activist', 'campaigner',
  'harbormaster', 'pilot', 'striker', 'goalkeeper', 'player', 'singer', 'actor', 'actress',
  'author', 'writer', 'artist', 'architect', 'banker', 'businessman', 'businesswoman', 'entrepreneur',
  'historian', 'physician', 'firefighter', 'trader', 'accountant', 'consultant', 'pastor', 'priest',
  // local government, courts and police ranks (UK and US usage)
  'clerk', 'county clerk', 'city clerk', 'treasurer', 'county treasurer', 'auditor', 'registrar', 'coroner',
  'assessor', 'comptroller', 'controller', 'recorder', 'alderman', 'councilmember', 'cllr',
  'superintendent', 'detective superintendent', 'chief superintendent', 'detective chief superintendent',
  'det supt', 'det chief supt', 'supt', 'ch supt', 'constable', 'police constable', 'pc', 'detective constable',
  'dc', 'chief constable', 'detective inspector', 'det insp', 'insp', 'detective sergeant', 'ds', 'det sgt',
  'barrister', 'solicitor', 'defence lawyer', 'defense attorney', 'defence barrister', 'recorder',
  'defendant', 'plaintiff', 'claimant', 'juror',
  // schools, health and science
  'headteacher', 'head teacher', 'headmaster', 'headmistress', 'principal', 'dean', 'provost', 'vice-chancellor',
  'lecturer', 'paramedic', 'midwife', 'pharmacist', 'dentist', 'psychiatrist', 'psychologist',
  'cardiologist', 'neurologist', 'oncologist', 'epidemiologist', 'virologist', 'pathologist', 'radiologist',
  'paediatrician', 'pediatrician', 'anaesthetist', 'anesthesiologist', 'geologist', 'biologist',
  'palaeontologist', 'paleontologist', 'archaeologist', 'astronomer', 'physicist', 'chemist',
  // sport
  'midfielder', 'defender', 'forward', 'winger', 'batsman', 'batter', 'bowler', 'pitcher', 'quarterback',
  'jockey', 'trainer', 'referee', 'umpire', 'skipper', 'fly-half', 'scrum-half',
  // relations
  'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law', 'brother-in-law',
  'sister-in-law', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister',
  'widow', 'widower', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter',
];

/**
 * Words before a title that change its meaning: a former president is not the president.
 * "co-founder" and "ex-minister" are read as the qualifier "co" / "ex" and the title.
 */
export const QUALIFIERS: readonly string[] = [
  'former', 'ex', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'late', 'co', 'vice',
  'assistant', 'associate', 'caretaker', 'designate', 'elect', 'honorary', 'retired', 'disgraced',
  'ousted', 'exiled', 'jailed', 'self-proclaimed', 'de facto', 'future', 'would-be', 'then', 'shadow',
];

/** Qualifiers that say nothing about which role a person holds ("then-President" is the president). */
export const NEUTRAL_QUALIFIERS: readonly string[] = ['then'];

/**
 * A title with a field that is another title: "finance director" and "finance chief" are the chief
 * financial officer (field, title, the title they are).
 */
export const FIELD_TITLES: readonly [string, string, string][] = [
  ['finance', 'director', 'chief financial officer'],
  ['finance', 'chief', 'chief financial officer'],
];

/** Synonymous titles: each maps to the first of its row. */
export const TITLE_SYNONYMS: readonly string[][] = [
  ['chief executive', 'chief executive officer', 'ceo'],
  ['chief financial officer', 'cfo'],
  ['chief operating officer', 'coo'],
  ['chief technology officer', 'cto'],
  ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'press officer'],
  ['lawyer', 'attorney'],
  ['senator', 'sen.'],
  ['representative', 'rep.', 'congressman', 'congresswoman'],
  ['governor', 'gov.'],
  ['general', 'gen.'],
  ['colonel', 'col.'],
  ['lieutenant', 'lt.'],
  ['major', 'maj.'],
  ['captain', 'capt.', 'skipper'],
  ['sergeant', 'sgt.'],
  ['adviser', 'advisor'],
  ['secretary-general', 'secretary general'],
  ['director-general', 'director general'],
  ['attorney-general', 'attorney general'],
  ['inspector-general', 'inspector general'],
  ['defense minister', 'defence minister'],
  ['opposition leader', 'leader of the opposition'],
  ['secretary of defense', 'defense secretary', 'secretary of war'],
  ['secretary of the treasury', 'treasury secretary'],
  ['chairman', 'chairwoman', 'chair'],
  ['envoy', 'special envoy'],
  ['lawmaker', 'legislator'],
  ['detective superintendent', 'det supt'],
  ['detective chief superintendent', 'det chief supt'],
  ['chief superintendent', 'ch supt'],
  ['superintendent', 'supt'],
  ['police constable', 'pc', 'constable'],
  ['detective constable', 'dc'],
  ['detective inspector', 'det insp'],
  ['inspector', 'insp'],
  ['detective sergeant', 'ds', 'det sgt'],
  ['councillor', 'cllr', 'councilman', 'councilwoman', 'councilmember'],
  ['headteacher', 'head teacher', 'headmaster', 'headmistress'],
  ['paediatrician', 'pediatrician'],
  ['anaesthetist', 'anesthesiologist'],
  ['palaeontologist', 'paleontologist'],
  ['defence lawyer', 'defense attorney', 'defence barrister'],
  ['batsman', 'batter'],
];

/** Honorifics: they mark a name but are no role. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mx', 'madam', 'monsieur',
];

/**
 * Words that make a capitalized run an organisation, not a person: "Ozy Media", "Security Service
 * of Ukraine", "Led by Donkeys" is not caught (it has none) and is left to the other signals.
 */
export const ORGANISATION_WORDS: readonly string[] = [
  'media', 'service', 'services', 'ministry', 'department', 'agency', 'council', 'committee',
  'commission', 'party', 'university', 'college', 'school', 'institute', 'foundation', 'company',
  'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'group', 'bank', 'fund', 'association',
  'union', 'court', 'parliament', 'congress', 'senate', 'assembly', 'office', 'bureau', 'army',
  'navy', 'force', 'forces', 'police', 'guard', 'administration', 'government', 'house', 'press',
  'news', 'times', 'post', 'journal', 'network', 'club', 'church', 'hospital', 'airlines', 'airways',
  'motors', 'holdings', 'partners', 'capital', 'labs', 'technologies', 'systems', 'organization',
  'organisation', 'federation', 'league', 'alliance', 'coalition', 'movement', 'front', 'brigade',
  'battalion', 'command', 'staff', 'cabinet', 'kremlin', 'pentagon', 'nations', 'reserve', 'exchange',
  'board', 'authority', 'center', 'centre', 'project', 'campaign', 'initiative', 'trust', 'society',
];

/**
 * Parts a person plays in a case, not posts: a defendant may be a former bank executive, and the two
 * are no change of role (a defendant become a claimant is).
 */
export const CASE_PARTIES: ReadonlySet<string> = new Set(['defendant', 'plaintiff', 'claimant', 'juror']);
