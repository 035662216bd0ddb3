/**
 * Function words that carry no content for alignment. Based on the common English stop-word lists
 * (SMART, NLTK), trimmed: negations, modal verbs and number words are kept out of this list because
 * the checks need them.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves s t d ll m re ve y o said says say saying told according also including via
per amid among upon whether though although yet however thus still even much many another every
`.split(/\s+/).filter(Boolean),
);
