// Covers src/site/site-origin.ts: a build without SITE_ORIGIN warns loudly, refuses in CI unless a local origin is asked for, and a malformed origin fails.
import { expect, test } from 'vitest';
import { checkSiteOrigin, LOCAL_ORIGIN } from '../../../src/site/site-origin';

test('an origin given is fine, local or not', () => {
  expect(checkSiteOrigin({ SITE_ORIGIN: 'https://graphics.example.org' }).level).toBe('ok');
  expect(checkSiteOrigin({ SITE_ORIGIN: 'https://graphics.example.org/', CI: 'true' }).level).toBe('ok');
  expect(checkSiteOrigin({ SITE_ORIGIN: LOCAL_ORIGIN, CI: 'true' }).level).toBe('ok');
});

test('none given: a loud warning that every absolute URL names the local origin', () => {
  const r = checkSiteOrigin({});
  expect(r.level).toBe('warn');
  expect(r.message).toContain(`canonical links, share images, oEmbed URLs and the sitemap will all point at ${LOCAL_ORIGIN}`);
  expect(checkSiteOrigin({ SITE_ORIGIN: '  ', CI: 'false' }).level).toBe('warn');
});

test('none given in CI: refused, unless a local build is asked for with SITE_LOCAL', () => {
  for (const CI of ['true', '1']) {
    const r = checkSiteOrigin({ CI });
    expect(r.level).toBe('error');
    expect(r.message).toContain(`Refusing to build in CI without it. For a local build on purpose, set SITE_ORIGIN=${LOCAL_ORIGIN} or SITE_LOCAL=1.`);
  }
  expect(checkSiteOrigin({ CI: 'true', SITE_LOCAL: '1' }).level).toBe('ok');
  expect(checkSiteOrigin({ CI: 'true', SITE_LOCAL: '0' }).level).toBe('error');
});

test('a malformed origin fails with what was found and what was expected', () => {
  expect(checkSiteOrigin({ SITE_ORIGIN: 'graphics.example.org' })).toEqual({ level: 'error', message: 'SITE_ORIGIN: found "graphics.example.org", expected an origin such as https://graphics.example.org' });
  expect(checkSiteOrigin({ SITE_ORIGIN: 'https://g.example.org/news/' }).message).toMatch(/no path \(a sub-folder goes in SITE_BASE\)/);
  expect(checkSiteOrigin({ SITE_ORIGIN: 'ftp://g.example.org' }).level).toBe('error');
});
