import { checkTable } from '../helpers/checks.js';

checkTable('quote-from-paraphrase', {
  fires: [
    {
      name: 'a word of reported speech put in quotation marks',
      base: 'Fire Chief Daniel Okafor said the blaze was suspicious and urged residents to stay away.',
      revised: 'Fire Chief Daniel Okafor called the blaze "suspicious."',
      baseText: 'the blaze was suspicious',
      revisedText: 'suspicious',
      severity: 'material',
      data: { speaker: 'Daniel Okafor', quote: 'suspicious.' },
    },
    {
      name: 'a participle clause quoted as the speaker\'s words',
      base: 'Minister Eva Lind opened the session, noting it would be premature to cut the budget before the audit.',
      revised: 'Minister Eva Lind said cutting the budget now would be "premature."',
      baseText: 'it would be premature',
      revisedText: 'premature',
    },
    {
      name: 'a whole reported sentence turned into a quotation',
      base: 'Senator Grace Obi said that the committee would publish the full report next week.',
      revised: '"The committee will publish the full report next week," Senator Grace Obi said.',
      revisedText: 'The committee will publish',
      data: { speaker: 'Grace Obi' },
    },
  ],
  silent: [
    {
      name: 'one word in quotation marks with no speaker is mentioned, not quoted',
      base: 'Following your feedback we will repeat the same format for this year’s VMD open information event.',
      revised: 'Following your feedback we will repeat the same format for this year’s VMD open information event. Please use “VMD” in the subject line for general questions.',
      profile: 'revision',
    },
    {
      name: 'the base quotes the word too',
      base: 'Fire Chief Daniel Okafor said: "The blaze was suspicious."',
      revised: 'Fire Chief Daniel Okafor called the blaze "suspicious."',
    },
    {
      name: 'another speaker reported the words',
      base: 'A neighbour, Rita Moss, said the blaze was suspicious. Fire Chief Daniel Okafor declined to comment.',
      revised: 'Fire Chief Daniel Okafor called the blaze "suspicious."',
    },
    {
      name: 'no quotation marks in the revision',
      base: 'Fire Chief Daniel Okafor said the blaze was suspicious.',
      revised: 'Fire Chief Daniel Okafor called the blaze suspicious.',
    },
  ],
});
