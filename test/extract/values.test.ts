import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/text/doc.js';
import { compatible, quantities, quantityKey } from '../../src/extract/quantities.js';
import { agrees, dates, describe as describeDate } from '../../src/extract/dates.js';
import { places } from '../../src/extract/places.js';
import { Facts } from '../../src/extract/facts.js';
import { compare } from '../../src/engine/compare.js';

const qs = (text: string) => {
  const d = analyze(text);
  return quantities(d).map((q) => ({ text: d.norm.slice(q.start, q.end), kind: q.kind, value: q.value, low: q.low, high: q.high, unit: q.unit }));
};

describe('quantities', () => {
  it('carries the unit of a length of time to a bare number after "to" or "or"', () => {
    const [from, to] = qs('Waits fell from 46 weeks to 21 in a year.');
    assert.deepEqual([from!.kind, to!.kind, to!.unit], ['duration', 'duration', 'months']);
    assert.equal(to!.value, qs('Waits fell to 21 weeks.')[0]!.value);
    // a number with a noun of its own counts that noun
    assert.equal(qs('He scored 3 goals to 2 assists.')[1]!.kind, 'count');
  });
  it('reads temperatures in degrees Celsius, with their sign', () => {
    assert.equal(qs('It fell to -3C overnight.')[0]!.value, -3);
    assert.equal(qs('It fell to minus 3C overnight.')[0]!.value, -3);
    const f = qs('Phoenix hit 118F on Thursday.')[0]!;
    assert.equal(f.unit, 'celsius');
    assert.ok(f.low <= 47.8 && 47.8 <= f.high);
  });
  it('carries it to a bare number set against it right after, or further on in the same words', () => {
    assert.equal(qs('The wait fell to 12 weeks, down from 18.')[1]!.kind, 'duration');
    assert.equal(qs('Buses will run every six minutes at peak times, instead of every 10.')[1]!.kind, 'duration');
    // not to a figure set against another figure of the sentence
    assert.equal(qs('The trust said 1,260 patients waited more than 12 hours, compared with 890 a year earlier.')[2]!.kind, 'count');
  });

  const cases: Array<[string, { text: string; kind: string; value: number; unit?: string }]> = [
    ['It lasted half a year.', { text: 'half a year', kind: 'duration', value: 6, unit: 'months' }],
    // a tally after "by" and a verb of voting is no time of day ("41 to 12" is not 11:19)
    ['Councillors approved the plan by 41 to 12 on Monday.', { text: '41 to 12', kind: 'score', value: 41, unit: 'score' }],
    ['Councillors voted by 30 to 9 on Tuesday.', { text: '30 to 9', kind: 'score', value: 30, unit: 'score' }],
    // ages in the plural ("ten-year-olds" is an age, not a length of ten years)
    ['They surveyed ten-year-olds in Fife.', { text: 'ten-year-olds', kind: 'age', value: 120, unit: 'months' }],
    // a rank after "No" ("the world No 31" is ranked 31st)
    ['Lindqvist is the world No 31.', { text: '31', kind: 'ordinal', value: 31, unit: 'ordinal' }],
    ['It lasted 26 weeks.', { text: '26 weeks', kind: 'duration', value: 6, unit: 'months' }],
    ['It lasted about six months.', { text: 'about six months', kind: 'duration', value: 6, unit: 'months' }],
    ['Nearly three dozen people were hurt.', { text: 'Nearly three dozen', kind: 'count', value: 36, unit: 'peopl' }],
    ['Sales of $5bn were expected.', { text: '$5bn', kind: 'money', value: 5e9, unit: 'USD' }],
    ['It cost 3.5 million euros.', { text: '3.5 million euros', kind: 'money', value: 3.5e6, unit: 'EUR' }],
    ['Turnout was 62 percent.', { text: '62 percent', kind: 'percent', value: 62, unit: '%' }],
    ['Prices rose 30% in a year.', { text: '30%', kind: 'percent', value: 30, unit: '%' }],
    ['A third of voters stayed home.', { text: 'A third', kind: 'count', value: 1 / 3, unit: 'voter' }],
    ['It was the fourth quarter.', { text: 'fourth', kind: 'ordinal', value: 4, unit: 'quarter' }],
    ['It was a third quarter decline.', { text: 'third', kind: 'ordinal', value: 3, unit: 'quarter' }],
    ['The one-year anniversary came.', { text: 'one-year', kind: 'duration', value: 12, unit: 'months' }],
    ['The second anniversary came.', { text: 'second', kind: 'duration', value: 24, unit: 'months' }],
    ['They saw twenty five ships.', { text: 'twenty five', kind: 'count', value: 25, unit: 'ship' }],
    ['Some 2,000 tonnes of wheat burned.', { text: 'Some 2,000', kind: 'count', value: 2000, unit: 'tonn' }],
    ['It happened in 2022.', { text: '2022', kind: 'year', value: 2022, unit: 'year' }],
    ['The barrier was closed twice.', { text: 'twice', kind: 'count', value: 2, unit: 'time' }],
    ['Two-thirds of respondents backed it.', { text: 'Two-thirds', kind: 'count', value: 2 / 3, unit: 'respond' }],
    ['Three quarters of voters stayed home.', { text: 'Three quarters', kind: 'count', value: 0.75, unit: 'voter' }],
    ['One and a half million people came.', { text: 'One and a half million', kind: 'count', value: 1.5e6, unit: 'peopl' }],
    ['The barrier was closed three times.', { text: 'three', kind: 'count', value: 3, unit: 'time' }],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = qs(text)[0]!;
      assert.ok(got, `no quantity in ${text}`);
      assert.equal(got.text, want.text);
      assert.equal(got.kind, want.kind);
      assert.ok(Math.abs(got.value - want.value) < 1e-9, `${got.value} != ${want.value}`);
      if (want.unit !== undefined) assert.equal(got.unit, want.unit);
    });
  }
  it('reads the whole a fraction is of', () => {
    const whole = (text: string) => quantities(analyze(text))[0]!.of;
    assert.equal(whole('Half of the 300 workers will lose their jobs.'), 300);
    assert.equal(whole('Half of workers will lose their jobs.'), undefined);
  });
  it('reads approximators as ranges', () => {
    assert.deepEqual(qs('at least eight people').map((q) => [q.low, q.high]), [[8, Infinity]]);
    assert.deepEqual(qs('up to 10 people').map((q) => [q.low, q.high]), [[0, 10]]);
    // a verb of passing a mark: more than the mark
    const [topped] = qs('the number topped 140,000');
    assert.ok(topped!.low > 140_000 && topped!.high === Infinity);
    const [nearly] = qs('nearly 30 people');
    assert.ok(nearly!.low < 30 && nearly!.high === 30);
  });
  it('compares by range', () => {
    const d = analyze('nearly three dozen people. 34 people. 40 people.');
    const [a, b, c] = quantities(d);
    assert.equal(compatible(a!, b!), true);
    assert.equal(compatible(a!, c!), false);
  });
  it('keys equal durations alike', () => {
    const d = analyze('half a year. six months. 26 weeks.');
    assert.deepEqual(new Set(quantities(d).map(quantityKey)).size, 1);
  });
  it('reads an ordinal that opens the text (issue 10: "Third quarter 2020 ..." crashed)', () => {
    const found = qs('Third quarter 2020 earnings were $0.34 per diluted share.\n');
    assert.ok(found.some((q) => q.kind === 'ordinal' && q.value === 3));
    assert.doesNotThrow(() => compare('Third quarter 2020 earnings were $0.34 per diluted share.\n', 'Nothing here.\n'));
    // "a third" is a fraction only when "a" stands in the same sentence
    assert.ok(qs('He was a. Third place went to her.').some((q) => q.kind === 'ordinal' && q.value === 3));
  });
  it('does not read "a" alone as a number', () => {
    assert.deepEqual(qs('A man fell from a cliff.'), []);
  });
});

describe('dates', () => {
  const ds = (text: string) => {
    const d = analyze(text);
    return dates(d).map((x) => [d.norm.slice(x.start, x.end), describeDate(x)]);
  };
  it('reads the common news forms', () => {
    assert.deepEqual(ds('On Saturday, the talks began.'), [['Saturday', 'Saturday']]);
    assert.deepEqual(ds('It began on Feb. 24, 2022, at dawn.'), [['Feb. 24, 2022', '2022-02-24']]);
    assert.deepEqual(ds('It began on 24 February 2022.'), [['24 February 2022', '2022-02-24']]);
    assert.deepEqual(ds('Filed 2023-01-05 in court.'), [['2023-01-05', '2023-01-05']]);
    assert.deepEqual(ds('They met in July in Istanbul.'), [['July', 'July']]);
    assert.deepEqual(ds('It rained on Thursday morning.'), [['Thursday morning', 'Thursday morning']]);
    assert.deepEqual(ds('He left last week.'), [['last week', 'week:-1']]);
    assert.deepEqual(ds("Saturday's meetings were long."), [['Saturday', 'Saturday']]);
  });
  it('does not take the verb "may" for the month', () => {
    assert.deepEqual(ds('The governor may sign the bill.'), []);
    assert.deepEqual(ds('The bill passed in May 2023.'), [['May 2023', 'May 2023']]);
  });
  it('reads a day before "May" and does not take a clock hour after it for the day', () => {
    assert.deepEqual(ds('The vote is on 21 May 2024.'), [['21 May 2024', '2024-05-21']]);
    assert.deepEqual(
      ds('Tuesday 21 May, 12:30pm').map(([text]) => text),
      ['Tuesday', '21 May', '12:30pm'],
    );
    assert.deepEqual(ds('Doors open May 12:30pm.').map(([text]) => text), ['May', '12:30pm']);
    // "local" is a zone only before "time": "November 4, Local Government Minister" has no clock hour
    assert.deepEqual(ds('It is on November 4, Local Government Minister Ciarán Doyle said.').map(([text]) => text), ['November 4']);
    assert.deepEqual(ds('The quake struck at 3.15 local time.').map(([text]) => text), ['3.15 local']);
    // "noon" is a time of its own, not a day
    assert.deepEqual(ds('It opens on May 12 at noon.'), [
      ['May 12', 'May 12'],
      ['noon', '12:00'],
    ]);
  });
  it('agrees on shared parts only', () => {
    const d = analyze('in July. in July 2023. in June.');
    const [a, b, c] = dates(d);
    assert.equal(agrees(a!, b!), true);
    assert.equal(agrees(a!, c!), false);
  });
});

describe('places', () => {
  const ps = (text: string) => places(analyze(text)).map((p) => [p.name, p.key]);
  it('finds countries, cities and regions', () => {
    assert.deepEqual(ps('Talks in Istanbul and Miami, Florida, on Ukraine.'), [
      ['Istanbul', 'istanbul'], ['Miami', 'miami'], ['Florida', 'florida'], ['Ukraine', 'Ukraine'],
    ]);
    assert.deepEqual(ps('A strike hit the Odesa region.'), [['Odesa', 'odesa']]);
    assert.deepEqual(ps('He flew to the U.S. on Monday.'), [['U.S', 'United States']]);
  });
  it('does not take demonyms or nationality modifiers for places', () => {
    assert.deepEqual(ps('The Russian envoy met U.K. activists.'), []);
  });
});

describe('stance', () => {
  const st = (text: string) => new Facts(analyze(text)).stances[0]!;
  it('finds negation and its cues', () => {
    assert.deepEqual(st('He did not plead guilty.').map((s) => [s.negated, s.negations.map((c) => c.text)]), [[true, ['not']]]);
    assert.equal(st("She didn't report it.")[0]!.negated, true);
    assert.equal(st('They failed to agree on a deal.')[0]!.negated, true);
    assert.equal(st('It damaged not only homes.')[0]!.negated, false);
    assert.equal(st('A few people came.')[0]!.negated, false);
  });
  it('grades certainty', () => {
    assert.equal(st('The plan reportedly involves a sale.')[0]!.certainty, -1);
    assert.equal(st('The claims are contested by the company.')[0]!.certainty, -2);
    assert.equal(st('It is widely understood to depend on a sale.')[0]!.certainty, 1);
    assert.equal(st('The plan involves a sale.')[0]!.certainty, 0);
  });
  it('finds the source of an attributed claim', () => {
    const s = st('Analysts say the talks remain unlikely.')[0]!;
    assert.equal(s.source, 'analysts');
    assert.equal(s.genericSource, true);
    assert.equal(st('The fire was set deliberately, according to police.').at(-1)!.source, 'police');
    assert.equal(st('The talks remain unlikely.')[0]!.source, null);
  });
});

describe('quantities read in news', () => {
  const first = (text: string) => qs(text)[0];
  it('reads a score as one value', () => {
    const q = first('Oakridge won 52-48 on Saturday.')!;
    assert.equal(q.kind, 'score');
    assert.equal(q.text, '52-48');
  });
  it('reads an age after a name', () => {
    const q = first('The actress, aged 54, was named chair.')!;
    assert.equal(q.kind, 'age');
    assert.equal(q.value, 54 * 12);
  });
  it('does not take the noun across a comma', () => {
    const q = first('The winners, 12, and their families were invited.');
    assert.notEqual(q?.unit, 'famili');
  });
  it('reads durations in one unit', () => {
    const [a] = quantities(analyze('It lasted a fortnight.'));
    const [b] = quantities(analyze('It lasted 14 days.'));
    assert.equal(a!.unit, 'months');
    assert.equal(b!.unit, 'months');
    assert.ok(Math.abs(a!.value - b!.value) < 0.01);
  });
});

describe('times of day', () => {
  const t = (text: string) => dates(analyze(text)).find((d) => d.time !== undefined);
  it('reads a twelve-hour time', () => {
    assert.equal(t('The vote closed at 12:30pm on Monday.')!.time, 750);
  });
  it('marks a time with no am or pm as a half day', () => {
    assert.equal(t('The vote closed at 4:00 on Monday.')!.halfDay, true);
  });
});

describe('negation scope', () => {
  const st = (text: string) => new Facts(analyze(text)).stances[0]!;
  it('a rank is no negation', () => {
    assert.equal(st('World No. 1 Lukas Brandt won the final.')[0]!.negated, false);
  });
  it('scope covers the words right after the cue', () => {
    const s = st('He did not survive the crash.')[0]!;
    assert.ok(s.negated);
    assert.ok(s.scope.size > 0);
  });
  it('reaches the infinitive of a negated verb, not one after a semi-modal', () => {
    const scoped = (text: string) => {
      const d = analyze(text);
      const s = new Facts(d).stances[0]![0]!;
      return [...s.scope.keys()].map((k) => d.tokens[k]!.lower);
    };
    assert.ok(scoped('The firm is not looking to file for approval.').includes('file'));
    assert.ok(scoped('The minister has no plans to resign.').includes('resign'));
    assert.ok(!scoped('Households will not need to apply for the grant.').includes('apply'));
    assert.ok(!scoped('There is no need to apply for the grant.').includes('apply'));
  });
  it('a negated subject reaches its verb, across a clause break', () => {
    const scoped = (text: string) => {
      const d = analyze(text);
      return new Facts(d).stances[0]!.flatMap((s) => [...s.scope.keys()].map((k) => d.tokens[k]!.lower));
    };
    assert.ok(scoped('None of the passengers was injured.').includes('injured'));
    assert.ok(scoped('Police said neither of the two men, aged 19 and 22, had been wearing a seatbelt.').includes('wearing'));
    assert.ok(!scoped('Police said nothing, and the men were wearing seatbelts.').includes('wearing'));
  });
});
