/** Numbers chapter 5 quotes, each drawn from the scale reference points at build time. */
import { MARKET_VALUES_AS_OF, STORY_DAY } from '../story-dates';
import { formatDate, formatNumber, isoDay } from '../format';
import { formatShare, formatTrillions, rowKey, SCALE_FILE, scaleData } from '../scale';
import { scaleReferencePoints, type ScaleReferencePoint } from '../../data/scale-reference-points';
import type { QuotedNumber } from './quoted-number';

const TO_TN = 'computed: value / 1000 (USD bn to USD tn)';

/** A value as the file gives it, in USD bn. */
const billions = (r: ScaleReferencePoint): QuotedNumber => ({ text: formatNumber(r.value), value: r.value, source: { file: SCALE_FILE, row: rowKey(r), column: 'value' } });

/** A USD bn value in USD tn; `digits` as the source rounds it (one decimal), or as many as it has. */
const trillions = (r: ScaleReferencePoint, digits?: number): QuotedNumber => ({
  text: digits === undefined ? formatNumber(r.value / 1000) : formatTrillions(r.value),
  value: r.value / 1000,
  source: { file: SCALE_FILE, row: rowKey(r), column: TO_TN },
});

/** An as_of cell: a day ("15 January 2026") or a month ("December 2019"), kept as written for <time datetime>. */
const asOf = (r: ScaleReferencePoint): QuotedNumber => {
  const month = r.as_of.length === 7;
  return {
    text: formatDate(new Date(`${month ? `${r.as_of}-01` : r.as_of}T00:00:00Z`), month ? 'monthYear' : 'long'),
    value: r.as_of,
    source: { file: SCALE_FILE, row: rowKey(r), column: 'as_of' },
    isDate: true,
  };
};

/** Money raised as a share of a valuation. */
const share = (part: ScaleReferencePoint, whole: ScaleReferencePoint): QuotedNumber => ({
  text: formatShare(part.value, whole.value),
  value: Math.round((part.value / whole.value) * 1000) / 10,
  source: { file: SCALE_FILE, row: `${rowKey(part)} / ${rowKey(whole)}`, column: 'computed: value / value, as a percentage' },
});

export function aTrillionDollarRumourNumbers(): Record<string, QuotedNumber> {
  const d = scaleData();
  const { spacex, aramco } = d;
  const company = (name: string, date = MARKET_VALUES_AS_OF) => {
    const row = scaleReferencePoints.find((r) => r.category === 'market_cap' && r.entity === name && r.as_of === date);
    if (!row) throw new Error(`numbers: no market value for ${name} on ${date} in ${SCALE_FILE}`);
    return row;
  };
  const alibaba = d.otherIpos.find((r) => r.entity.startsWith('Alibaba'));
  if (!alibaba) throw new Error(`numbers: no Alibaba IPO in ${SCALE_FILE}`);
  return {
    'scale-report-date': asOf(spacex.proceeds),
    'scale-spacex-proceeds': billions(spacex.proceeds),
    'scale-spacex-valuation': trillions(spacex.valuation, 1),
    'scale-spacex-share': share(spacex.proceeds, spacex.valuation),
    'scale-spacex-vs-aramco': {
      text: formatNumber(spacex.proceeds.value / aramco.proceedsReuters.value, 1),
      value: Math.round((spacex.proceeds.value / aramco.proceedsReuters.value) * 10) / 10,
      source: { file: SCALE_FILE, row: `${rowKey(spacex.proceeds)} / ${rowKey(aramco.proceedsReuters)}`, column: 'computed: value / value' },
    },
    'scale-aramco-listing': asOf(aramco.proceedsReuters),
    'scale-aramco-proceeds-reuters': billions(aramco.proceedsReuters),
    'scale-aramco-proceeds-base': billions(aramco.proceedsBase),
    'scale-aramco-valuation': trillions(aramco.valuation, 1),
    'scale-aramco-share-base': share(aramco.proceedsBase, aramco.valuation),
    'scale-aramco-share-reuters': share(aramco.proceedsReuters, aramco.valuation),
    'scale-alibaba-proceeds': billions(alibaba),
    'scale-companies-date': asOf(d.companies[0]!),
    'scale-company-count': {
      text: formatNumber(d.companies.length),
      value: d.companies.length,
      source: { file: SCALE_FILE, row: `market_cap rows as of ${MARKET_VALUES_AS_OF}`, column: 'computed: count of rows' },
    },
    'scale-nvidia-value': trillions(company('Nvidia'), 1),
    'scale-tesla-value': trillions(company('Tesla'), 1),
    'scale-aramco-market-value': trillions(company('Saudi Aramco'), 1),
    'scale-nvidia-intraday': trillions(company('Nvidia', isoDay(STORY_DAY))),
  };
}
