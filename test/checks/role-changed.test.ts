import { checkTable } from '../helpers/checks.js';

checkTable('role-changed', {
  fires: [
    {
      name: 'a post given after "stepped down as", another in the base\'s appositive',
      base: "Ravi Menon, the Labour group's chief whip on Leicester City Council, resigned on Monday.",
      revised: 'Ravi Menon stepped down as leader of the Labour group on Leicester City Council on Monday.',
      profile: 'faithful',
    },
    {
      name: 'a title with its field after "of" before the name, another field in the revision',
      base: 'Ottawa will spend C$3.2bn on rural broadband, the minister of rural economic development, Danielle Fortier, said.',
      revised: "Danielle Fortier, Canada's industry minister, said Ottawa will spend C$3.2bn on rural broadband.",
      profile: 'faithful',
    },
    {
      name: "a hyphenated title against a title with its field after 'of'",
      base: 'NCDC director-general Dr Ifeoma Nwachukwu said response teams had been sent to Kano.',
      revised: "The NCDC's head of epidemiology, Dr Ifeoma Nwachukwu, said response teams had been sent to Kano.",
      revisedText: 'head of epidemiology, Dr Ifeoma Nwachukwu',
    },
    {
      name: "a post in an appositive before the name's honorific ('The medical director, Dr Priya Natarajan,')",
      base: "The hospital's medical director, Dr Priya Natarajan, said the ward would reopen next month.",
      revised: 'Chief executive Dr Priya Natarajan said the ward would reopen next month.',
      revisedText: 'Chief executive Dr Priya Natarajan',
    },
    {
      name: 'a qualifier before the organisation, absent from the base',
      base: 'Eric Schmidt, the chief executive of Google, said the rules were too strict.',
      revised: 'Former Google chief executive Eric Schmidt said the rules were too strict.',
      revisedText: 'Former Google chief executive',
    },
    {
      name: '"deputy" added to a two-word title',
      base: 'Fire Chief Rosa Marin said the blaze began in a storage room.',
      revised: 'Deputy Fire Chief Rosa Marin said the blaze began in a storage room.',
      revisedText: 'Deputy Fire Chief Rosa Marin',
      data: { person: 'Rosa Marin', baseRole: 'fire chief', revisedRole: 'deputy fire chief' },
    },
    {
      name: 'a different title',
      base: 'Treasury Secretary Ana Lopez announced the plan on Monday.',
      revised: 'Senator Ana Lopez announced the plan on Monday.',
      baseText: 'Treasury Secretary Ana Lopez',
      revisedText: 'Senator Ana Lopez',
      severity: 'material',
      data: { person: 'Ana Lopez', baseRole: 'secretary of the treasury', revisedRole: 'senator' },
    },
    {
      name: '"former" added',
      base: 'The guests included President Ivan Horvat and his wife.',
      revised: 'The guests included former President Ivan Horvat and his wife.',
      revisedText: 'former President Ivan Horvat',
      data: { person: 'Ivan Horvat', expected: { title: 'president', qualifiers: [] }, actual: { title: 'president', qualifiers: ['former'] } },
    },
    {
      name: 'a title by a surname later in the text',
      base: 'Deputy Mayor Carla Brun opened the bridge. Brun cut the ribbon.',
      revised: 'Mayor Carla Brun opened the bridge.',
      data: { person: 'Carla Brun', baseRole: 'deputy mayor', revisedRole: 'mayor' },
    },
    {
      name: 'an appositive role changed',
      base: 'Nadia Roth, the company\'s chief financial officer, signed the deal.',
      revised: 'Nadia Roth, the company\'s chief executive, signed the deal.',
      data: { person: 'Nadia Roth', baseRole: 'chief financial officer', revisedRole: 'chief executive' },
    },
    {
      name: 'an unnamed role replaced in the same place',
      base: 'The founder of the failed lender Brightway Capital was charged with fraud.',
      revised: 'The chairman of the failed lender Brightway Capital was charged with fraud.',
      baseText: 'founder',
      revisedText: 'chairman',
      data: { person: null, baseRole: 'founder', revisedRole: 'chairman' },
    },
    {
      name: '"co-" added to an unnamed role',
      base: 'The founder of the failed lender Brightway Capital was charged with fraud.',
      revised: 'The co-founder of the failed lender Brightway Capital was charged with fraud.',
      revisedText: 'co-founder',
      data: { expected: { title: 'founder', qualifiers: [] }, actual: { title: 'founder', qualifiers: ['co'] } },
    },
  ],
  silent: [
    {
      name: 'a finance director is still a director',
      base: "The company's finance director, Marit Osei, said costs had risen.",
      revised: "The company's director, Marit Osei, said costs had risen.",
      profile: 'faithful',
    },
    {
      name: 'a finance chief is a chief financial officer',
      base: 'Shares in Bradwell Foods fell 6% after the company said its chief financial officer, Helen Oduya, would leave in March.',
      revised: 'Bradwell Foods shares dropped 6% after the company announced that finance chief Helen Oduya would depart in March.',
      profile: 'faithful',
    },
    {
      name: 'the same post given after "stepped down as"; "replaced X as" gives the post to nobody',
      base: "Ravi Menon, the Labour group's chief whip on the council, resigned on Monday.",
      revised: 'Ravi Menon stepped down as chief whip of the Labour group on the council on Monday.',
      profile: 'faithful',
    },
    {
      name: 'a field after "of" said before the title, and said shorter by its last word',
      base: 'Ottawa will spend C$3.2bn on rural broadband, the minister of rural economic development, Danielle Fortier, said.',
      revised: 'Danielle Fortier, the development minister, said Ottawa will spend C$3.2bn on rural broadband.',
      profile: 'faithful',
    },
    {
      name: 'a qualifier before the organisation the title belongs to',
      base: 'Eric Schmidt, the former chief executive of Google, said the rules were too strict.',
      revised: 'Former Google chief executive Eric Schmidt said the rules were too strict.',
    },
    {
      name: 'a country added to the same title',
      base: 'President Ana Lopez announced the plan.',
      revised: 'Chilean President Ana Lopez announced the plan.',
    },
    {
      name: 'the same title',
      base: 'Prime Minister Elena Dragan resigned on Tuesday.',
      revised: 'On Tuesday, Prime Minister Elena Dragan resigned.',
    },
    {
      name: 'a title left out',
      base: 'Prime Minister Elena Dragan resigned on Tuesday.',
      revised: 'Elena Dragan resigned on Tuesday.',
    },
    {
      name: 'synonymous titles',
      base: 'Nimbus chief executive Mark Weller resigned.',
      revised: 'Nimbus CEO Mark Weller resigned.',
    },
    {
      name: 'a surname two people of the base share',
      base: 'Judge Ana Reyes and her husband, Senator Tom Reyes, arrived together.',
      revised: 'Senator Reyes arrived with his wife.',
    },
    {
      name: 'another person with the other title',
      base: 'Senator Ana Lopez met Governor Tom Reyes.',
      revised: 'Governor Tom Reyes met Senator Ana Lopez.',
    },
  ],
});
