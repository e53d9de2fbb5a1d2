// Covers src/site/structured-data/: the article's and a chapter's NewsArticle (parts, charts based on Datasets, corrections as CorrectionComment), validated against the schema.org vocabulary; the vocabulary check itself catches unknown types and properties.
import { describe, expect, test } from 'vitest';
import { siteIdentity } from '../../../../src/site/identity';
import { chartDataset, temporalCoverage } from '../../../../src/site/structured-data/chart-dataset';
import { articleJsonLd, chapterJsonLd, dateModified, jsonLdText, type ChapterFacts } from '../../../../src/site/structured-data/news-article';
import { validateJsonLd } from './schema-org';

const abs = (p: string) => `https://example.org/news/${p}`;
const chapters: ChapterFacts[] = [
  { slug: 'the-climb', order: 1, title: 'The climb to 7,000', summary: 'S', charts: [{ chart: 'climb', states: ['long-view', 'jan28'] }] },
  { slug: 'the-fed-holds', order: 4, title: 'The Fed holds', summary: 'F', charts: [{ chart: 'fed', states: ['hold'] }] },
];
const corrections = [
  { date: '2026-09-02', chapter: 'the-climb', text: 'Corrected a date.' },
  { date: '2026-09-05', chapter: 'the-fed-holds', text: 'Corrected a rate.' },
];
const facts = { identity: siteIdentity({ SITE_PUBLISHED: '2026-09-01' }), corrections, abs, image: abs('share/the-climb.png') };

describe('the article page', () => {
  const doc = articleJsonLd(chapters, facts) as unknown as Record<string, any>;
  test('is a NewsArticle with headline, dates, author and publisher, the chapters as parts', () => {
    expect(doc['@type']).toBe('NewsArticle');
    expect(doc.headline).toBe('Seven Thousand: the day the S&P 500 crossed 7,000');
    expect(doc.datePublished).toBe('2026-09-01');
    expect(doc.dateModified).toBe('2026-09-05');
    expect(doc.publisher).toEqual({ '@type': 'Organization', name: 'Seven Thousand', url: abs('') });
    expect(doc.hasPart.map((p: any) => p.url)).toEqual([abs('the-climb/'), abs('the-fed-holds/')]);
  });
  test('one CorrectionComment per correction in the log', () => {
    expect(doc.correction).toEqual(corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date, url: `${abs('')}#notes-corrections` })));
  });
  test('each chart is an image based on a Dataset: creators, licences, coverage, CSVs only where allowed', () => {
    const [climb] = doc.hasPart[0].hasPart;
    expect(climb['@type']).toBe('ImageObject');
    const d = climb.isBasedOn;
    expect(d.creator).toEqual([{ '@type': 'Person', name: 'Robert Shiller' }, { '@type': 'Organization', name: 'S&P Dow Jones Indices LLC' }]);
    expect(d.license).toContain('https://fred.stlouisfed.org/series/SP500');
    expect(d.temporalCoverage).toBe('1871-01/2026-04-15');
    expect(d.distribution.map((x: any) => x.contentUrl)).toEqual([abs('data/climb-milestones.csv'), abs('data/climb-jan28.csv')]);
    const fed = doc.hasPart[1].hasPart[0].isBasedOn;
    expect(fed.distribution).toHaveLength(4);
  });
  test('valid against the schema.org vocabulary', async () => {
    expect(await validateJsonLd(doc)).toEqual([]);
  });
});

describe('a chapter page', () => {
  const doc = chapterJsonLd(chapters[1]!, facts) as unknown as Record<string, any>;
  test('is part of the article and carries only its own corrections', () => {
    expect(doc.isPartOf['@id']).toBe(abs(''));
    expect(doc.correction.map((c: any) => c.text)).toEqual(['Corrected a rate.']);
    expect(doc.dateModified).toBe('2026-09-05');
  });
  test('without corrections, no correction and the publication date as modified', () => {
    const plain = chapterJsonLd(chapters[1]!, { ...facts, corrections: [] }) as unknown as Record<string, any>;
    expect(plain.correction).toBeUndefined();
    expect(plain.dateModified).toBe('2026-09-01');
  });
  test('valid against the schema.org vocabulary', async () => {
    expect(await validateJsonLd(doc)).toEqual([]);
  });
});

test('a chart drawing only restricted series lists no distribution', () => {
  expect(chartDataset('indices', abs).distribution).toBeUndefined();
  expect(temporalCoverage('indices')).toBe('2025-01-28/2026-01-28');
});

test('dateModified is the newest of publication and corrections', () => {
  expect(dateModified('2026-09-01', [])).toBe('2026-09-01');
  expect(dateModified('2026-09-01', [{ date: '2026-10-01', chapter: 'x', text: 't' }])).toBe('2026-10-01');
});

test('the JSON text cannot close its script element', () => {
  expect(jsonLdText({ a: '</script><script>alert(1)</script>' })).not.toContain('<');
});

test('the vocabulary check fails an unknown type and a property the type does not have', async () => {
  const issues = await validateJsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', temporalCoverage: 'x', lisence: 'x', hasPart: [{ '@type': 'Datasett' }] });
  expect(issues.map((i) => i.issueMessage)).toEqual(['Property "lisence" for type "NewsArticle" is not supported by the schema.org specification', 'Type "Datasett" is not a valid schema.org type']);
});
