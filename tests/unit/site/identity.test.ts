// Covers src/site/identity.ts: defaults (publisher "Seven Thousand", published on the newest data date), settings from the environment, and clear errors for a bad date or address.
import { expect, test } from 'vitest';
import { newestDataDate, siteIdentity } from '../../../src/site/identity';

test('defaults: the site publishes itself, on the newest day its data covers', () => {
  const id = siteIdentity({});
  expect(newestDataDate()).toBe('2026-08-21');
  expect(id.datePublished).toBe('2026-08-21');
  expect(id.publisher).toEqual({ type: 'Organization', name: 'Seven Thousand' });
  expect(id.author).toEqual(id.publisher);
});

test('a publisher sets name, address, author and date', () => {
  const id = siteIdentity({ SITE_PUBLISHER: 'Example News', SITE_PUBLISHER_URL: 'https://news.example.org/', SITE_AUTHOR: 'A. Writer', SITE_PUBLISHED: '2026-09-01' });
  expect(id.publisher).toEqual({ type: 'Organization', name: 'Example News', url: 'https://news.example.org/' });
  expect(id.author).toEqual({ type: 'Person', name: 'A. Writer' });
  expect(id.datePublished).toBe('2026-09-01');
});

test('a bad date or address fails naming the setting', () => {
  expect(() => siteIdentity({ SITE_PUBLISHED: '1 September 2026' })).toThrow('SITE_PUBLISHED: found "1 September 2026", expected a date written YYYY-MM-DD');
  expect(() => siteIdentity({ SITE_PUBLISHER_URL: 'news.example.org' })).toThrow('SITE_PUBLISHER_URL: found "news.example.org", expected an http(s) address');
});
