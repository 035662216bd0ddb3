import { checkTable } from '../helpers/checks.js';

checkTable('date-changed', {
  fires: [
    {
      name: 'the one day of a month each text lacks of the other, in sentences otherwise apart',
      base: 'A former payroll manager will be sentenced on 19 November after pleading guilty on Monday. He remains on bail.',
      revised: 'A former payroll manager admitted the theft. He will be sentenced on 9 November and remains on bail.',
      profile: 'faithful',
      baseText: '19 November',
      revisedText: '9 November',
    },
    {
      name: 'a day changed in a rewritten lede, the month said again later ("by October" keeps no day)',
      base: "HALIFAX — Nova Scotia's premier, Alan Brierley, has announced that the province's general election will be held on 3 October, ending weeks of speculation. He made the announcement on Wednesday.",
      revised: 'HALIFAX — Nova Scotians will go to the polls on 10 October, Premier Alan Brierley announced on Wednesday, ending weeks of speculation. "People may feel better off by October," said a political scientist.',
      profile: 'revision',
      baseText: '3 October',
      revisedText: '10 October',
    },
    {
      name: 'a weekday',
      base: 'Inspectors from the state agency will visit the plant on Thursday.',
      revised: 'Inspectors from the state agency will visit the plant on Friday.',
      baseText: 'Thursday',
      revisedText: 'Friday',
      severity: 'material',
      data: { fields: ['weekday'] },
    },
    {
      name: 'a year',
      base: 'The company expects sales of $5bn in 2023, its finance chief said.',
      revised: 'The company expects sales of $5bn in 2024, its finance chief said.',
      revisedText: '2024',
      data: { fields: ['year'] },
    },
    {
      name: 'a full date in another form',
      base: 'The treaty was signed in Lisbon on Jan. 5, 2019, after long talks.',
      revised: 'The treaty was signed in Lisbon on 6 January 2019, after long talks.',
      revisedText: '6 January 2019',
      data: { fields: ['day'] },
    },
    {
      name: 'a month',
      base: 'The last direct talks between the two sides took place in Vienna in July.',
      revised: 'The last direct talks between the two sides took place in Vienna in June.',
      revisedText: 'June',
    },
    {
      name: 'a weekday taken from another event of another part of the day',
      base: 'The warehouse fire began on Tuesday night. Crews had it contained by Wednesday morning, and the road reopened on Wednesday afternoon.',
      revised: 'The warehouse fire, which began on Wednesday night, was contained and the road has reopened.',
      baseText: 'Tuesday night',
      revisedText: 'Wednesday night',
    },
  ],
  silent: [
    {
      name: 'evening and night are one time',
      base: 'The two men were arrested on Friday evening outside the stadium.',
      revised: 'The two men were arrested outside the stadium on Friday night.',
    },
    {
      name: 'the same month, words reordered',
      base: 'The last direct talks between the envoys occurred in Istanbul in July.',
      revised: 'The last direct talks between the envoys took place in July in Istanbul.',
    },
    {
      name: 'the same date in another form',
      base: 'The treaty was signed in Lisbon on Jan. 5, 2019, after long talks.',
      revised: 'The treaty was signed in Lisbon on 5 January 2019, after long talks.',
    },
    {
      name: 'a possessive weekday',
      base: 'The minister said he might join the talks on Saturday in the capital.',
      revised: "The minister said he might join Saturday's talks in the capital.",
    },
    {
      name: 'a date added where the base had none',
      base: 'The museum reopened its east wing to visitors.',
      revised: 'The museum reopened its east wing to visitors on Sunday.',
    },
    {
      name: '"may" the verb is not May the month',
      base: 'The governor may sign the bill in June, aides said.',
      revised: 'The governor may sign the bill in June, according to aides.',
    },
  ],
});
