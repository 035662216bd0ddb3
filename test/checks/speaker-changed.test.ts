import { checkTable } from '../helpers/checks.js';

checkTable('speaker-changed', {
  fires: [
    {
      name: 'a second statement joined with "and that" to another speaker\'s',
      base: 'Council leader Omar Siddiq said the new pool would open in April. Rhian Cole, the council\'s finance director, said the cost had risen to £18 million.',
      revised: 'Council leader Omar Siddiq said the new pool would open in April and that its cost had risen to £18 million.',
      baseText: 'the cost had risen',
      revisedText: 'its cost had risen',
    },
    {
      name: 'a quotation given to another person',
      base: '"The tunnel is safe," engineer Lena Park said. Mayor Tom Reyes promised repairs.',
      revised: '"The tunnel is safe," Mayor Tom Reyes said.',
      revisedText: 'The tunnel is safe',
      severity: 'material',
      data: { expected: 'Lena Park', actual: 'Tom Reyes', kind: 'quote' },
    },
    {
      name: 'a quoted statement reported as another person\'s',
      base: 'Finance Minister Rosa Jimenez met the unions on Monday. "No pension will be cut this year," Prime Minister Ivo Petrov said.',
      revised: 'Finance Minister Rosa Jimenez reiterated that no pension would be cut this year.',
      baseText: 'No pension will be cut',
      revisedText: 'no pension would be cut this year',
      data: { expected: 'Ivo Petrov', actual: 'Rosa Jimenez' },
    },
    {
      name: 'a pronoun resolved to the wrong person in the revision',
      base: 'Coach Ben Adler spoke after the match. Striker Emma Lund said the referee had been unfair to the visiting team.',
      revised: 'Striker Emma Lund scored twice. Coach Ben Adler said the referee had been unfair to the visiting team.',
      revisedText: 'the referee had been unfair',
      data: { expected: 'Emma Lund', actual: 'Ben Adler' },
    },
  ],
  silent: [
    {
      name: 'a double-barrelled surname is one name on both sides',
      base: 'Education Secretary Helen Fairley-Moss said: “No school will close before the summer.”',
      revised: '“No school will close before the summer,” said Education Secretary Helen Fairley-Moss.',
    },
    {
      name: 'a place inside the appositive is not the speaker',
      base: 'Marta Kowalczyk, the head of the fire service in Nowa Ruda, said 40 homes had been flooded.',
      revised: 'The head of the fire service in Nowa Ruda, Marta Kowalczyk, said 40 homes had been flooded.',
    },
    {
      name: 'one first name in two transliterations',
      base: 'Mayor Oleksandr Hrytsenko said the bridge would reopen.',
      revised: 'Mayor Olexander Hrytsenko said the bridge would reopen.',
    },
    {
      name: 'the same speaker, quoted and then reported',
      base: '"The tunnel is safe," engineer Lena Park said.',
      revised: 'Engineer Lena Park said the tunnel is safe.',
    },
    {
      name: 'the base gives the statement to both people',
      base: 'Minister Eva Lind said the harvest was the best in a decade. Her deputy, Omar Saleh, said the harvest was the best in a decade too.',
      revised: 'Omar Saleh said the harvest was the best in a decade.',
    },
    {
      name: 'a statement moved between groups (an attribution matter)',
      base: 'Officials said the road would stay closed for a week.',
      revised: 'Police said the road would stay closed for a week.',
    },
    {
      name: 'different statements by two people',
      base: 'Mayor Tom Reyes said the budget would grow. Engineer Lena Park said the tunnel needed repairs.',
      revised: 'Mayor Tom Reyes said the budget would grow. Engineer Lena Park said the tunnel needed repairs.',
    },
  ],
});
