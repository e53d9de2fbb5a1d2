/** Structured data for a chart: the chart as an ImageObject based on a Dataset (creators, licences, coverage, and its CSVs where allowed). */
import type { DataDownload, Dataset, ImageObject, Organization, Person } from 'schema-dts';
import { getChart } from '../../charts/registry';
import { CHART_IMAGES_DIR, chartImage } from '../chart-images';
import { chartFiles } from '../licences/chart-data-sets';
import { creditsOf } from '../licences/credit';
import { chartPackage, metadataPath, NOTES_DATA_PATH } from '../licences/data-package';
import { licenceOf } from '../licences/manifest';

/** Makes a path under the site's base absolute (canonical origin and base). */
export type Absolute = (path: string) => string;

/** The notes entry of a data set (its licence in words): the article page's `#data-<file>` anchor. */
export const notesAnchor = (file: string): string => `data-${file.replace(/\.csv$/, '').replace(/_/g, '-')}`;

/** The union of the chart's states' coverage as an ISO 8601 interval ("2024-11-11/2026-01-28"); undefined without dates. */
export function temporalCoverage(id: string): string | undefined {
  const spans = chartPackage(id).states.flatMap((s) => (s.coverage ? [s.coverage] : []));
  if (!spans.length) return undefined;
  return `${spans.map((s) => s.from).sort()[0]}/${spans.map((s) => s.to).sort().at(-1)}`;
}

/** The Dataset a chart draws on: what it holds, who made it, under which terms, and (where allowed) its CSVs. */
export function chartDataset(id: string, abs: Absolute): Dataset {
  const chart = getChart(id);
  const pkg = chartPackage(id);
  const files = chartFiles(id);
  const sets = files.map(licenceOf);
  const creators = [...new Map(sets.flatMap((d) => d.creator).map((c) => [`${c.type}:${c.name}`, c])).values()];
  const licences = [...new Set(sets.flatMap((d) => (d.terms.length ? d.terms.map((t) => t.url) : [`${abs('')}#${notesAnchor(d.file)}`])))];
  const downloads: DataDownload[] = pkg.states
    .filter((s) => s.csv !== null)
    .map((s) => ({ '@type': 'DataDownload', name: s.title, contentUrl: abs(s.csv!), encodingFormat: 'text/csv' }));
  const withheld = pkg.states.filter((s) => s.csv === null).length;
  const coverage = temporalCoverage(id);
  return {
    '@type': 'Dataset',
    '@id': abs(metadataPath(id)),
    name: `Data behind the chart “${chart.title}”`,
    description:
      `The rows the chart draws, state by state, from ${sets.map((d) => d.title).join('; ')}. ` +
      (withheld ? `${withheld} of its ${pkg.states.length} states ${withheld === 1 ? 'draws' : 'draw'} more rows than the owners allow to be passed on; those rows are not offered. ` : '') +
      'Owners, licences, units and coverage are in the linked description.',
    url: abs(metadataPath(id)),
    creator: creators.map((c): Organization | Person => ({ '@type': c.type, name: c.name })),
    license: licences.length === 1 ? licences[0]! : licences,
    creditText: creditsOf(files).join('; '),
    usageInfo: `${abs('')}${NOTES_DATA_PATH}`,
    isAccessibleForFree: true,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    ...(downloads.length ? { distribution: downloads } : {}),
  };
}

/** A chart as structured data: its image (the first state of `states`, wide) based on its Dataset. */
export function chartImageObject(id: string, states: readonly string[], abs: Absolute): ImageObject {
  const chart = getChart(id);
  const first = states[0] ?? chart.states[0]!;
  return {
    '@type': 'ImageObject',
    name: chart.title,
    contentUrl: abs(`${CHART_IMAGES_DIR}/${chartImage(id, first, 'wide').name}`),
    encodingFormat: 'image/svg+xml',
    creditText: chart.source,
    isBasedOn: chartDataset(id, abs),
  };
}
