/**
 * oEmbed: each chapter page names its oEmbed JSON in a discovery link; the JSON is valid oEmbed 1.0 of type
 * "rich", its thumbnail is the 1200x630 share card, and its HTML, pasted into a page of another origin that
 * runs @newswire/frames' observeIframe, shows the chapter exactly as tall as its content.
 */
import { expect, test } from '@playwright/test';
import { ORIGIN } from './helpers/servers';
import { hostPage, startHostServer, type HostServer } from './helpers/host-page';
import { chapterSlugs, waitForFigures } from './helpers/site';

let host: HostServer;
test.beforeAll(async ({}, info) => {
  host = await startHostServer(info.parallelIndex);
});
test.afterAll(async () => host?.close());

/** The build names SITE_ORIGIN in absolute URLs; the tests serve it here. */
const local = (u: string) => {
  const url = new URL(u);
  return `${ORIGIN}${url.pathname}${url.search}${url.hash}`;
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (b: Buffer) => ({ png: b.subarray(1, 4).toString() === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

test('each chapter has a discoverable, valid oEmbed 1.0 JSON whose snippet embeds the chapter', async ({ browser, request }) => {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/`);
  const slugs = await chapterSlugs(page);
  test.setTimeout(15_000 * slugs.length);
  for (const slug of slugs) {
    await page.goto(`${ORIGIN}/${slug}/`);
    const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(link, `${slug}: one oEmbed discovery link`).toHaveCount(1);
    const href = (await link.getAttribute('href'))!;
    expect(href, 'absolute URL').toMatch(/^https?:\/\//);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    expect(new URL(href).origin, 'on the canonical origin').toBe(new URL(canonical).origin);

    const res = await request.get(local(href));
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^application\/json/);
    const o = (await res.json()) as Record<string, unknown>;
    // oEmbed 1.0, section 2.3.4: version, type; for "rich": html, width, height; thumbnails come as a triple.
    expect(o['version']).toBe('1.0');
    expect(o['type']).toBe('rich');
    for (const k of ['width', 'height', 'thumbnail_width', 'thumbnail_height', 'cache_age']) {
      expect(Number.isInteger(o[k]) && (o[k] as number) > 0, `${k} is a positive integer`).toBe(true);
    }
    for (const k of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url']) expect(typeof o[k] === 'string' && o[k] !== '', `${k} is a string`).toBe(true);
    expect(o['title']).toBe(await page.locator('h1').textContent());
    const html = o['html'] as string;
    const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
    expect(src, 'html is an iframe').toBeTruthy();
    expect(new URL(src!).pathname).toBe(`/embed/${slug}/`);
    expect(html, 'nothing but the iframe').toMatch(/^<iframe [^<]*><\/iframe>$/);

    const thumb = await request.get(local(o['thumbnail_url'] as string));
    expect(thumb.headers()['content-type']).toBe('image/png');
    const size = pngSize(await thumb.body());
    expect(size).toEqual({ png: true, width: o['thumbnail_width'], height: o['thumbnail_height'] });
    expect(size).toMatchObject({ width: 1200, height: 630 });

    // The snippet as given, pointed at the test server, on another origin with @newswire/frames watching it.
    const host_ = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    host_.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const snippet = html.replace(src!, local(src!));
    await host_.goto(
      host.page(`/oembed/${slug}/`, hostPage(snippet, [{ src: '/vendor/frames.umd.js' }, { code: "document.querySelectorAll('#embed-slot iframe').forEach(newswireFrames.observeIframe);" }])),
    );
    const iframe = await host_.waitForSelector('#embed-slot iframe');
    const frame = (await iframe.contentFrame())!;
    await frame.waitForLoadState('load');
    await iframe.scrollIntoViewIfNeeded();
    await waitForFigures(frame);
    await expect
      .poll(async () => {
        const outer = await host_.$eval('#embed-slot iframe', (el) => el.getBoundingClientRect().height);
        const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      }, { message: `${slug}: the oEmbed iframe is sized to its content` })
      .toBeLessThanOrEqual(2);
    expect(errors, errors.join('\n')).toEqual([]);
    await host_.close();
  }
  await page.close();
});
