/** Numbers chapter 3 quotes: the Fed's range on the story day and the market values of the largest companies, each from its data row. */
import { dayData } from '../day';
import { MARKET_VALUES_AS_OF } from '../story-dates';
import { formatDate, formatNumber, isoDay } from '../format';
import { scaleReferencePoints, type ScaleReferencePoint } from '../../data/scale-reference-points';
import type { QuotedNumber } from './quoted-number';

const FED = 'content/data/fed_funds_target_range.csv';
const SCALE = 'content/data/scale_reference_points.csv';

/** How figure sources name a row of the scale file: its unique key, entity / metric / as_of. */
export const scaleRowKey = (r: Pick<ScaleReferencePoint, 'entity' | 'metric' | 'as_of'>): string => `${r.entity}|${r.metric}|${r.as_of}`;

/** USD bn in the file, written in the house style for money as USD tn (an exact conversion, no rounding); one decimal at least, as the source rounds to 0.1 tn. */
const trillions = (bn: number): string => `USD\u00a0${formatNumber(bn / 1000, Number.isInteger(bn / 100) ? 1 : 2)}\u00a0tn`;
const slug = (entity: string) => entity.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const cap = (r: ScaleReferencePoint): QuotedNumber => ({
  text: trillions(r.value),
  value: r.value,
  source: { file: SCALE, row: scaleRowKey(r), column: 'value' },
});

export function afterTheBellNumbers(): Record<string, QuotedNumber> {
  const d = dayData();
  const fedRow = isoDay(d.fed.decision_date);
  const nvidiaOnDay = scaleReferencePoints.find((r) => r.entity === 'Nvidia' && r.metric === 'market_cap_usd_bn' && r.as_of === isoDay(d.day));
  if (!nvidiaOnDay) throw new Error(`numbers: no row for Nvidia market_cap_usd_bn on ${isoDay(d.day)} in ${SCALE}`);
  const combined = d.reporting.reduce((sum, r) => sum + r.value, 0);
  const figures: Record<string, QuotedNumber> = {
    'bell-fed-lower': { text: `${formatNumber(d.fed.lower, 2)}%`, value: d.fed.lower, source: { file: FED, row: fedRow, column: 'lower' } },
    'bell-fed-upper': { text: `${formatNumber(d.fed.upper, 2)}%`, value: d.fed.upper, source: { file: FED, row: fedRow, column: 'upper' } },
    'bell-caps-as-of': { text: formatDate(d.capsAsOf), value: MARKET_VALUES_AS_OF, source: { file: SCALE, row: scaleRowKey(d.caps[0]!), column: 'as_of' }, isDate: true },
    'bell-reporting-combined': {
      text: trillions(combined),
      value: combined,
      source: { file: SCALE, row: d.reporting.map(scaleRowKey).join(' + '), column: 'computed: sum of value (US$ bn, each rounded to 0.1 tn by the source)' },
    },
    'bell-nvidia-on-day': cap(nvidiaOnDay),
  };
  for (const r of d.caps) figures[`bell-cap-${slug(r.entity)}`] = cap(r);
  return figures;
}
