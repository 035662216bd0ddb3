import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/text/doc.js';
import { people, readRole, sameRole, samePerson, type Role } from '../../src/extract/people.js';

function roles(text: string): Array<{ name: string; person: string; role: Role | null; span: string | null }> {
  const doc = analyze(text);
  const p = people(doc);
  return p.mentions.map((m) => ({
    name: m.text,
    person: p.persons[m.person]!.name,
    role: m.role ?? null,
    span: m.roleStart !== undefined ? doc.norm.slice(m.roleStart, m.roleEnd) : null,
  }));
}

function roleOf(text: string, name: string): Role | null {
  const hit = roles(text).find((r) => r.name === name);
  assert.ok(hit, `no mention ${name} in ${JSON.stringify(roles(text))}`);
  return hit.role;
}

describe('roles', () => {
  it('a title with a country before the name', () => {
    const text = 'U.S. Secretary of State Ana Ruiz flew to Madrid.';
    assert.deepEqual(roleOf(text, 'Ana Ruiz'), { title: 'secretary of state', qualifiers: [], country: 'United States' });
    assert.equal(roles(text)[0]!.span, 'U.S. Secretary of State Ana Ruiz');
  });
  it('a two-word title', () => {
    assert.deepEqual(roleOf('Prime Minister Elena Dragan resigned on Tuesday.', 'Elena Dragan'), { title: 'prime minister', qualifiers: [] });
  });
  it('a lower-case title with a demonym', () => {
    assert.deepEqual(roleOf('The talks were led by Turkish envoy Kemal Arslan.', 'Kemal Arslan'), { title: 'envoy', qualifiers: [], country: 'Turkey' });
  });
  it('"former" is a qualifier', () => {
    assert.deepEqual(roleOf('Former President Ivan Horvat denied the charges.', 'Ivan Horvat'), { title: 'president', qualifiers: ['former'] });
  });
  it('"acting" and "deputy"', () => {
    assert.deepEqual(roleOf('Acting Deputy Mayor Carla Brun opened the bridge.', 'Carla Brun'), { title: 'mayor', qualifiers: ['acting', 'deputy'] });
  });
  it('"co-" and "ex-" prefixes', () => {
    assert.deepEqual(roleOf('Its co-founder Mark Weller was arrested.', 'Mark Weller'), { title: 'founder', qualifiers: ['co'] });
    assert.deepEqual(roleOf('The ex-minister Lars Holm spoke.', 'Lars Holm'), { title: 'minister', qualifiers: ['ex'] });
  });
  it('an appositive after the name', () => {
    assert.deepEqual(roleOf('The deal was drafted by Nadia Roth, the company\'s chief executive, last year.', 'Nadia Roth'), { title: 'chief executive', qualifiers: [] });
  });
  it('an appositive with "of" after the title', () => {
    assert.deepEqual(roleOf('Carlos Vega, the founder of Nimbus Media, was charged.', 'Carlos Vega'), { title: 'founder', qualifiers: [] });
  });
  it('a possessive: the role belongs to the other person', () => {
    const text = 'The plan was drafted by Ben Ross, former Governor Alan Price\'s son-in-law.';
    assert.deepEqual(roleOf(text, 'Alan Price'), { title: 'governor', qualifiers: ['former'] });
    assert.deepEqual(roleOf(text, 'Ben Ross'), { title: 'son-in-law', qualifiers: [] });
  });
  it('a possessive phrase before the name', () => {
    assert.deepEqual(roleOf('He met the governor\'s chief of staff, Ruth Klein, on Monday.', 'Ruth Klein'), { title: 'chief of staff', qualifiers: [] });
  });
  it('an abbreviated title', () => {
    assert.deepEqual(roleOf('Sen. Marta Olsen voted against the bill.', 'Marta Olsen'), { title: 'senator', qualifiers: [] });
  });
  it('no role', () => {
    assert.equal(roleOf('Ruth Klein arrived late.', 'Ruth Klein'), null);
  });
  it('a country added to the same title is the same role', () => {
    assert.ok(sameRole(readRole(['president'])!, readRole(['russian', 'president'])!));
    assert.ok(!sameRole(readRole(['president'])!, readRole(['former', 'president'])!));
    assert.ok(!sameRole(readRole(['secretary', 'of', 'state'])!, readRole(['senator'])!));
    assert.ok(sameRole(readRole(['ceo'])!, readRole(['chief', 'executive'])!));
    assert.ok(sameRole(readRole(['then', 'president'])!, readRole(['president'])!));
  });
});

describe('people', () => {
  it('a surname alone and a title with the surname resolve to the full name', () => {
    const rs = roles('Governor Alan Weiss toured the site. Weiss said the levee held. Governor Weiss left at noon.');
    assert.deepEqual(rs.map((r) => r.person), ['Alan Weiss', 'Alan Weiss', 'Alan Weiss']);
  });
  it('a surname before the full name (a summary) resolves too', () => {
    const rs = roles('Weiss toured the site.\nGovernor Alan Weiss said the levee held.');
    assert.deepEqual(rs.map((r) => r.person), ['Alan Weiss', 'Alan Weiss']);
  });
  it('organisations and countries are not people', () => {
    const doc = analyze('The Security Service of Ukraine said Polish officials met Nimbus Media executives in Warsaw.');
    const p = people(doc);
    assert.deepEqual(p.mentions, []);
    const kinds = Object.fromEntries(p.entities.map((e) => [e.text, e.kind]));
    assert.equal(kinds['Security Service of Ukraine'], 'organisation');
    assert.equal(kinds['Polish'], 'nationality');
    assert.equal(kinds['Nimbus Media'], 'organisation');
    assert.equal(kinds['Warsaw'], 'place');
  });
  it('sentence-initial common words are not names', () => {
    const p = people(analyze('Despite the rain, crowds gathered. Officials counted them.'));
    assert.deepEqual(p.entities.map((e) => e.text), []);
  });
  it('persons of two tellings match by surname and first name', () => {
    const a = people(analyze('Anna Berg spoke.')).persons[0]!;
    const b = people(analyze('Berg spoke. Later Anna Berg left.')).persons[0]!;
    const c = people(analyze('Ola Berg spoke.')).persons[0]!;
    assert.ok(samePerson(a, b));
    assert.ok(!samePerson(a, c));
  });
});
