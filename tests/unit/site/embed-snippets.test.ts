// Covers src/site/embed-snippets.ts: each snippet points at the embed, escapes what it quotes, and uses the attributes its host script reads.
import { expect, test } from 'vitest';
import { EMBED_START_HEIGHT, framesSnippet, iframeSnippet, pymSnippet } from '../../../src/site/embed-snippets';

const t = { slug: 'the-climb', title: 'The "climb" & <more>', embedUrl: 'https://g.example.org/news/embed/the-climb/', pageUrl: 'https://g.example.org/news/the-climb/' };

test('the iframe snippet: embed URL, escaped title, full width, start height', () => {
  expect(iframeSnippet(t)).toBe(
    `<iframe src="https://g.example.org/news/embed/the-climb/" title="The &quot;climb&quot; &amp; &lt;more&gt;" width="100%" height="${EMBED_START_HEIGHT}" style="border:0;width:100%;min-width:300px" loading="lazy"></iframe>`,
  );
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
