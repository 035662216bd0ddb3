import { checkTable } from '../helpers/checks.js';

const base = 'The school board approved the budget on Tuesday. Teachers will get a 3 percent raise.';

checkTable('quote-added', {
  fires: [
    {
      name: 'a new quotation',
      base,
      revised: base + ' "This is a budget for our children," board chair Ana Ortiz said.',
      revisedText: 'This is a budget for our children',
      severity: 'notable',
      data: { speaker: 'Ana Ortiz', quote: 'This is a budget for our children,' },
    },
    {
      name: 'material under the faithful profile',
      base,
      revised: 'The board approved the budget, which chair Ana Ortiz called "a budget for our children."',
      revisedText: 'a budget for our children',
      profile: 'faithful',
      severity: 'material',
    },
    {
      name: 'a scare-quoted phrase with no source',
      base: 'The army moved into the northern province in March.',
      revised: 'The army began what it called a "stabilisation mission" in the northern province in March.',
      revisedText: 'stabilisation mission',
    },
  ],
  silent: [
    {
      name: 'the same quotation',
      base: '"This is a budget for our children," board chair Ana Ortiz said.',
      revised: 'Board chair Ana Ortiz said: \u201CThis is a budget for our children.\u201D',
    },
    {
      name: 'a part of a base quotation',
      base: '"This is a budget for our children," board chair Ana Ortiz said.',
      revised: 'Board chair Ana Ortiz called it "a budget for our children."',
    },
    {
      name: 'a quotation made from reported speech (quote-from-paraphrase reports it)',
      base: 'Board chair Ana Ortiz said the budget was fair to teachers.',
      revised: 'Board chair Ana Ortiz called the budget "fair to teachers."',
    },
  ],
});
