import { checkTable } from '../helpers/checks.js';

checkTable('relation-changed', {
  fires: [
    {
      name: 'winner and loser swapped',
      base: 'Arsenal beat Chelsea 2-1 at the Emirates on Sunday.',
      revised: 'Chelsea beat Arsenal 2-1 at the Emirates on Sunday.',
      severity: 'material',
      data: { change: 'roles-swapped', moved: { from: 'patient', to: 'agent' } },
    },
    {
      name: 'another stage of the same course of events: asked for, then received',
      base: 'The city council asked the government for federal aid after the floods.',
      revised: 'The city council received federal aid from the government after the floods.',
      baseText: 'asked',
      data: { change: 'predicate-changed' },
    },
    {
      name: 'charged became convicted',
      base: 'Prosecutors charged the former mayor, Dan Kessler, with fraud in March.',
      revised: 'Prosecutors convicted the former mayor, Dan Kessler, of fraud in March.',
      data: { change: 'predicate-changed' },
    },
    {
      name: 'a person named elsewhere in the base moved into the agent role',
      base: 'The boy was pulled out of the river by his father, Miguel Ortiz. A neighbour, Ana Silva, called the ambulance.',
      revised: 'The boy was pulled out of the river by a neighbour, Ana Silva. His father, Miguel Ortiz, called the ambulance.',
      data: { change: 'participant-moved' },
    },
  ],
  silent: [
    {
      name: 'a team by its nickname and by its school is one participant',
      base: 'The Dunmore Falcons beat the Lakeview Tech Otters 27-20 on Friday. The Otters cut the lead to 20-17 in the third quarter.',
      revised: 'The Dunmore Falcons beat the Lakeview Tech Otters 27-20 on Friday. Lakeview Tech cut the lead to 20-17 in the third quarter.',
      profile: 'revision',
    },
    {
      name: 'another winner of another race is no winner replaced',
      base: "Amara Osei won the women's race at the Lisbon Marathon on Sunday. The men's race went to Tomas Keller.",
      revised: "Tomas Keller won the men's race at the Lisbon Marathon on Sunday, and Amara Osei the women's.",
    },
    {
      name: 'the converse verb, told from the other side',
      base: 'Arsenal beat Chelsea 2-1 at the Emirates on Sunday.',
      revised: 'Chelsea lost 2-1 to Arsenal at the Emirates on Sunday.',
    },
    {
      name: 'active to passive',
      base: 'Regulators fined the lender Corvane Bank 45 million euros on Tuesday.',
      revised: 'Corvane Bank was fined 45 million euros by regulators on Tuesday.',
    },
    {
      name: 'patient and recipient trade places',
      base: 'The foundation awarded her a research grant last year.',
      revised: 'The foundation awarded a research grant to her last year.',
    },
    {
      name: 'a relation the base also states the other way round',
      base: 'Police questioned the driver after the crash. The driver was later questioned again by police.',
      revised: 'Police questioned the driver after the crash.',
    },
    {
      name: 'who told whom is left to speaker-changed',
      base: 'The minister told reporters the plan would go ahead.',
      revised: 'Reporters were told by the minister that the plan would go ahead.',
    },
  ],
});
