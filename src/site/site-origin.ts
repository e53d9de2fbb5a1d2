/**
 * Astro integration: a build without SITE_ORIGIN writes every absolute URL (canonical links, share images, oEmbed,
 * the sitemap) at http://127.0.0.1:4321. It says so loudly, and in CI refuses unless a local origin was asked for
 * on purpose (SITE_ORIGIN set to it, or SITE_LOCAL=1).
 */
import type { AstroIntegration } from 'astro';

/** The origin a build names when none is given: the local preview server's. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321';

export interface OriginCheck {
  level: 'ok' | 'warn' | 'error';
  message: string;
}

const isSet = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
const truthy = (v: string | undefined) => isSet(v) && !/^(0|false|no)$/i.test(v.trim());

/** What a build with this environment should say about its origin. */
export function checkSiteOrigin(env: Record<string, string | undefined>): OriginCheck {
  const origin = env['SITE_ORIGIN'];
  if (isSet(origin)) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return { level: 'error', message: `SITE_ORIGIN: found "${origin}", expected an origin such as https://graphics.example.org` };
    }
    if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
      return { level: 'error', message: `SITE_ORIGIN: found "${origin}", expected an http(s) origin with no path (a sub-folder goes in SITE_BASE), such as https://graphics.example.org` };
    }
    return { level: 'ok', message: `SITE_ORIGIN is ${url.origin}` };
  }
  if (truthy(env['SITE_LOCAL'])) return { level: 'ok', message: `SITE_LOCAL is set: a local build, its absolute URLs at ${LOCAL_ORIGIN}` };
  const lines = [
    `SITE_ORIGIN is not set: canonical links, share images, oEmbed URLs and the sitemap will all point at ${LOCAL_ORIGIN}.`,
    'Set it to the origin the site is served from, e.g. SITE_ORIGIN=https://graphics.example.org npm run build.',
  ];
  if (truthy(env['CI'])) {
    return { level: 'error', message: [...lines, `Refusing to build in CI without it. For a local build on purpose, set SITE_ORIGIN=${LOCAL_ORIGIN} or SITE_LOCAL=1.`].join('\n') };
  }
  return { level: 'warn', message: [...lines, 'Fine for a local preview; do not publish this build.'].join('\n') };
}

export default function siteOriginCheck(): AstroIntegration {
  return {
    name: 'site-origin',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { level, message } = checkSiteOrigin(process.env);
        if (level === 'error') throw new Error(message);
        if (level === 'warn') {
          const rule = '!'.repeat(78);
          logger.warn(`\n${rule}\n${message}\n${rule}`);
        }
      },
    },
  };
}
