/**
 * Certainty markers and attribution cues, kept as data (in the spirit of Vale's Hedging.yml).
 * Sources: Hyland's hedges and boosters lists (Metadiscourse, 2005), the BioScope hedge cues, and AP
 * guidance on attribution ("reportedly", "allegedly", "according to"). Each cue has a level:
 *   +1 asserted as established ("confirmed", "widely understood")
 *   -1 hedged ("reportedly", "may", "some reports suggest")
 *   -2 called into question ("contested", "disputed", "unconfirmed")
 * Multi-word cues are matched on lower-cased words. An active "X confirmed Y" is attribution, not a
 * booster, so only the passive forms of "confirm" are listed.
 */
export const CERTAINTY_CUES: Record<string, number> = {
  'was confirmed': 1, 'were confirmed': 1, 'been confirmed': 1, 'is confirmed': 1, 'are confirmed': 1,
  'officially confirmed': 1, proved: 1, proven: 1, definitely: 1, certainly: 1, clearly: 1,
  undoubtedly: 1, 'widely understood': 1, 'widely known': 1, 'widely accepted': 1, 'it is clear': 1,
  established: 1, officially: 1, 'beyond doubt': 1, verified: 1, indisputably: 1, 'is certain': 1,
  reportedly: -1, allegedly: -1, apparently: -1, possibly: -1, perhaps: -1, maybe: -1, may: -1, might: -1,
  likely: -1, probably: -1, purportedly: -1, supposedly: -1, suggest: -1, suggests: -1, suggested: -1,
  appear: -1, appears: -1, appeared: -1, seem: -1, seems: -1, seemed: -1, 'reported to': -1,
  'said to': -1, 'believed to': -1, 'thought to': -1, 'expected to': -1, 'is understood to': -1,
  rumored: -1, rumoured: -1, speculated: -1, 'some reports': -1, 'reports suggest': -1, 'it is possible': -1,
  could: -1, potentially: -1, presumably: -1, 'not clear': -2, unclear: -2,
  // an association, not a cause ("was linked to a lower risk" / "cuts the risk")
  'linked to': -1, 'linked with': -1, 'associated with': -1, 'tied to': -1, 'connected to': -1, 'connected with': -1,
  contested: -2, disputed: -2, unconfirmed: -2, unverified: -2, unproven: -2, doubtful: -2,
  questionable: -2, contradicted: -2, 'called into question': -2, denied: -2, disputes: -2,
};

/** Generic sources: a claim put in their mouth is attributed, not stated. */
export const GENERIC_SOURCES = new Set([
  'analyst', 'analysts', 'expert', 'experts', 'official', 'officials', 'source', 'sources', 'report',
  'reports', 'observer', 'observers', 'critic', 'critics', 'diplomat', 'diplomats', 'authorities',
  'police', 'witness', 'witnesses', 'resident', 'residents', 'media', 'commentator', 'commentators',
  'investigator', 'investigators', 'researcher', 'researchers', 'scientist', 'scientists', 'forces',
  'military', 'government', 'spokesman', 'spokeswoman', 'spokesperson', 'people', 'insiders', 'aides',
  'lawmakers', 'economists', 'activists', 'organizers', 'prosecutors', 'company', 'ministry', 'army',
]);

/** Reporting verbs: "X said", "X told", "according to X". */
export const REPORTING_VERBS = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'state', 'states', 'stated', 'stating',
  'announce', 'announces', 'announced', 'report', 'reports', 'reported', 'claim', 'claims', 'claimed',
  'add', 'adds', 'added', 'adding', 'note', 'notes', 'noted', 'noting', 'argue', 'argues', 'argued',
  'insist', 'insists', 'insisted', 'assert', 'asserts', 'asserted', 'maintain', 'maintains', 'maintained',
  'disclose', 'disclosed', 'disclosing', 'reveal', 'revealed', 'confirm', 'confirmed', 'confirms',
  'warn', 'warned', 'warns', 'believe', 'believes', 'believed', 'estimate', 'estimated', 'estimates',
  'write', 'wrote', 'writes', 'posted', 'promised', 'promising', 'vowed', 'declared', 'declaring',
  'explained', 'acknowledged', 'admitted', 'suggested', 'indicated', 'emphasized', 'stressed',
]);
