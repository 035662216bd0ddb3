import { checkTable } from '../helpers/checks.js';

const base =
  'The city council voted on Monday to close the Elm Street library for repairs. ' +
  'The branch will reopen in the spring, according to the council. Librarians will move to the main branch.';

checkTable('claim-dropped', {
  fires: [
    {
      name: 'a sentence left out',
      base,
      revised: 'The city council voted on Monday to close the Elm Street library for repairs. The branch will reopen in the spring, according to the council.',
      baseText: 'Librarians will move to the main branch',
      severity: 'notable',
      data: { scope: 'sentence' },
    },
    {
      name: 'stays notable under the faithful profile',
      base,
      revised: 'The city council voted on Monday to close the Elm Street library for repairs.',
      baseText: 'The branch will reopen in the spring',
      profile: 'faithful',
      severity: 'notable',
    },
    {
      name: 'a clause left out of a carried sentence',
      base: 'The ferry service between Dover and Calais resumed on Friday after a three-day strike, while union leaders threatened further walkouts over pensions.',
      revised: 'The ferry service between Dover and Calais resumed on Friday after a three-day strike.',
      baseText: 'union leaders threatened further walkouts',
      data: { scope: 'clause' },
    },
  ],
  silent: [
    { name: 'identical texts', base, revised: base },
    {
      name: 'the content carried in other words',
      base: 'The council voted on Monday to shut the Elm Street library for repairs.',
      revised: 'On Monday, the council voted to close the library on Elm Street for repairs.',
    },
    {
      name: 'two sentences merged into one',
      base: 'The storm cut power to 12,000 homes. Crews restored it by Sunday evening.',
      revised: 'The storm cut power to 12,000 homes, and crews restored it by Sunday evening.',
    },
  ],
});
