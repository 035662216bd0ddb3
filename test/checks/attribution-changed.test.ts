import { checkTable } from '../helpers/checks.js';

checkTable('attribution-changed', {
  fires: [
    {
      name: 'the source of "according to" changed, named by its head noun',
      base: 'The new rail line will cost £2bn more than planned, according to the transport ministry.',
      revised: 'The new rail line will cost £2bn more than planned, according to opposition MPs.',
      data: { change: 'source-changed', base: { source: 'ministry', cue: 'according to the transport ministry' }, revised: { source: 'mps', cue: 'according to opposition MPs' } },
    },
    {
      name: 'an "according to" source dropped, the head before a participle',
      base: 'The defence ministry plans to cut 2,000 civilian jobs over three years, according to a leaked internal report seen by the Gazette.',
      revised: 'The defence ministry plans to cut 2,000 civilian jobs over three years.',
      data: { change: 'attributed-to-fact', base: { source: 'report', cue: 'according to a leaked internal report' }, revised: { source: null } },
    },
    {
      name: 'the base span holds the dropped "according to" as well as the claim',
      base: 'Ticket prices on the Norwick line will rise by 6% in January, according to figures from the operator.',
      revised: 'Ticket prices on the Norwick line will rise by 6% in January.',
      baseText: 'according to figures',
      data: { change: 'attributed-to-fact' },
    },
    {
      name: 'a finding of researchers named by their project stated as fact',
      base: 'Scientists at the Bellmoor soil survey said the farmland had lost a fifth of its topsoil since 1980.',
      revised: 'The Bellmoor farmland has lost a fifth of its topsoil since 1980.',
      data: { change: 'attributed-to-fact', base: { source: 'survey', cue: 'survey said' } },
    },
    {
      name: 'a fact becomes what analysts say',
      base: 'Direct talks between the two delegations remain unlikely because relations are strained.',
      revised: 'Analysts say direct talks between the two delegations remain unlikely because relations are strained.',
      revisedText: 'Analysts say',
      severity: 'notable',
      data: { change: 'fact-to-attributed', base: { source: null }, revised: { source: 'analysts', cue: 'Analysts say' } },
    },
    {
      name: 'according to officials',
      base: 'The dam was damaged by the floods and will be closed for repairs.',
      revised: 'The dam was damaged by the floods and will be closed for repairs, according to officials.',
      data: { change: 'fact-to-attributed' },
    },
    {
      name: 'an attributed claim stated as fact',
      base: 'Police said the fire was set deliberately at the back of the warehouse.',
      revised: 'The fire was set deliberately at the back of the warehouse.',
      data: { change: 'attributed-to-fact' },
    },
    {
      name: 'the source changes kind',
      base: 'Russian forces announced the capture of two villages in the east on Saturday.',
      revised: 'Russian authorities said on Saturday their forces had captured two villages in the east.',
      data: { change: 'source-changed', base: { source: 'forces', cue: 'forces announced' }, revised: { source: 'authorities', cue: 'authorities said' } },
    },
  ],
  silent: [
    {
      name: 'the same named speaker with another verb',
      base: 'The governor disclosed on Monday that the state had offered a settlement.',
      revised: 'The governor said on Monday that the state had offered a settlement.',
    },
    {
      name: 'an inverted attribution put back in order',
      base: '"We will rebuild the bridge," said Police Chief Mark Olsen.',
      revised: '"We will rebuild the bridge," Police Chief Mark Olsen said.',
    },
    {
      name: 'both plain statements',
      base: 'The bridge reopened to traffic on Monday morning.',
      revised: 'On Monday morning the bridge reopened to traffic.',
    },
    {
      name: 'both attributed to the same kind of source',
      base: 'Officials said the bridge would reopen on Monday.',
      revised: 'The bridge will reopen on Monday, officials said.',
    },
  ],
});
