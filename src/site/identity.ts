/**
 * Who publishes the site and when: name, headline, description, publisher, author and publication date, for page
 * titles and structured data. A publisher sets its own at build time (README, "Data and licences"):
 * SITE_PUBLISHER (name), SITE_PUBLISHER_URL, SITE_AUTHOR (a person's name; default: the publisher) and
 * SITE_PUBLISHED (YYYY-MM-DD).
 */
import { asOf } from './licences/data-package';
import { licences } from './licences/manifest';

export interface Party {
  type: 'Organization' | 'Person';
  name: string;
  /** Absolute address; absent means the site itself. */
  url?: string;
}

export interface SiteIdentity {
  name: string;
  headline: string;
  description: string;
  language: string;
  publisher: Party;
  author: Party;
  /** YYYY-MM-DD. */
  datePublished: string;
}

/** The newest date in any data set: the earliest day the story, as built, could be published. */
export const newestDataDate = (): string =>
  licences
    .map((d) => asOf(d.file))
    .filter((d): d is string => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1)!;

/** The identity from the environment (`env`, default process.env), with the defaults the README lists. */
export function siteIdentity(env: Record<string, string | undefined> = process.env): SiteIdentity {
  const published = env['SITE_PUBLISHED'] || newestDataDate();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))
    throw new Error(`SITE_PUBLISHED: found ${JSON.stringify(published)}, expected a date written YYYY-MM-DD`);
  const publisherUrl = env['SITE_PUBLISHER_URL'];
  if (publisherUrl && !/^https?:\/\/\S+$/.test(publisherUrl)) throw new Error(`SITE_PUBLISHER_URL: found ${JSON.stringify(publisherUrl)}, expected an http(s) address`);
  const publisher: Party = { type: 'Organization', name: env['SITE_PUBLISHER'] || 'Seven Thousand', ...(publisherUrl ? { url: publisherUrl } : {}) };
  return {
    name: 'Seven Thousand',
    headline: 'Seven Thousand: the day the S&P 500 crossed 7,000',
    description: 'How the S&P 500 reached 7,000 on 28 January 2026, and what else moved markets that day.',
    language: 'en',
    publisher,
    author: env['SITE_AUTHOR'] ? { type: 'Person', name: env['SITE_AUTHOR'] } : publisher,
    datePublished: published,
  };
}
