/** Structured data (schema.org JSON-LD) for the article page and each chapter page: NewsArticle, its chapters and charts, corrections. */
import type { CorrectionComment, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import type { SiteIdentity, Party } from '../identity';
import type { Correction } from '../notes/corrections';
import { chartImageObject, type Absolute } from './chart-dataset';

/** What a page's structured data needs to know about a chapter. */
export interface ChapterFacts {
  slug: string;
  order: number;
  title: string;
  summary: string;
  /** Its charts, each with the states it shows in order (the first is the image named). */
  charts: { chart: string; states: string[] }[];
}

export interface PageFacts {
  identity: SiteIdentity;
  corrections: readonly Correction[];
  abs: Absolute;
  /** Absolute URL of the page's share card. */
  image?: string;
}

/** The anchor of the corrections log on the article page. */
export const CORRECTIONS_ANCHOR = 'notes-corrections';

const party = (p: Party, abs: Absolute): Organization | Person => ({ '@type': p.type, name: p.name, url: p.url ?? abs('') });

/** The later of the publication date and the newest correction in `corrections`. */
export const dateModified = (published: string, corrections: readonly Correction[]): string =>
  [published, ...corrections.map((c) => c.date)].sort().at(-1)!;

function correctionComments(corrections: readonly Correction[], abs: Absolute): CorrectionComment[] {
  return corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date, url: `${abs('')}#${CORRECTIONS_ANCHOR}` }));
}

/** The fields every page's NewsArticle shares: dates, people, language, corrections. */
function common(facts: PageFacts, corrections: readonly Correction[]) {
  const { identity, abs } = facts;
  return {
    datePublished: identity.datePublished,
    dateModified: dateModified(identity.datePublished, corrections),
    author: party(identity.author, abs),
    publisher: party(identity.publisher, abs),
    inLanguage: identity.language,
    isAccessibleForFree: true,
    ...(facts.image ? { image: facts.image } : {}),
    ...(corrections.length ? { correction: correctionComments(corrections, abs) } : {}),
  };
}

const chartsOf = (chapter: ChapterFacts, abs: Absolute) => chapter.charts.map((c) => chartImageObject(c.chart, c.states, abs));

/** The article page: the whole story, its chapters as parts (each with its charts), every correction. */
export function articleJsonLd(chapters: readonly ChapterFacts[], facts: PageFacts): WithContext<NewsArticle> {
  const { identity, abs } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': abs(''),
    url: abs(''),
    mainEntityOfPage: abs(''),
    headline: identity.headline,
    description: identity.description,
    ...common(facts, facts.corrections),
    hasPart: chapters.map(
      (c): NewsArticle => ({
        '@type': 'NewsArticle',
        '@id': abs(`${c.slug}/`),
        url: abs(`${c.slug}/`),
        headline: c.title,
        description: c.summary,
        position: c.order,
        hasPart: chartsOf(c, abs),
      }),
    ),
  };
}

/** A chapter's own page: the chapter, part of the article, with its charts and its corrections. */
export function chapterJsonLd(chapter: ChapterFacts, facts: PageFacts): WithContext<NewsArticle> {
  const { identity, abs } = facts;
  const url = abs(`${chapter.slug}/`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: chapter.title,
    description: chapter.summary,
    position: chapter.order,
    ...common(facts, facts.corrections.filter((c) => c.chapter === chapter.slug)),
    isPartOf: { '@type': 'NewsArticle', '@id': abs(''), url: abs(''), headline: identity.headline },
    hasPart: chartsOf(chapter, abs),
  };
}

/** JSON for a `<script type="application/ld+json">`: no `<` survives, so no text in it can close the element. */
export const jsonLdText = (data: object): string => JSON.stringify(data).replace(/</g, '\\u003c');
