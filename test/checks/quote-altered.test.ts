import { checkTable } from '../helpers/checks.js';

checkTable('quote-altered', {
  fires: [
    {
      name: 'words inside the quotation changed',
      base: '"We will not raise fares this year," transit director Lucia Ferrante said.',
      revised: '"We will not raise fares before the election," transit director Lucia Ferrante said.',
      baseText: 'this year',
      revisedText: 'before the election',
      severity: 'material',
      data: { speaker: 'Lucia Ferrante', removed: ['this year'], added: ['before the election'] },
    },
    {
      name: 'words reordered and reworded',
      base: 'Coach Ben Adler said: "We lost because we were tired, as far as I can tell."',
      revised: 'Coach Ben Adler said: "As I see it, we lost because we were tired."',
      revisedText: 'As I see it',
      data: { speaker: 'Ben Adler' },
    },
    {
      name: 'a word dropped from a quotation without an elision mark',
      base: '"The plant is not safe for workers," inspector Hana Sato said.',
      revised: '"The plant is safe for workers," inspector Hana Sato said.',
      revisedText: 'The plant is safe',
      data: { removed: ['not'], added: [] },
    },
    {
      name: 'words changed in a quotation given to a different speaker (speaker-changed reports the speaker too)',
      base: '"The tunnel is safe," engineer Lena Park said.',
      revised: '"The tunnel is very safe," Mayor Tom Reyes said.',
      revisedText: 'The tunnel is very safe',
      data: { removed: [], added: ['very'] },
    },
  ],
  silent: [
    {
      name: 'the base quotation with a whole sentence put after it',
      base: 'Det Supt Mark Hollis said: “We believe this was an isolated incident and there is no wider risk to the public.”',
      revised: 'Det Supt Mark Hollis said: “We believe this was an isolated incident and there is no wider risk to the public. I would urge anyone who was in the park to get in touch.”',
    },
    {
      name: 'only typography differs',
      base: '"There\'s no deal unless the union agrees to it," negotiator Ivan Petrov said.',
      revised: 'Negotiator Ivan Petrov said: \u201CThere\u2019s no deal unless the union agrees to it.\u201D',
    },
    {
      name: 'case differs',
      base: 'Minister Eva Lind said the plan was "A Disaster For Farmers."',
      revised: 'Minister Eva Lind called the plan "a disaster for farmers."',
    },
    {
      name: 'a marked elision',
      base: '"The bridge will reopen in May, as planned, and tolls stay the same," Mayor Ruth Keller said.',
      revised: 'Mayor Ruth Keller said \u201Cthe bridge will reopen in May \u2026 and tolls stay the same.\u201D',
    },
    {
      name: 'a bracketed elision',
      base: '"Our staff worked through the night, all of them, to save the archive," Director Ruth Amsel said.',
      revised: '"Our staff worked through the night [...] to save the archive," Director Ruth Amsel said.',
    },
    {
      name: 'a part of the quotation quoted',
      base: 'Governor Alan Weiss said: "This storm was a once-in-a-century event, and we were ready."',
      revised: 'Governor Alan Weiss called the storm "a once-in-a-century event."',
    },
    {
      name: 'the same words given to a different speaker (speaker-changed reports it)',
      base: '"The tunnel is safe," engineer Lena Park said.',
      revised: '"The tunnel is safe," Mayor Tom Reyes said.',
    },
  ],
});
