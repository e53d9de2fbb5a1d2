// Astro configuration: base path and canonical origin come from the environment (see README, "Hosting").
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkChapter from './src/mdx/remark-chapter.ts';
import remarkBaseLinks from './src/mdx/remark-base-links.ts';
import staticHeaders from './src/site/headers/static-headers.ts';
import siteOriginCheck, { LOCAL_ORIGIN } from './src/site/site-origin.ts';

/** Sub-folder the site is served from, e.g. /news/2026/sp500-7000/ (default: the root). */
const base = process.env.SITE_BASE || '/';
/** Origin used for canonical links, e.g. https://graphics.example.org (without it a build says so, and CI refuses: site-origin.ts). */
const site = process.env.SITE_ORIGIN || LOCAL_ORIGIN;
/** Where the build goes (tests build a sub-folder copy beside the main one). */
const outDir = process.env.SITE_OUT_DIR || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [siteOriginCheck(), mdx(), staticHeaders()],
  // unified (not the default Sätteri) because the chapter pass and the base-aware MDX links are remark plugins.
  // No code blocks in the story; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkChapter, [remarkBaseLinks, { base }]] }) },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
