import { checkTable } from '../helpers/checks.js';

checkTable('place-changed', {
  fires: [
    {
      name: 'a town after a verb of moving and "to" (no gazetteer entry)',
      base: 'About 200 residents were evacuated to Ballinrobe overnight as the river rose.',
      revised: 'About 200 residents were evacuated to Claremorris overnight as the river rose.',
      baseText: 'Ballinrobe',
      revisedText: 'Claremorris',
    },
    {
      name: "the dateline's city given as where the event happened",
      base: 'NAIROBI — Flash floods swept through a market in Mombasa on Monday, killing at least five traders, the Kenya Red Cross said.',
      revised: 'Flash floods killed at least five traders at a market in Nairobi on Monday, the Kenya Red Cross said.',
      baseText: 'Mombasa',
      revisedText: 'Nairobi',
    },
    {
      name: 'a town swapped for one the base names for a second event joined by "and"',
      base: 'A cyclist was badly injured in a collision on the ring road near Selby on Monday. She was flown to the trauma centre in Leeds.',
      revised: 'A cyclist was badly injured in a collision on the ring road near Leeds on Monday and was flown to a trauma centre.',
      baseText: 'Selby',
      revisedText: 'Leeds',
    },
    {
      name: 'a city swapped',
      base: 'Activists poured paint on the road in front of the embassy in London on Thursday.',
      revised: 'Activists poured paint on the road in front of the embassy in Moscow on Thursday.',
      baseText: 'London',
      revisedText: 'Moscow',
      severity: 'material',
      data: { base: { text: 'London', place: 'london' }, revised: { text: 'Moscow', place: 'moscow' } },
    },
    {
      name: 'a city before a noun (and no name-changed beside it)',
      base: 'Protesters gathered outside the Lisbon office of the energy company.',
      revised: 'Protesters gathered outside the Madrid office of the energy company.',
      revisedText: 'Madrid',
    },
    {
      name: 'a city as a modifier',
      base: 'A man fell to his death from a Sydney clifftop known to walkers.',
      revised: 'A man fell to his death from a Melbourne clifftop known to walkers.',
      revisedText: 'Melbourne',
    },
    {
      name: 'a country swapped',
      base: 'The summit marked a year since the invasion of Ukraine by its neighbour.',
      revised: 'The summit marked a year since the invasion of Poland by its neighbour.',
      baseText: 'Ukraine',
      revisedText: 'Poland',
      data: { base: { text: 'Ukraine', place: 'Ukraine' }, revised: { text: 'Poland', place: 'Poland' } },
    },
    {
      name: 'a region',
      base: 'A missile struck port buildings in the Odesa region overnight, officials said.',
      revised: 'A missile struck port buildings in the Kherson region overnight, officials said.',
      revisedText: 'Kherson',
    },
  ],
  silent: [
    {
      name: 'the same city, words reordered',
      base: 'The last talks occurred in Istanbul in July and ended without a deal.',
      revised: 'The last talks took place in July in Istanbul and ended without a deal.',
    },
    {
      name: 'a nationality is not a place',
      base: 'Activists in London poured paint in front of the embassy on Thursday.',
      revised: 'British activists poured paint in front of the embassy in London on Thursday.',
    },
    {
      name: 'a country name for its alias',
      base: 'The envoy flew to the United States on Monday for the talks.',
      revised: 'The envoy flew to the U.S. on Monday for the talks.',
    },
    {
      name: 'a place added where the base had none',
      base: 'The president told reporters that the talks would continue.',
      revised: 'The president told reporters in Kyiv that the talks would continue.',
    },
  ],
});
