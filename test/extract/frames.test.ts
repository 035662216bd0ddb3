import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/text/doc.js';
import { Facts } from '../../src/extract/facts.js';
import { participantText } from '../../src/extract/frames.js';

/** The frames of the text: canonical predicate, voice, and each role's words. */
const fr = (text: string) => {
  const doc = analyze(text);
  return new Facts(doc).frames.flat().map((f) => ({
    canonical: f.canonical,
    passive: f.passive,
    agent: f.roles.agent && participantText(doc, f.roles.agent),
    patient: f.roles.patient && participantText(doc, f.roles.patient),
  }));
};

describe('frames', () => {
  it('reads agent and patient of an active clause', () => {
    const [f] = fr('Regulators fined the lender on Tuesday.');
    assert.equal(f!.canonical, 'fine');
    assert.equal(f!.passive, false);
    assert.match(f!.agent!, /Regulators/);
    assert.match(f!.patient!, /lender/);
  });
  it('reads a relative clause on a name after the verb, its subject that name', () => {
    const fs = fr('Okafor will next face Daniel Mensah, who defeated Tomas Varga in Accra last month.');
    const face = fs.find((x) => x.canonical === 'face')!;
    assert.match(face.agent!, /Okafor/);
    assert.match(face.patient!, /Daniel Mensah/);
    const beat = fs.find((x) => x.canonical === 'defeat')!;
    assert.match(beat.agent!, /Daniel Mensah/);
    assert.match(beat.patient!, /Tomas Varga/);
  });
  it('reads the subject of a clause opening "with" and a name before a verb in -ing', () => {
    const head = fr('Galway drew 1-1, with Conor Keane heading the equaliser from a corner.').find((x) => x.canonical === 'head')!;
    assert.equal(head.agent, 'Conor Keane');
  });
  it('reads a name between "have" and a participle as what was done to it', () => {
    const [, caught] = fr('Harsh Wankhede took five wickets, having Rohan Kelkar caught at slip.');
    assert.equal(caught!.passive, true);
    assert.equal(caught!.patient, 'Rohan Kelkar');
    const had = fr('Harsh Wankhede had Rohan Kelkar caught at slip for 88.')[0]!;
    assert.equal(had.patient, 'Rohan Kelkar');
    assert.equal(had.agent, 'Harsh Wankhede');
  });
  it('reads the subject after an opening "after" and the object after a particle', () => {
    const [, passive] = fr('Bello scored a penalty, after Musa Danjuma was brought down by Ifeanyi Okeke.');
    assert.equal(passive!.patient, 'Musa Danjuma');
    assert.equal(passive!.agent, 'Ifeanyi Okeke');
    const [, active] = fr('Bello scored a penalty awarded after Musa Danjuma brought down Ifeanyi Okeke.');
    assert.equal(active!.agent, 'Musa Danjuma');
    assert.equal(active!.patient, 'Ifeanyi Okeke');
  });
  it('turns a passive into its active', () => {
    const [f] = fr('The lender was fined by regulators on Tuesday.');
    assert.equal(f!.canonical, 'fine');
    assert.equal(f!.passive, true);
    assert.match(f!.agent!, /regulators/);
    assert.match(f!.patient!, /lender/);
  });
  it('reads no passive from a "be" of a relative clause set off by commas', () => {
    const f = fr('The Kestrel, which was travelling from Oban to Mull, struck a fishing boat.').find((x) => x.canonical === 'strike')!;
    assert.equal(f.passive, false);
    assert.match(f.agent!, /Kestrel/);
    assert.match(f.patient!, /fishing boat/);
  });
  it('tells a converse verb from the other side', () => {
    const a = fr('Arsenal beat Chelsea on Sunday.')[0]!;
    const b = fr('Chelsea lost to Arsenal on Sunday.')[0]!;
    assert.equal(a.canonical, b.canonical);
    assert.equal(a.agent, b.agent);
    assert.equal(a.patient, b.patient);
  });
});
