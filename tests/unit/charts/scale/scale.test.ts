// Covers src/charts/scale/scale.ts and scale-data.ts: what each state draws, checked against the data rows, in both size classes. The generic scene, layout, label-fit and data invariants are in ../chart-invariants.test.ts.
import { describe, expect, test } from 'vitest';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { keys, REPORTED, scale } from '../../../../src/charts/scale/scale';
import { rowKey, scaleData, sourceName } from '../../../../src/story/scale';
type ScaleState = (typeof scale.states)[number];
import { scaleReferencePoints } from '../../../../src/data/scale-reference-points';
import { mark, rects, sizes, stateSizeCases, textOf, texts, type MarkOf } from '../scene-helpers';

const chart = scale;
const right = (r: MarkOf<'rect'>) => r.x + r.width;

const OTHER_IPOS = ['ipo-alibaba', 'ipo-softbank-corp', 'ipo-visa', 'ipo-meta-facebook'];

describe.each(sizes)('records (%s)', (_, size) => {
  const scene = chart.scene('records', size);
  const base = mark(scene, keys.aramcoBase, 'rect');
  const extra = mark(scene, keys.aramcoExtra, 'rect');

  test('Saudi Aramco shows both figures: a solid bar to 25.6 and an outline from there to 29', () => {
    expect(base.x).toBe(0);
    expect(extra.x).toBeCloseTo(right(base), 12);
    expect(right(base) / right(extra)).toBeCloseTo(25.6 / 29, 12);
    expect(base.className).toBe('bar');
    expect(extra.className).toBe('bar-range');
    expect(textOf(scene, 'value-ipo-saudi-aramco')).toBe('25.6–29');
    const notes = texts(scene, 'note-aramco-proceeds-').join(' ');
    expect(notes).toContain('25.6, base deal (deal-size table)');
    expect(notes).toMatch(/Outline to 29: Reuters/i);
    expect(notes).toContain('over-allotment');
  });

  test('bars in order of money raised, top to bottom, widths in proportion to the values', () => {
    const bars = [base, ...OTHER_IPOS.map((k) => mark(scene, k, 'rect'))];
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y);
    const perBn = right(extra) / 29;
    expect(OTHER_IPOS.map((k) => mark(scene, k, 'rect').width / perBn)).toEqual([21.8, 21.3, 17.9, 16].map((v) => expect.closeTo(v, 9)));
    expect(OTHER_IPOS.map((k) => textOf(scene, `value-${k}`))).toEqual(['21.8', '21.3', '17.9', '16']);
    expect(OTHER_IPOS.map((k) => textOf(scene, `name-${k}`))).toEqual(['Alibaba (Sep 2014)', 'SoftBank Corp (Dec 2018)', 'Visa (Mar 2008)', 'Meta/Facebook (May 2012)']);
  });

  test('no SpaceX mark yet', () => {
    expect(scene.marks.filter((m) => m.key.includes('spacex'))).toEqual([]);
  });
});

describe.each(sizes)('ipos (%s)', (_, size) => {
  const scene = chart.scene('ipos', size);
  const sx = mark(scene, keys.spacexProceeds, 'rect');
  const base = mark(scene, keys.aramcoBase, 'rect');
  const extra = mark(scene, keys.aramcoExtra, 'rect');

  test('the SpaceX mark is about 1.7 times the Aramco 29 bn bar (50 / 29)', () => {
    expect(sx.x).toBe(0);
    expect(sx.width / right(extra)).toBeCloseTo(50 / 29, 12);
    expect(Math.round((sx.width / right(extra)) * 10) / 10).toBe(1.7);
    expect(sx.width).toBeLessThanOrEqual(1);
  });

  test('the chart still shows both Aramco figures', () => {
    expect(right(base) / sx.width).toBeCloseTo(25.6 / 50, 12);
    expect(right(extra) / sx.width).toBeCloseTo(29 / 50, 12);
    expect(textOf(scene, 'value-ipo-saudi-aramco')).toBe('25.6–29');
  });

  test('SpaceX is drawn apart: a dashed outline on top, labelled as a reported, unconfirmed upper bound', () => {
    expect(sx.className).toBe('sx-reported');
    expect(Math.min(...rects(scene, '').map((r) => r.y))).toBe(sx.y);
    expect(textOf(scene, keys.spacexName)).toBe(`SpaceX · ${REPORTED}`);
    expect(textOf(scene, `value-${keys.spacexProceeds}`)).toBe('up to 50');
    expect(mark(scene, keys.spacexName, 'text').className).toContain('label-reported');
  });

  test('the other IPOs keep their order and proportions', () => {
    const perBn = sx.width / 50;
    expect(OTHER_IPOS.map((k) => mark(scene, k, 'rect').width / perBn)).toEqual([21.8, 21.3, 17.9, 16].map((v) => expect.closeTo(v, 9)));
    const ys = [sx, base, ...OTHER_IPOS.map((k) => mark(scene, k, 'rect'))].map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });
});

describe.each(sizes)('valuation (%s)', (_, size) => {
  const scene = chart.scene('valuation', size);
  const sxVal = mark(scene, keys.spacexValuation, 'rect');
  const sxRaised = mark(scene, keys.spacexProceeds, 'rect');
  const arVal = mark(scene, keys.aramcoValuation, 'rect');

  test('valuations at listing: SpaceX reported 1.5 tn against Aramco about 1.7 tn', () => {
    expect(sxVal.width / arVal.width).toBeCloseTo(1500 / 1700, 12);
    expect(sxVal.className).toBe('sx-reported');
    expect(arVal.className).toBe('bar-valuation');
    expect(textOf(scene, 'value-val-spacex')).toBe('Valuation: USD 1.5 tn');
    expect(textOf(scene, 'value-val-saudi-aramco')).toBe('Valuation at listing: about USD 1.7 tn');
    expect(textOf(scene, keys.spacexName)).toBe(`SpaceX · ${REPORTED}`);
  });

  test('the money raised is drawn as a slice of each valuation, on the same scale', () => {
    expect(sxRaised.width / sxVal.width).toBeCloseTo(50 / 1500, 12);
    expect(sxRaised.y).toBe(sxVal.y);
    expect(right(mark(scene, keys.aramcoBase, 'rect')) / arVal.width).toBeCloseTo(25.6 / 1700, 12);
    expect(right(mark(scene, keys.aramcoExtra, 'rect')) / arVal.width).toBeCloseTo(29 / 1700, 12);
    const notes = texts(scene, 'note-').join(' ');
    expect(notes).toContain('up to USD 50 bn');
    expect(notes).toContain('3.3% of the valuation');
    expect(notes).toContain('USD 25.6–29 bn');
    expect(notes).toContain('1.5–1.7% of the valuation');
  });

  test('only SpaceX and Aramco: the sources give no valuation at listing for the other IPOs', () => {
    for (const k of OTHER_IPOS) expect(scene.marks.some((m) => m.key.includes(k))).toBe(false);
  });
});

describe.each(sizes)('companies (%s)', (sizeName, size) => {
  const scene = chart.scene('companies', size);
  const bars = rects(scene, 'mcap-');
  const sx = mark(scene, keys.spacexValuation, 'rect');

  test('ten companies in descending order of market value, top to bottom', () => {
    expect(bars).toHaveLength(10);
    for (let i = 1; i < bars.length; i++) {
      expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y);
      expect(bars[i]!.width).toBeLessThanOrEqual(bars[i - 1]!.width);
    }
    expect(bars.map((b) => textOf(scene, `name-${b.key}`))).toEqual(
      ['Nvidia', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'TSMC', 'Broadcom', 'Saudi Aramco', sizeName === 'narrow' ? 'Meta' : 'Meta Platforms', 'Tesla'],
    );
    expect(bars.map((b) => textOf(scene, `value-${b.key}`))).toEqual(['4.6', '4.0', '3.8', '3.4', '2.6', '1.8', '1.6', '1.6', '1.6', '1.5']);
    const perBn = bars[0]!.width / 4600;
    expect(bars.map((b) => b.width / perBn)).toEqual([4600, 4000, 3800, 3400, 2600, 1800, 1600, 1600, 1600, 1500].map((v) => expect.closeTo(v, 9)));
  });

  test('SpaceX is placed by its reported valuation, level with Tesla, and marked as reported', () => {
    const tesla = mark(scene, 'mcap-tesla', 'rect');
    expect(sx.className).toBe('sx-reported');
    expect(sx.width).toBeCloseTo(tesla.width, 12);
    expect(sx.y).toBeGreaterThan(tesla.y);
    expect(textOf(scene, keys.spacexName)).toBe('SpaceX');
    const labels = scene.marks.filter((m): m is MarkOf<'text'> => m.type === 'text' && (m.key.includes('spacex')) && m.text.includes(REPORTED));
    expect(labels.length).toBe(1);
    expect(textOf(scene, 'value-val-spacex')).toBe(sizeName === 'narrow' ? '1.5' : `1.5 · ${REPORTED}`);
    expect(scene.title).toBe('At its reported valuation, SpaceX would match Tesla as valued on 15 Jan 2026');
  });
});

describe('data(state): the rows each state draws', () => {
  const row = (entity: string, measure: string, value: number, asOf: string, note: string | null, source: string) => ({ entity, measure, value_usd_bn: value, as_of: asOf, note, source });
  const TABLE = 'TradeVAE deal-size table';
  const FT = 'Financial Times via Reuters (CNA), not verified by Reuters';
  const aramco = [
    row('Saudi Aramco (Dec 2019)', 'Money raised', 29, '2019-12', "Reuters' wording; usually includes the over-allotment", 'Reuters (via CNA)'),
    row('Saudi Aramco (Dec 2019)', 'Money raised', 25.6, '2019-12-05', 'base deal in a largest-IPOs table', TABLE),
  ];
  const others = [
    row('Alibaba (Sep 2014)', 'Money raised', 21.8, '2014-09-18', null, TABLE),
    row('SoftBank Corp (Dec 2018)', 'Money raised', 21.3, '2018-12-10', null, TABLE),
    row('Visa (Mar 2008)', 'Money raised', 17.9, '2008-03-18', null, TABLE),
    row('Meta/Facebook (May 2012)', 'Money raised', 16, '2012-05-17', null, TABLE),
  ];
  const sxRaised = row('SpaceX (reported IPO plan)', 'Money raised', 50, '2026-01-28', `${REPORTED}; upper bound ("as much as")`, FT);
  const sxValuation = row('SpaceX (reported IPO plan)', 'Valuation', 1500, '2026-01-28', `${REPORTED}; approximate`, FT);

  test('records and ipos', () => {
    expect(chart.data('records').rows).toEqual([...aramco, ...others]);
    expect(chart.data('ipos').rows).toEqual([sxRaised, ...aramco, ...others]);
  });

  test('valuation', () => {
    expect(chart.data('valuation').rows).toEqual([
      sxValuation,
      sxRaised,
      row('Saudi Aramco (Dec 2019)', 'Valuation at listing', 1700, '2019-12', 'approximate; a Forbes-based text gives a higher figure, commonly the market value after the first days of trading', 'NewsDefused (FT-based)'),
      ...aramco,
    ]);
  });

  test('companies: the ten of 15 January 2026 and SpaceX', () => {
    const { rows } = chart.data('companies');
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => r['entity'])).toEqual([
      'Nvidia', 'Alphabet', 'Apple', 'Microsoft', 'Amazon', 'Taiwan Semiconductor Manufacturing', 'Broadcom', 'Saudi Aramco', 'Meta Platforms', 'Tesla', 'SpaceX (reported IPO plan)',
    ]);
    expect(rows.slice(0, 10).every((r) => r['as_of'] === '2026-01-15' && r['source'] === 'MarketWise' && r['measure'] === 'Market value')).toBe(true);
    expect(rows.at(-1)).toEqual(sxValuation);
  });

  test('every drawn value is a row of the file', () => {
    const inFile = new Set(scaleReferencePoints.map((r) => `${r.entity}|${r.value}|${r.as_of}`));
    for (const state of scale.states) {
      for (const r of chart.data(state).rows) {
        expect(inFile.has(`${r['entity']}|${r['value_usd_bn']}|${r['as_of']}`), JSON.stringify(r)).toBe(true);
      }
    }
  });
});

describe('every state in every size class', () => {
  const altFacts: Record<ScaleState, string[]> = {
    records: ['USD 29 bn', 'Reuters', 'over-allotment', 'USD 25.6 bn', 'base deal', 'December 2019', 'Alibaba (Sep 2014) 21.8 bn', 'Meta/Facebook (May 2012) 16 bn'],
    ipos: [REPORTED, 'up to USD 50 bn', '1.7 times', 'USD 29 bn', 'USD 25.6 bn', 'dashed outline'],
    valuation: [REPORTED, 'USD 1.5 tn', 'USD 50 bn', '3.3%', 'USD 1.7 tn', 'USD 25.6 bn to USD 29 bn', '1.5–1.7%'],
    companies: ['15 January 2026', 'Nvidia 4.6', 'Tesla 1.5', 'rounded to 0.1', REPORTED, 'dashed outline', 'level with Tesla'],
  };
  test.each(stateSizeCases(scale.states))('$state / $name: the alt text gives the figures; the subtitle gives the unit', ({ state, size }) => {
    const scene = chart.scene(state, size);
    expect(scene.subtitle).toMatch(/USD (bn|tn)\b/);
    for (const fact of altFacts[state]) expect(scene.alt).toContain(fact);
  });

  test('exact alt text', () => {
    const alts = Object.fromEntries(scale.states.map((s) => [s, chart.scene(s, sizeClasses.wide).alt]));
    const aramco =
      "Saudi Aramco's December 2019 listing raised USD 29 bn as Reuters reports it, usually including the over-allotment, or USD 25.6 bn for the base deal in a deal-size table; the chart shows both. Then come Alibaba (Sep 2014) 21.8 bn, SoftBank Corp (Dec 2018) 21.3 bn, Visa (Mar 2008) 17.9 bn, Meta/Facebook (May 2012) 16 bn.";
    expect(alts).toEqual({
      records: `Bar chart of the largest IPOs by money raised. ${aramco}`,
      ipos: `Bar chart of money raised in IPOs. On top, drawn as a dashed outline, SpaceX's reported plan, unconfirmed: up to USD 50 bn, about 1.7 times Aramco's USD 29 bn. ${aramco}`,
      valuation:
        "Bar chart of two valuations at listing. SpaceX's reported plan, unconfirmed, drawn as a dashed outline: a valuation of about USD 1.5 tn, raising up to USD 50 bn, 3.3% of it. Saudi Aramco in December 2019: about USD 1.7 tn at listing, raising USD 25.6 bn to USD 29 bn, 1.5–1.7% of it.",
      companies:
        "Bar chart of the 10 largest listed companies by market value on 15 January 2026, in USD tn rounded to 0.1: Nvidia 4.6, Alphabet 4.0, Apple 3.8, Microsoft 3.4, Amazon 2.6, Taiwan Semiconductor Manufacturing 1.8, Broadcom 1.6, Saudi Aramco 1.6, Meta Platforms 1.6, Tesla 1.5. SpaceX's reported valuation of 1.5 (reported plan, unconfirmed) is drawn as a dashed outline level with Tesla.",
    });
  });

  test('SpaceX and Aramco marks keep their keys, so they move between states', () => {
    const seen = new Map<string, ScaleState[]>();
    for (const s of scale.states) {
      for (const m of chart.scene(s, sizeClasses.wide).marks) seen.set(m.key, [...(seen.get(m.key) ?? []), s]);
    }
    expect(seen.get(keys.spacexProceeds)).toEqual(['ipos', 'valuation']);
    expect(seen.get(keys.spacexValuation)).toEqual(['valuation', 'companies']);
    expect(seen.get(keys.aramcoBase)).toEqual(['records', 'ipos', 'valuation']);
  });
});

describe('scaleData', () => {
  test('cuts the rows the chapter needs', () => {
    const d = scaleData();
    expect(rowKey(d.spacex.proceeds)).toBe('SpaceX (reported IPO plan)|proceeds_usd_bn|2026-01-28');
    expect([d.aramco.proceedsReuters.value, d.aramco.proceedsBase.value, d.aramco.valuation.value]).toEqual([29, 25.6, 1700]);
    expect(d.otherIpos.map((r) => r.value)).toEqual([21.8, 21.3, 17.9, 16]);
    expect(d.companies).toHaveLength(10);
    expect(d.companies.map((r) => r.entity).slice(6, 9)).toEqual(['Broadcom', 'Saudi Aramco', 'Meta Platforms']);
    expect(sourceName(d.aramco.valuation)).toBe('NewsDefused (FT-based)');
  });

  test('a missing or doubled row fails with the file named', () => {
    const rows = scaleReferencePoints;
    expect(() => scaleData(rows.filter((r) => r.metric !== 'valuation_at_listing_usd_bn'))).toThrow(
      "content/data/scale_reference_points.csv: expected one row for Saudi Aramco's valuation at listing, found 0",
    );
    expect(() => scaleData([...rows, rows[0]!])).toThrow("content/data/scale_reference_points.csv: expected one row for SpaceX's reported valuation_usd_bn, found 2");
    expect(() => scaleData(rows.filter((r) => !r.note.includes('base deal')))).toThrow(
      `content/data/scale_reference_points.csv: expected one row for Saudi Aramco's IPO proceeds whose note says "base deal", found 0`,
    );
    expect(() => scaleData(rows.filter((r) => r.category !== 'market_cap'))).toThrow('content/data/scale_reference_points.csv: no market values as of 2026-01-15');
  });
});
