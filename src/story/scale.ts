/** The rows the scale chart draws, cut from the scale reference points: SpaceX's reported plan, the largest IPOs, the largest companies. */
import { formatNumber } from './format';
import { MARKET_VALUES_AS_OF } from './story-dates';
import { scaleReferencePoints, type ScaleReferencePoint } from '../data/scale-reference-points';

export const SCALE_FILE = 'content/data/scale_reference_points.csv';

export interface ScaleData {
  /** SpaceX's reported IPO plan (FT via Reuters, unverified): valuation and the most it might raise. */
  spacex: { valuation: ScaleReferencePoint; proceeds: ScaleReferencePoint };
  /** Saudi Aramco's IPO: money raised as Reuters words it, the base deal in a deal-size table, and its valuation at listing. */
  aramco: { proceedsReuters: ScaleReferencePoint; proceedsBase: ScaleReferencePoint; valuation: ScaleReferencePoint };
  /** The other large IPOs by money raised, largest first. */
  otherIpos: ScaleReferencePoint[];
  /** The largest listed companies by market value on MARKET_VALUES_AS_OF, largest first (file order among ties). */
  companies: ScaleReferencePoint[];
}

/** How figures and tests name a row: the columns that identify it in the file. */
export const rowKey = (r: ScaleReferencePoint): string => `${r.entity}|${r.metric}|${r.as_of}`;

/** Entity without its parenthetical: "Saudi Aramco (Dec 2019)" -> "Saudi Aramco". */
export const shortName = (r: ScaleReferencePoint): string => r.entity.replace(/\s*\(.*\)$/, '');

/** USD bn as USD tn with one decimal, the precision of the market-value source: 1500 -> "1.5". */
export const formatTrillions = (bn: number): string => formatNumber(bn / 1000, 1);

/** A part as a share of a whole, one decimal: (50, 1500) -> "3.3%". */
export const formatShare = (part: number, whole: number): string => `${formatNumber(Math.round((part / whole) * 1000) / 10, 1)}%`;

/** Who published a row's figure, from its source address. */
export function sourceName(r: ScaleReferencePoint): string {
  if (r.category === 'spacex_ipo_reported_target') return 'Financial Times via Reuters (CNA), not verified by Reuters';
  const host = new URL(r.source).hostname.replace(/^www\./, '');
  const names: Record<string, string> = {
    'channelnewsasia.com': 'Reuters (via CNA)',
    'tradevae.com': 'TradeVAE deal-size table',
    'newsdefused.com': 'NewsDefused (FT-based)',
    'marketwise.com': 'MarketWise',
    'fintool.com': 'Fintool',
  };
  return names[host] ?? host;
}

function one(rows: ScaleReferencePoint[], test: (r: ScaleReferencePoint) => boolean, what: string): ScaleReferencePoint {
  const found = rows.filter(test);
  if (found.length !== 1) throw new Error(`${SCALE_FILE}: expected one row for ${what}, found ${found.length}`);
  return found[0]!;
}

/** Cuts the data set; throws naming the file if a row the chapter depends on is missing or ambiguous. */
export function scaleData(rows: ScaleReferencePoint[] = scaleReferencePoints): ScaleData {
  const spacex = (metric: ScaleReferencePoint['metric']) =>
    one(rows, (r) => r.category === 'spacex_ipo_reported_target' && r.metric === metric, `SpaceX's reported ${metric}`);
  const isAramcoIpo = (r: ScaleReferencePoint) => r.category === 'ipo' && r.entity.startsWith('Saudi Aramco');
  const aramcoProceeds = (word: string) =>
    one(rows, (r) => isAramcoIpo(r) && r.metric === 'proceeds_usd_bn' && r.note.includes(word), `Saudi Aramco's IPO proceeds whose note says "${word}"`);
  const byValue = (a: ScaleReferencePoint, b: ScaleReferencePoint) => b.value - a.value;
  const companies = rows.filter((r) => r.category === 'market_cap' && r.as_of === MARKET_VALUES_AS_OF).sort(byValue);
  if (!companies.length) throw new Error(`${SCALE_FILE}: no market values as of ${MARKET_VALUES_AS_OF}`);
  return {
    spacex: { valuation: spacex('valuation_usd_bn'), proceeds: spacex('proceeds_usd_bn') },
    aramco: {
      proceedsReuters: aramcoProceeds('Reuters'),
      proceedsBase: aramcoProceeds('base deal'),
      valuation: one(rows, (r) => isAramcoIpo(r) && r.metric === 'valuation_at_listing_usd_bn', "Saudi Aramco's valuation at listing"),
    },
    otherIpos: rows.filter((r) => r.category === 'ipo' && r.metric === 'proceeds_usd_bn' && !isAramcoIpo(r)).sort(byValue),
    companies,
  };
}
