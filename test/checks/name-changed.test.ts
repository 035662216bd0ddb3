import { checkTable } from '../helpers/checks.js';

checkTable('name-changed', {
  fires: [
    {
      name: 'the first name kept, the surname replaced, in a recast sentence',
      base: 'The only goal came when Joel Mensah pounced after a mistake by the Ashby goalkeeper, Tom Reeve.',
      revised: "Ashby goalkeeper Tom Reeve's mistake let Joel Asante score the only goal.",
      profile: 'faithful',
      data: { expected: 'Joel Mensah', actual: 'Joel Asante' },
    },
    {
      name: 'initials that are not those of the leading words',
      base: 'The New South Wales Court of Criminal Appeal dismissed the appeal on Friday.',
      revised: 'The WA Court of Criminal Appeal dismissed the appeal on Friday.',
      data: { expected: 'New South Wales Court of Criminal Appeal', actual: 'WA Court of Criminal Appeal' },
    },
    {
      name: 'an organisation replaced',
      base: 'The founder of the troubled lender Brightway Capital was arrested on Monday.',
      revised: 'The founder of the troubled lender Stonegate Capital was arrested on Monday.',
      baseText: 'Brightway',
      revisedText: 'Stonegate',
      severity: 'material',
      data: { expected: 'Brightway Capital', actual: 'Stonegate Capital' },
    },
    {
      name: 'a nationality replaced',
      base: 'A court jailed a Dutch tourist who fell from a Rome balcony.',
      revised: 'A court jailed a Belgian tourist who fell from a Rome balcony.',
      data: { expected: 'Dutch', actual: 'Belgian' },
    },
    {
      name: 'a person replaced',
      base: 'The award went to Maria Okonjo after a long vote.',
      revised: 'The award went to Clara Vance after a long vote.',
      data: { expected: 'Maria Okonjo', actual: 'Clara Vance' },
    },
  ],
  silent: [
    {
      name: "an attachment's file format",
      base: 'Consultation response form (PDF, 88KB, 4 pages)',
      revised: 'Consultation response form (ODT, 41KB)',
      profile: 'revision',
    },
    {
      name: 'leading words written as their initials ("NSW Court of Criminal Appeal")',
      base: 'The New South Wales Court of Criminal Appeal dismissed the appeal on Friday.',
      revised: 'The NSW Court of Criminal Appeal dismissed the appeal on Friday.',
    },
    {
      name: 'two people of one first name, both kept',
      base: 'Joel Mensah scored in the 58th minute, and Joel Whitaker added a second in stoppage time.',
      revised: 'Joel Whitaker added a second in stoppage time after Joel Mensah scored in the 58th minute.',
      profile: 'faithful',
    },
    {
      name: 'a double-barrelled name and its first part in lower-cased model output',
      base: 'Jockey Sam Waley-Cohen rode the winner at Aintree on Saturday.',
      revised: 'jockey sam waley rode the winner at aintree on saturday .',
      profile: 'faithful',
    },
    {
      name: 'a team by its nickname and by its school, both parts of its name',
      base: 'The Dunmore Falcons beat the Lakeview Tech Otters 27-20 on Friday. The Otters cut the lead to 20-17 in the third quarter.',
      revised: 'The Dunmore Falcons beat the Lakeview Tech Otters 27-20 on Friday. Lakeview Tech cut the lead to 20-17 in the third quarter.',
      profile: 'revision',
    },
    {
      name: 'a country against a name of unknown kind: one actor named two ways',
      base: "The Trump administration's envoys have been promoting a peace plan since the autumn.",
      revised: 'U.S. envoys have been promoting a peace plan since the autumn.',
    },
    {
      name: 'one first name in two transliterations',
      base: 'Mayor Oleksandr Hrytsenko said the bridge would reopen.',
      revised: 'Mayor Olexander Hrytsenko said the bridge would reopen.',
    },
    {
      name: 'a city replaced is reported as place-changed instead',
      base: 'Protesters gathered outside the Lisbon office of the energy company.',
      revised: 'Protesters gathered outside the Madrid office of the energy company.',
    },
    {
      name: 'a demonym for its country',
      base: 'U.K. activists poured paint outside the embassy.',
      revised: 'British activists poured paint outside the embassy.',
    },
    {
      name: 'a capital for its country',
      base: 'The talks between Ukrainian and Russian officials stalled.',
      revised: 'The talks between Kyiv and Moscow stalled.',
    },
    {
      name: 'a surname for the full name',
      base: 'The award went to Maria Okonjo after a long vote.',
      revised: 'The award went to Okonjo after a long vote.',
    },
    {
      name: 'names moved in the sentence',
      base: 'The ministers met in Oslo and later in Bergen.',
      revised: 'The ministers met in Bergen and later in Oslo.',
    },
    {
      name: 'a common word opening the sentence',
      base: 'Officials closed the Elm Street bridge on Friday.',
      revised: 'Engineers closed the Elm Street bridge on Friday.',
    },
    {
      name: 'a name added',
      base: 'The ministers met on Monday.',
      revised: 'The ministers met in Oslo on Monday.',
    },
    {
      name: 'a name dropped',
      base: 'The ministers met in Oslo on Monday.',
      revised: 'The ministers met on Monday.',
    },
  ],
});
