import { checkTable } from '../helpers/checks.js';

checkTable('quote-dropped', {
  fires: [
    {
      name: 'a quotation left out',
      base: 'The storm flooded the harbor road. "We have never seen water this high," harbormaster Joe Lyle said.',
      revised: 'The storm flooded the harbor road.',
      baseText: 'We have never seen water this high',
      severity: 'notable',
      data: { speaker: 'Joe Lyle', quote: 'We have never seen water this high,' },
    },
    {
      name: 'a quotation turned into paraphrase',
      base: 'Harbormaster Joe Lyle said the water was "higher than in any storm since 1953."',
      revised: 'Harbormaster Joe Lyle said the water was the highest in seventy years.',
      baseText: 'higher than in any storm',
    },
    {
      name: 'stays notable under the faithful profile',
      base: 'Mayor Ruth Keller said: "The bridge will reopen in May."',
      revised: 'The bridge reopens in May.',
      profile: 'faithful',
      severity: 'notable',
    },
  ],
  silent: [
    {
      name: 'the same quotation with other typography',
      base: '"We have never seen water this high," harbormaster Joe Lyle said.',
      revised: 'Harbormaster Joe Lyle said: \u201CWe have never seen water this high.\u201D',
    },
    {
      name: 'a part of the quotation kept',
      base: '"We have never seen water this high, not in forty years," harbormaster Joe Lyle said.',
      revised: 'Harbormaster Joe Lyle said he had "never seen water this high."',
    },
    {
      name: 'a quotation with changed words (quote-altered reports it)',
      base: '"We have never seen water this high," harbormaster Joe Lyle said.',
      revised: '"We have never seen the water this high before," harbormaster Joe Lyle said.',
    },
  ],
});
