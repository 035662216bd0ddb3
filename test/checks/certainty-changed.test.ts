import { checkTable } from '../helpers/checks.js';

checkTable('certainty-changed', {
  fires: [
    {
      name: 'an association stated as a cause ("was linked to poorer sleep" / "causes poorer sleep")',
      base: 'Heavy use of social media was linked to poorer sleep among teenagers, the survey found.',
      revised: 'Heavy use of social media causes poorer sleep among teenagers, the survey found.',
      data: { direction: 'stronger' },
    },
    {
      name: 'a fact hedged',
      base: 'The plan involves the sale of the port to a private operator.',
      revised: 'The plan reportedly involves the sale of the port to a private operator.',
      revisedText: 'reportedly',
      severity: 'notable',
      data: { direction: 'weaker' },
    },
    {
      name: 'established became contested',
      base: 'It is widely understood that the deal depends on the sale of the port.',
      revised: 'Reports that the deal depends on the sale of the port are contested.',
      data: { direction: 'weaker', base: { level: 'established', cues: ['widely understood'] } },
    },
    {
      name: 'a hedge removed',
      base: 'The minister may resign over the housing scandal, aides said.',
      revised: 'The minister will resign over the housing scandal, aides said.',
      data: { direction: 'stronger' },
    },
    {
      name: 'unconfirmed',
      base: 'The rebels seized the airport in the north on Sunday.',
      revised: 'The rebels seized the airport in the north on Sunday, unconfirmed reports said.',
      data: { direction: 'weaker' },
    },
  ],
  silent: [
    {
      name: 'an association said another way ("linked to" / "associated with")',
      base: 'Heavy use of social media was linked to poorer sleep among teenagers, the survey found.',
      revised: 'Heavy use of social media was associated with poorer sleep among teenagers, the survey found.',
    },
    {
      name: 'the month May is no hedge',
      base: 'The new terminal at Lowford airport will open to passengers in June, the operator said.',
      revised: 'The operator said the new terminal at Lowford airport would open to passengers in May.',
    },
    {
      name: 'the same hedge in other words',
      base: 'The envoys have been promoting a plan that reportedly involves security guarantees.',
      revised: 'The envoys are reported to be backing a plan in which the country would get security guarantees.',
    },
    {
      name: 'an active "confirmed" is attribution, not a booster',
      base: 'The envoy confirmed his participation in the talks in Geneva.',
      revised: 'The envoy will take part in the talks in Geneva.',
    },
    {
      name: 'a participle before a noun is no hedge',
      base: 'The president outlined the suggested framework for the talks.',
      revised: 'The president outlined the framework for the talks.',
    },
    {
      name: 'identical hedges',
      base: 'The storm may reach the coast by Friday.',
      revised: 'The storm may reach the coast by Friday.',
    },
  ],
});
