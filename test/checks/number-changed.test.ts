import { checkTable } from '../helpers/checks.js';

checkTable('number-changed', {
  fires: [
    {
      name: 'a count changed beside an open length of time ("more than 18 months" supports no count above 18)',
      base: 'The number of people waiting more than 18 months fell to 1,840 at the end of June.',
      revised: 'The number of patients waiting over 18 months fell to 1,480 by the end of June.',
      baseText: '1,840',
      revisedText: '1,480',
      profile: 'faithful',
    },
    {
      name: 'a length of time in parts told to a minute it does not round to',
      base: 'Tomas Keller won the men\'s race in 2 hours 6 minutes 48 seconds.',
      revised: 'Tomas Keller won the men\'s race in 2 hours and 8 minutes.',
      baseText: '2 hours 6 minutes 48 seconds',
      revisedText: '2 hours and 8 minutes',
    },
    {
      name: 'the one figure of a rewritten sentence for the one the base sentence gave',
      base: 'The number of confirmed cases in the Harlow outbreak reached 212 by Wednesday, the health agency said. Nine people remain in hospital.',
      revised: 'The health agency said on Wednesday that 221 people had now caught the infection in the Harlow outbreak and nine remained in hospital.',
      baseText: '212',
      revisedText: '221',
      profile: 'faithful',
    },
    {
      name: 'ten days is no fortnight',
      base: 'The strike lasted a fortnight before talks resumed.',
      revised: 'The strike lasted 10 days before talks resumed.',
      revisedText: '10 days',
    },
    {
      name: 'a death toll changed',
      base: 'The earthquake killed 35 people in the mountain town of Alvor on Tuesday.',
      revised: 'The earthquake killed 53 people in the mountain town of Alvor on Tuesday.',
      baseText: '35',
      revisedText: '53',
      severity: 'material',
      data: { base: { text: '35', kind: 'count', value: 35, low: 35, high: 35, unit: 'people' } },
    },
    {
      name: 'a count whose unit is the noun as written, not its stem (issue 10: "polic")',
      base: 'Forty police officers were hurt in the clashes.',
      revised: 'Fifty police officers were hurt in the clashes.',
      baseText: 'Forty',
      revisedText: 'Fifty',
      data: { base: { text: 'Forty', kind: 'count', value: 40, low: 40, high: 40, unit: 'police' }, revised: { text: 'Fifty', kind: 'count', value: 50, low: 50, high: 50, unit: 'police' } },
    },
    {
      name: 'an amount of money in other units',
      base: 'The company guided for sales of $5bn in the coming year, its chief executive said.',
      revised: 'The company guided for sales of $5mn in the coming year, its chief executive said.',
      baseText: '$5bn',
      revisedText: '$5mn',
    },
    {
      name: 'a duration',
      base: 'The mine had been closed for six months before the inspectors returned to the site.',
      revised: 'The mine had been closed for two years before the inspectors returned to the site.',
      revisedText: 'two years',
    },
    {
      name: 'an ordinal',
      base: 'The retailer reported a fourth quarter decline in sales across its stores.',
      revised: 'The retailer reported a third quarter decline in sales across its stores.',
      revisedText: 'third',
    },
    {
      name: 'an approximated value out of reach',
      base: 'About 200 workers walked out of the shipyard on Monday over unpaid wages.',
      revised: 'About 900 workers walked out of the shipyard on Monday over unpaid wages.',
      revisedText: '900',
    },
    {
      name: 'a percentage',
      base: 'Turnout in the regional election reached 62 percent, officials said.',
      revised: 'Turnout in the regional election reached 26 percent, officials said.',
      revisedText: '26 percent',
    },
    {
      name: 'the second anniversary is not the one-year anniversary',
      base: 'Protesters gathered on the eve of the one-year anniversary of the flood in Porto Velho.',
      revised: 'Protesters gathered on the eve of the second anniversary of the flood in Porto Velho.',
      revisedText: 'second',
    },
    {
      name: 'another currency',
      base: 'The club paid $5 million for the striker, its owner said.',
      revised: 'The club paid 5 million euros for the striker, its owner said.',
      revisedText: '5 million euros',
    },
    {
      name: '"more than" against "fewer than" the same number',
      base: 'More than 40 people were rescued from the flooded village on Sunday.',
      revised: 'Fewer than 40 people were rescued from the flooded village on Sunday.',
      revisedText: 'Fewer than 40',
    },
  ],
  silent: [
    {
      name: 'a length of time in parts is one value, the sum (2:06:48 rounds to 2 hours and 7 minutes)',
      base: 'Tomas Keller won the men\'s race in 2 hours 6 minutes 48 seconds.',
      revised: 'Tomas Keller won the men\'s race in 2 hours and 7 minutes.',
    },
    {
      name: 'a fortnight is 14 days',
      base: 'The strike lasted a fortnight before talks resumed.',
      revised: 'The strike lasted 14 days before talks resumed.',
    },
    {
      name: 'half a year is six months',
      base: 'The two leaders met for the first time in half a year at the summit.',
      revised: 'The two leaders met for the first time in roughly six months at the summit.',
    },
    {
      name: 'six months is 26 weeks',
      base: 'The strike at the port lasted six months and cost the region dearly.',
      revised: 'The strike at the port lasted 26 weeks and cost the region dearly.',
    },
    {
      name: 'digits and words',
      base: 'Rescuers pulled twelve miners from the flooded shaft overnight.',
      revised: 'Rescuers pulled 12 miners from the flooded shaft overnight.',
    },
    {
      name: 'an approximator that allows the other value',
      base: 'The storm left nearly three dozen people injured along the coast.',
      revised: 'The storm left 34 people injured along the coast.',
    },
    {
      name: 'at least covers a larger count',
      base: 'The blast killed at least eight people at the market.',
      revised: 'The blast killed ten people at the market.',
    },
    {
      name: '"two more" is a count of two',
      base: 'The army said it captured two more villages near the river.',
      revised: 'The army said it captured two villages near the river.',
    },
    {
      name: 'a number in a new sentence is new content, not a change',
      base: 'The bridge opened on Monday after three years of work.',
      revised: 'The bridge opened on Monday after three years of work. About 4,000 cars crossed it on the first day.',
    },
    {
      name: 'a different thing counted',
      base: 'The council approved 40 new homes near the station.',
      revised: 'The council approved 40 new homes near the station and 12 shops.',
    },
  ],
});
