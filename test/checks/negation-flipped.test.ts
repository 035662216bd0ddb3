import { checkTable } from '../helpers/checks.js';

checkTable('negation-flipped', {
  fires: [
    {
      name: 'stopping reversed to keeping ("stop adding" / "keep adding")',
      base: 'Harbury will stop adding fluoride to its water supply from 1 March, officials said.',
      revised: 'Harbury will keep adding fluoride to its water supply, officials said.',
      baseText: 'stop adding',
    },
    {
      name: 'a denial turned into an admission, a charge word beside it',
      base: 'Sandra Whitlow, who is accused of dangerous driving, denies causing the death of a cyclist.',
      revised: 'Sandra Whitlow, who is accused of dangerous driving, admits causing the death of a cyclist.',
      baseText: 'denies',
      revisedText: 'admits',
    },
    {
      name: '"rightly admitted" against "should not have admitted"',
      base: 'The lawyers accepted that the trial judge rightly admitted recordings of phone calls.',
      revised: 'The lawyers accepted that the trial judge should not have admitted recordings of phone calls.',
    },
    {
      name: 'a word against its negative form in a sentence told the other way round',
      base: 'The regulator said the chemical leak was unlikely to pose a danger to residents living near the plant.',
      revised: 'Residents living near the plant were likely to face a danger from the chemical leak, according to the regulator.',
      baseText: 'unlikely',
      revisedText: 'likely',
    },
    {
      name: 'a negated verb of saying ("were not told"), the negation removed in glued model output',
      base: 'The Halden bus depot will shut in June. Drivers were not told in advance, their union said.',
      revised: 'the halden bus depot will shut in june , drivers were told in advance , their union said',
      baseText: 'not told',
      profile: 'faithful',
    },
    {
      name: 'a negation added',
      base: 'The former mayor pleaded guilty to fraud in a Denver court on Monday.',
      revised: 'The former mayor pleaded not guilty to fraud in a Denver court on Monday.',
      revisedText: 'not guilty',
      severity: 'material',
      data: { base: { negated: false, cues: [] }, revised: { negated: true, cues: ['not'] } },
    },
    {
      name: 'a negation removed',
      base: 'The hospital said the patient was not infected with the virus.',
      revised: 'The hospital said the patient was infected with the virus.',
      baseText: 'not',
      data: { base: { negated: true, cues: ['not'] }, revised: { negated: false, cues: [] } },
    },
    {
      name: 'a contracted negation',
      base: 'The airline reported a rise in bookings for the summer season.',
      revised: "The airline didn't report a rise in bookings for the summer season.",
      revisedText: "didn't",
    },
    {
      name: 'an antonym swapped in context',
      base: 'The chain reported a fourth quarter decline in sales at its stores.',
      revised: 'The chain reported a fourth quarter increase in sales at its stores.',
      baseText: 'decline',
      revisedText: 'increase',
      data: { antonyms: ['decline', 'increase'] },
    },
    {
      name: 'a WordNet antonym',
      base: 'The jury found the driver guilty of dangerous driving.',
      revised: 'The jury found the driver innocent of dangerous driving.',
      revisedText: 'innocent',
    },
    {
      name: 'approved became rejected',
      base: 'The city council approved the stadium plan on Tuesday after a long debate.',
      revised: 'The city council rejected the stadium plan on Tuesday after a long debate.',
      revisedText: 'rejected',
    },
    {
      name: 'confirmed became denied',
      base: 'Police confirmed the death of a second climber on the mountain.',
      revised: 'Police denied the death of a second climber on the mountain.',
      revisedText: 'denied',
    },
    {
      name: 'struggling became thriving',
      base: 'Investors were asked to prop up the financially struggling company.',
      revised: 'Investors were asked to prop up the financially thriving company.',
      revisedText: 'thriving',
    },
  ],
  silent: [
    {
      name: 'skipping a thing is going without it',
      base: 'Nearly 40% of nurses surveyed said they had skipped meals during a shift, the union said.',
      revised: 'Almost four in ten nurses told the union they had gone without meals on shift.',
      profile: 'faithful',
    },
    {
      name: '"No Swedish woman has reached a final" is "the first Swedish woman to reach a final"',
      base: 'No Swedish woman has reached a Grand Slam singles final in the Open era.',
      revised: 'Lindqvist became the first Swedish woman of the Open era to reach a Grand Slam singles final.',
      profile: 'faithful',
    },
    {
      name: 'stopping a thing said with another ending verb ("will stop adding fluoride" / "is to end fluoridation")',
      base: 'Harbury will stop adding fluoride to its water supply from 1 March, officials said.',
      revised: 'Harbury is to end fluoridation of its water supply from 1 March, officials said.',
    },
    {
      name: 'a charge and its denial both stand ("accused of" / "denies")',
      base: 'Sandra Whitlow went on trial on Tuesday accused of causing the death of a cyclist by dangerous driving.',
      revised: 'Sandra Whitlow denies causing the death of a cyclist by dangerous driving.',
      profile: 'revision',
    },
    {
      name: '"wrongly admitted" is "should not have admitted"',
      base: 'The lawyers argued that the trial judge wrongly admitted recordings of phone calls.',
      revised: 'The lawyers argued that the trial judge should not have admitted recordings of phone calls.',
    },
    {
      name: 'the base says the revised word in a word of the same side of the news table ("cut" / "lowered")',
      base: 'Shares in Pellow Brewing fell 8% on Tuesday after the Bristol-based brewer cut its full-year profit forecast, blaming higher barley and energy costs and weak pub sales.',
      revised: "Pellow Brewing's shares slid 8% on Tuesday after the Bristol brewer lowered its annual profit outlook, citing pricier barley, energy bills and weak pub sales.",
      profile: 'faithful',
    },
    {
      name: "a quotation's capitalized first word negates as a sentence's does",
      base: 'The minister said: “No school will close before the summer.”',
      revised: '“No school will close before the summer,” the minister said.',
    },
    {
      name: 'home and away told from the other side by a converse verb',
      base: 'Pennford Athletic beat Lowther Rovers 3-1 at home on Tuesday night.',
      revised: 'Lowther Rovers lost 3-1 away to Pennford Athletic on Tuesday night.',
      profile: 'revision',
    },
    {
      name: 'a negated verb ending in -ly ("fly") and its adverb, said with an opposite',
      base: 'Because the runway at Pellham was flooded, the cargo plane could not fly directly to the island and landed three hours late.',
      revised: 'With the runway at Pellham flooded, the cargo plane had to take a roundabout route to the island, landing three hours late.',
      profile: 'faithful',
    },
    {
      name: 'a negation and an antonym cancel out',
      base: 'The jury found the driver innocent of dangerous driving.',
      revised: 'The jury found the driver not guilty of dangerous driving.',
    },
    {
      name: 'both negated in other words',
      base: 'Washington would not compel Kyiv into an agreement, the minister said.',
      revised: 'The minister said Washington would not force an agreement on Kyiv.',
    },
    {
      name: '"little progress" is "failed to make progress"',
      base: 'The talks failed to make real progress on a ceasefire.',
      revised: 'The talks made little real progress on a ceasefire.',
    },
    {
      name: 'ending the war is peace',
      base: 'The meeting brought little progress toward peace.',
      revised: 'The meeting brought little progress on ending the war.',
    },
    {
      name: '"not only" does not negate',
      base: 'The storm damaged homes and roads across the county.',
      revised: 'The storm damaged not only homes but also roads across the county.',
    },
    {
      name: 'identical',
      base: 'No residents were injured in the fire.',
      revised: 'No residents were injured in the fire.',
    },
  ],
});
