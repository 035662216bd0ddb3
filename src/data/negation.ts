/**
 * Negation cues and news antonyms. Negators follow the NegEx/ConanDoyle-neg cue lists (Morante and
 * Daelemans, 2012): syntactic ("not", "n't", "never", "no"), and lexical verbs that negate their
 * complement ("fail to", "refuse to", "deny"). Weak negators ("little", "few", "hardly") count as
 * negation so that "little progress" meets "failed to yield progress".
 */
export const NEGATORS = new Set([
  'not', 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot',
  'hardly', 'barely', 'scarcely', 'little', 'few', 'lack', 'lacks', 'lacked', 'absence',
]);
/**
 * Verbs, and adjectives of "not able" and "not willing", that negate what follows them with "to":
 * "failed to", "refused to", "declined to", "were unable to".
 */
export const NEGATING_VERBS = new Set([
  'fail', 'fails', 'failed', 'failing', 'refuse', 'refuses', 'refused', 'refusing', 'deny', 'denies',
  'denied', 'denying', 'decline', 'declines', 'declined', 'declining', 'reject', 'rejects', 'rejected',
  'unable', 'unwilling',
]);
/** Verbs that turn their object into its opposite: "ending the war" is peace, "halting growth" is no growth. */
export const ENDING_VERBS = new Set([
  'end', 'ends', 'ended', 'ending', 'stop', 'stops', 'stopped', 'stopping', 'halt', 'halted', 'halting',
  'cease', 'ceased', 'prevent', 'prevented', 'preventing', 'avoid', 'avoided', 'avoiding', 'lift', 'lifted',
  'reverse', 'reversed', 'undo', 'abandon', 'abandoned',
]);

/** Negators that do not negate before these words: "not only", "not least", "no doubt", "no matter". */
export const NOT_NEGATING_AFTER: Record<string, string[]> = {
  not: ['only', 'just', 'least'],
  no: ['doubt', 'matter', 'sooner'],
};
/** Weak negators that do not negate after these words: "a few", "the last few days", "a little". */
export const NOT_NEGATING_BEFORE: Record<string, string[]> = {
  few: ['a', 'the', 'last', 'past', 'next', 'first', 'these', 'those', 'quite', 'every', 'some'],
  little: ['a', 'quite', 'as', 'the'],
};
/**
 * Verbs of an emphatic "cannot ... enough" ("I cannot stress enough", "we can't thank them enough"),
 * which asserts, not negates.
 */
export const EMPHATIC_VERBS = new Set(['stress', 'emphasise', 'emphasize', 'thank', 'praise', 'overstate', 'overstated', 'say', 'recommend', 'underline', 'wait']);
/** Words that end a negation's scope inside a clause: a new coordinated clause or a contrast. */
export const SCOPE_ENDS = new Set(['and', 'or', 'but', 'yet', 'so', 'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'until', 'when', 'after', 'before', 'since', 'as', 'which', 'who', 'that', 'where']);
/** Verbs that deny what follows them: "denied that profits doubled" says profits did not double. */
export const DENYING_VERBS = new Set(['deny', 'denies', 'denied', 'denying']);

/**
 * Opposites that matter in news and that WordNet does not list as antonyms of each other (WordNet
 * pairs "increase" with "decrease", not with "decline" or "drop"). Each row is a group; words of
 * the first part are opposite to words of the second.
 */
const GROUPS = `
increase,increased,increases,rise,rose,risen,rises,gain,gains,gained,grow,grew,growth,surge,surged,jump,jumped,climb,climbed,up,higher,boost,boosted,raise,raised,raises,hike,hiked,hikes
decrease,decreased,decline,declined,declines,drop,dropped,drops,fall,fell,fallen,falls,downturn,reduction,reduced,loss,losses,lost,shrink,shrank,slump,plunge,plunged,down,lower,lowered,lowers,cut,cuts,slash,slashed
|
ahead,forward,forwards,future
back,backward,backwards,past
|
thriving,successful,triumphant,prosperous,booming,flourishing,healthy
struggling,troubled,failing,ailing,beleaguered,embattled,distressed,declining,bankrupt
|
win,won,wins,victory,winning,winner
lose,lost,loses,defeat,losing,loser
|
support,supports,supported,backed,favor,favour,endorse,endorsed
oppose,opposes,opposed,reject,rejected,against,resist,resisted
|
guilty,convicted,convict
innocent,acquitted,acquit,cleared
|
arrested,detained,charged,jailed,imprisoned
released,freed,acquitted
|
prop,rescue,save,sustain,support,bolster,maintain,uphold
sink,destroy,ruin,undermine,sabotage
|
allow,allowed,permit,permitted,approve,approved,approves,legalize
ban,banned,forbid,forbidden,prohibit,prohibited,block,blocked,reject,rejected,rejects,veto,vetoed
|
confirm,confirmed,confirms,acknowledged,admitted
deny,denied,denies,disputed,rejected
|
open,opened,reopen,reopened
close,closed,shut,closure
|
accept,accepted,agree,agreed
refuse,refused,reject,rejected,decline,declined
|
most,majority,largest,highest
least,minority,smallest,lowest
`;

export const NEWS_ANTONYMS: Array<[Set<string>, Set<string>]> = GROUPS.trim()
  .split('|')
  .map((g) => g.trim().split('\n').map((l) => new Set(l.split(',').map((w) => w.trim()).filter(Boolean))))
  .filter((p) => p.length === 2)
  .map((p) => [p[0]!, p[1]!]);

/**
 * Phrasal verbs of news by the one word of the opposites table they stand for: "turned down" meets
 * "accepted" as "rejected" does.
 */
export const PHRASAL_VERBS: Record<string, string> = {
  'turn down': 'rejected', 'shut down': 'closed', 'close down': 'closed', 'open up': 'opened',
  'cut back': 'cut', 'scale back': 'cut', 'bring down': 'lowered', 'push down': 'lowered',
  'ramp up': 'increased', 'step up': 'increased', 'scale up': 'increased', 'push up': 'raised', 'drive up': 'raised',
};

/**
 * Words told from one side of a contest: the home side plays "at home", its visitors "away". A verb
 * told from the other side ("B lost away to A" for "A beat B at home") turns them into each other.
 */
export const PERSPECTIVE_OPPOSITES = new Set(['home', 'away']);

/** Particles and prepositions: "called off" / "called on", "up" / "down" after a verb are no opposites of a statement. */
export const PARTICLES = new Set(['up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'back', 'forward', 'forwards', 'backward', 'backwards', 'above', 'below', 'before', 'after', 'ahead', 'behind']);
/** Words passed over between a negation and the words it bears on: "not [yet] been", "never [even] tried". */
export const PASSED_OVER = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'yet', 'even', 'ever', 'always', 'quite', 'very', 'so', 'too', 'all', 'at', 'any', 'a', 'an', 'the', 'to']);
