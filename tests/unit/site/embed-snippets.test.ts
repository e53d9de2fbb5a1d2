// Covers src/site/embed-snippets.ts: each snippet points at the embed, escapes what it quotes, uses the attributes its host reads, and starts at the fitted layout's height.
import { expect, test } from 'vitest';
import { EMBED_START_HEIGHT, EMBED_WIDTH, fitStartHeight, framesSnippet, iframeSnippet, pymSnippet } from '../../../src/site/embed-snippets';

const t = { slug: 'the-climb', title: 'The "climb" & <more>', embedUrl: 'https://g.example.org/news/embed/the-climb/', pageUrl: 'https://g.example.org/news/the-climb/' };

test('the iframe snippet: embed URL, escaped title, full width, start height, lazy, borderless even after WordPress strips its style', () => {
  expect(iframeSnippet(t)).toBe(
    `<iframe src="https://g.example.org/news/embed/the-climb/" title="The &quot;climb&quot; &amp; &lt;more&gt;" width="100%" height="${EMBED_START_HEIGHT}" frameborder="0" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`,
  );
});

test("the start height is the fitted layout's at the stated width: the chart at its shape, the layout around it, seven lines of text", () => {
  expect(EMBED_START_HEIGHT).toBe(fitStartHeight(EMBED_WIDTH));
  // 640 px: a 616 px column, a 720:480 chart (410.7 px), 360 px of layout and 184 px of text.
  expect(fitStartHeight(640)).toBe(955);
  // Narrower than 560 px of column: the 360:440 chart.
  expect(fitStartHeight(320)).toBe(Math.ceil((296 * 440) / 360 + 360 + 184));
  // Never above WordPress's 1,000 px, and the column stops at 48rem.
  expect(fitStartHeight(1280)).toBe(1000);
});

test('the @newswire/frames snippet uses data-frame-src and passes the title to the iframe', () => {
  expect(framesSnippet(t)).toBe('<div data-frame-src="https://g.example.org/news/embed/the-climb/" data-frame-attribute-title="The &quot;climb&quot; &amp; &lt;more&gt;"></div>');
});

test('the pym.js snippet has an id, tracks scroll, and links to the chapter until pym loads', () => {
  const s = pymSnippet(t);
  expect(s).toContain('id="seven-thousand-the-climb"');
  expect(s).toContain('data-pym-src="https://g.example.org/news/embed/the-climb/"');
  expect(s).toContain('data-pym-trackscroll="true"');
  expect(s).toContain('<a href="https://g.example.org/news/the-climb/">The &quot;climb&quot; &amp; &lt;more&gt;</a>');
});
