import { checkTable } from '../helpers/checks.js';

const base =
  'The city council voted on Monday to close the Elm Street library for repairs. ' +
  'The branch will reopen in the spring, according to the council. Librarians will move to the main branch.';

checkTable('claim-added', {
  fires: [
    {
      name: 'a length of hours that is not the span of the range the base gives',
      base: 'The study space will open from 10am to 4pm on weekdays, the council said.',
      revised: 'The study space will be open for seven hours a day on weekdays, the council said.',
      revisedText: 'seven hours',
      profile: 'faithful',
    },
    {
      name: 'a percentage that is not the change between the two figures the base gives',
      base: 'Passenger numbers at the airport fell from 4.2 million in 2023 to 2.94 million last year, the operator said.',
      revised: 'Passenger numbers at the airport fell by 40% last year, the operator said.',
      revisedText: '40%',
      profile: 'faithful',
    },
    {
      name: 'a figure the base gives only for something else',
      base: 'Police closed the coast road at Tarvin after a landslide on Tuesday. Work to clear it began on Friday, and 12 houses nearby were checked by engineers.',
      revised: 'Police closed the coast road at Tarvin after a landslide on Tuesday that buried 12 cars.',
      revisedText: '12',
      profile: 'faithful',
      data: { scope: 'value', kind: 'quantity', elsewhere: true },
    },
    {
      name: 'a code with digits the base gives nowhere',
      base: 'The company reported that vaccine sales fell sharply on Thursday.',
      revised: 'The company reported that SARS-CoV-4 vaccine sales fell sharply on Thursday.',
      revisedText: 'SARS-CoV-4',
      profile: 'faithful',
    },
    {
      name: 'an ordinal the base gives nowhere, though it counts three of something else',
      base: 'Vaccine sales fell sharply, the company reported on Thursday. It has three vaccines on sale.',
      revised: 'Vaccine sales fell sharply in the third quarter, the company reported on Thursday. It has three vaccines on sale.',
      revisedText: 'third',
      profile: 'faithful',
    },
    {
      name: 'a first name the base never gives, added to a surname',
      base: 'Police arrested a 32-year-old man named Kowalski on suspicion of arson after a fire at a takeaway in Wisbech on Sunday.',
      revised: 'Police arrested 32-year-old Adam Kowalski on suspicion of arson after a fire at a takeaway in Wisbech on Sunday.',
      revisedText: 'Adam',
      profile: 'faithful',
    },
    {
      name: 'a new sentence with no source',
      base,
      revised: base + ' The mayor plans to sell the building to a developer next year.',
      revisedText: 'The mayor plans to sell the building',
      severity: 'notable',
      data: { scope: 'sentence' },
    },
    {
      name: 'material under the faithful profile',
      base,
      revised: 'The council voted to close the Elm Street library for repairs. Protesters blocked the council chamber for hours.',
      revisedText: 'Protesters blocked the council chamber',
      profile: 'faithful',
      severity: 'material',
    },
    {
      name: 'a new clause inside a carried sentence',
      base: 'The ferry service between Dover and Calais resumed on Friday after a three-day strike.',
      revised: 'The ferry service between Dover and Calais resumed on Friday after a three-day strike, while union leaders threatened further walkouts over pensions.',
      revisedText: 'union leaders threatened further walkouts',
      data: { scope: 'clause' },
    },
    {
      name: 'a detail swapped for another thing of the same kind',
      base: 'Protesters poured gallons of yellow and blue paint on the road outside the embassy.',
      revised: 'Protesters poured gallons of green and blue paint on the road outside the embassy.',
      baseText: 'yellow',
      revisedText: 'green',
      data: { scope: 'detail', base: 'yellow', revised: 'green' },
    },
    {
      name: 'a crime swapped for another',
      base: 'The driver pleaded guilty to manslaughter in a Leeds court on Monday.',
      revised: 'The driver pleaded guilty to murder in a Leeds court on Monday.',
      revisedText: 'murder',
      profile: 'faithful',
      severity: 'material',
      data: { scope: 'detail' },
    },
  ],
  silent: [
    {
      name: 'a word the base writes inside a closed compound ("Ship-hull maker" / "shipbuilders")',
      base: 'OSLO — Halvorsen Marine, which makes hulls for shipbuilders, said its annual profit rose to 410 million crowns.',
      revised: 'OSLO — Ship-hull maker Halvorsen Marine said its annual profit climbed to 410 million crowns.',
      profile: 'faithful',
    },
    {
      name: 'a place the base gives by its medal ("took silver" / "second")',
      base: 'Ciara Nolan won the 1,500 metres on Sunday. Zofia Kamińska took silver.',
      revised: 'Ciara Nolan won the 1,500m on Sunday, with Zofia Kamińska second.',
      profile: 'faithful',
    },
    {
      name: 'the two sides of a tally the base gives, spelled out ("82 to 61" / "82 voting in favour and 61 against")',
      base: 'The Dáil voted by 82 to 61 on Wednesday to pass the bill.',
      revised: 'The bill was passed by the Dáil on Wednesday, with 82 TDs voting in favour and 61 against.',
      profile: 'faithful',
    },
    {
      name: 'a length of hours that is the span of a range of times, and the weekdays as "Monday to Friday"',
      base: 'The study space will open from 10am to 4pm on weekdays, the council said.',
      revised: 'The study space will be open for six hours a day, Monday to Friday, the council said.',
      profile: 'faithful',
    },
    {
      name: 'the end of a range that a start and a length of the base give ("from 6am" and "12 hours" / "until 6pm")',
      base: 'A wind warning is in force from 6am on Saturday. The warning will last for 12 hours.',
      revised: 'A wind warning is in force from 6am until 6pm on Saturday.',
      profile: 'faithful',
    },
    {
      name: 'a percentage worked out from two figures one base sentence gives (41.6% as "around 42%")',
      base: 'The trust said 1,260 patients had waited more than 12 hours in January, compared with 890 in the same month last year.',
      revised: 'Around 42% more patients waited over 12 hours in January than a year earlier.',
      profile: 'faithful',
    },
    {
      name: 'a clause tied to a base sentence by a distinctive figure, in a summary sentence merging several',
      base: 'Storm Orla reached the Irish coast late on Friday. About 23,500 homes and businesses lost power overnight, ESB Networks said, most of them in Kerry and Clare. Ferry sailings from Rosslare were cancelled on Saturday morning. Coastguard teams rescued a kayaker off Lahinch. He was treated for mild hypothermia.',
      revised: "Storm Orla cut electricity to some 23,500 customers, mostly in Kerry and Clare, scrapped Saturday morning's Rosslare ferries and left a kayaker rescued off Lahinch with mild hypothermia.",
      profile: 'faithful',
    },
    {
      name: 'a negated opposite of the base word says the same ("acquitted" / "found not guilty")',
      base: 'A jury at Carlisle Crown Court acquitted the former care home manager of both charges on Thursday.',
      revised: 'The former care home manager was found not guilty of both charges by a jury at Carlisle Crown Court on Thursday.',
      profile: 'faithful',
    },
    {
      name: 'a time said from another event ("a month earlier") is no figure',
      base: 'Inflation fell to 3.1% in October from 3.4% in September, the statistics office said.',
      revised: 'Inflation fell to 3.1% in October from 3.4% a month earlier, the statistics office said.',
      profile: 'faithful',
    },
    {
      name: 'the opposite of a word the base negates is no new detail',
      base: 'Because the runway at Pellham was flooded, the cargo plane could not fly directly to the island and landed three hours late.',
      revised: 'Because the runway at Pellham was flooded, the cargo plane flew a roundabout route to the island and landed three hours late.',
      profile: 'faithful',
    },
    {
      name: 'a figure the base gives for the same thing in another sentence',
      base: 'Flood defences along the river at Tewford were finished last year. They cost £9 million and protect 1,300 homes, the agency said.',
      revised: 'Flood defences protecting 1,300 homes along the river at Tewford were finished last year.',
      profile: 'faithful',
    },
    {
      name: 'a title abbreviated is no new detail',
      base: 'Police Constable Owen Pryce found the abandoned car on Sunday morning near the old quarry.',
      revised: 'The abandoned car was found on Sunday morning near the old quarry by PC Owen Pryce.',
      profile: 'faithful',
    },
    { name: 'identical texts', base, revised: base },
    {
      name: 'a synonym is no new detail',
      base: 'Protesters poured paint on the road outside the embassy.',
      revised: 'Protesters poured paint on the route outside the embassy.',
    },
    {
      name: 'a more general word is no new detail',
      base: 'The driver pleaded guilty to manslaughter in a Leeds court on Monday.',
      revised: 'The driver pleaded guilty to homicide in a Leeds court on Monday.',
    },
    {
      name: 'a reworded sentence',
      base: 'The council voted on Monday to shut the Elm Street library for repairs.',
      revised: 'On Monday, the council voted to close the library on Elm Street for repairs.',
    },
    {
      name: 'sentences reordered',
      base,
      revised: 'Librarians will move to the main branch. The city council voted on Monday to close the Elm Street library for repairs. The branch will reopen in the spring, according to the council.',
    },
    { name: 'a heading added', base, revised: 'Library Closure\n' + base },
  ],
});
