// Covers src/client/embed/frame-messages.ts: the AMP, pym.js and wp-embed messages the embed sends, and which host messages it accepts.
import { describe, expect, test } from 'vitest';
import { embedSizeMessage, parseHostMessage, pymHeightMessage, validPymId, wpHeightMessage, wpLinkMessage, type HostContext } from '../../../../src/client/embed/frame-messages';

test('the AMP embed-size message is what @newswire/frames and amp-iframe read', () => {
  expect(embedSizeMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
});

test("pym.js messages are joined with xPYMx and name the host container's id", () => {
  expect(pymHeightMessage('seven-thousand-the-climb', 812)).toBe('pymxPYMxseven-thousand-the-climbxPYMxheightxPYMx812');
});

test('a pym child id must be a plain element id', () => {
  expect(validPymId('seven-thousand-the-climb')).toBe(true);
  for (const bad of [null, '', 'a b', 'axPYMxb', 'x'.repeat(201)]) expect(validPymId(bad)).toBe(false);
});

test("wp-embed's height message carries the secret and a whole height WordPress will not change (200 to 1,000 px)", () => {
  expect(wpHeightMessage(812.2, 'Ab3dE6gH9j')).toEqual({ message: 'height', value: 813, secret: 'Ab3dE6gH9j' });
  expect(wpHeightMessage(4700, 's').value).toBe(1000);
  expect(wpHeightMessage(120, 's').value).toBe(200);
  expect(wpLinkMessage('https://g.example.org/the-climb/', 's')).toEqual({ message: 'link', value: 'https://g.example.org/the-climb/', secret: 's' });
});

describe('host messages', () => {
  const pym: HostContext = { pymId: 'c1' };
  const host = 'https://host.example';
  test('frames-init from @newswire/frames', () => {
    expect(parseHostMessage({ sentinel: 'amp', type: 'frames-init' }, {}, host)).toEqual({ kind: 'frames-init' });
  });

  test("pym's width and viewport-iframe-position", () => {
    expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx640', pym, host)).toEqual({ kind: 'width', width: 640 });
    expect(parseHostMessage('pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 900 -120.5 16 1443 1264', pym, host)).toEqual({
      kind: 'position',
      position: { viewportWidth: 1280, viewportHeight: 900, top: -120.5, left: 16, bottom: 1443, right: 1264 },
    });
  });

  test('pym messages from the origin pym declared (parentUrl), and no other', () => {
    const declared: HostContext = { pymId: 'c1', pymOrigin: 'https://news.example' };
    expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx640', declared, 'https://news.example')).toEqual({ kind: 'width', width: 640 });
    expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx640', declared, 'https://evil.example')).toBeUndefined();
  });

  test("WordPress's ready, with the secret it gave this frame, and no other", () => {
    const wp: HostContext = { secret: 'Ab3dE6gH9j' };
    expect(parseHostMessage({ message: 'ready', secret: 'Ab3dE6gH9j' }, wp, host)).toEqual({ kind: 'wp-ready' });
    expect(parseHostMessage({ message: 'ready', secret: 'other12345' }, wp, host)).toBeUndefined();
    expect(parseHostMessage({ message: 'ready' }, wp, host)).toBeUndefined();
    expect(parseHostMessage({ message: 'ready', secret: 'Ab3dE6gH9j' }, {}, host)).toBeUndefined();
    expect(parseHostMessage({ message: 'height', value: 10, secret: 'Ab3dE6gH9j' }, wp, host)).toBeUndefined();
  });

  test.each([
    ['another child', 'pymxPYMxc2xPYMxwidthxPYMx640'],
    ['a width that is not a number', 'pymxPYMxc1xPYMxwidthxPYMx640px'],
    ['a negative width', 'pymxPYMxc1xPYMxwidthxPYMx-1'],
    ['five numbers', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 900 0 0 10'],
    ['a box upside down', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1280 900 100 0 10 10'],
    ['an empty viewport', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx0 900 0 0 10 10'],
    ['huge numbers', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx1e99 900 0 0 10 10'],
    ['script', 'pymxPYMxc1xPYMxnavigateToxPYMxjavascript:alert(1)'],
    ['an extra part', 'pymxPYMxc1xPYMxwidthxPYMx640xPYMx1'],
    ['another AMP message', { sentinel: 'amp', type: 'embed-size', height: 1 }],
    ['a number', 42],
    ['null', null],
  ] as [string, unknown][])('ignores %s', (_, data) => {
    expect(parseHostMessage(data, pym, host)).toBeUndefined();
  });

  test('ignores pym messages when pym did not set the embed up', () => {
    expect(parseHostMessage('pymxPYMxc1xPYMxwidthxPYMx640', {}, host)).toBeUndefined();
  });
});
