/** Scale references: the reported SpaceX IPO plan, the largest IPOs by money raised, the largest companies by market value. */
import raw from '../../content/data/scale_reference_points.csv?raw';
import { decimal, monthOrDate, oneOf, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const scaleReferencePointsSpec = defineCsv({
  file: 'content/data/scale_reference_points.csv',
  columns: {
    category: oneOf(['spacex_ipo_reported_target', 'ipo', 'market_cap'] as const),
    entity: text,
    metric: oneOf(['valuation_usd_bn', 'proceeds_usd_bn', 'valuation_at_listing_usd_bn', 'market_cap_usd_bn'] as const),
    value: decimal,
    as_of: monthOrDate,
    note: text,
    source: text,
  },
  unique: ['entity', 'metric', 'as_of'],
});

export const scaleReferencePoints = parseCsv(scaleReferencePointsSpec, raw);
export type ScaleReferencePoint = (typeof scaleReferencePoints)[number];
