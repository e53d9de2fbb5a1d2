/** Where the builds are served during the browser tests (ports can be moved with E2E_PORT / E2E_SUB_PORT). */
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding dist/). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

/** dist/, served at the root. */
export const PORT = Number(process.env.E2E_PORT) || 4390;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** The sub-folder build, served under its base path. */
export const SUB_BASE = '/news/2026/sp500-7000/';
export const SUB_DIR = 'tests/.output/dist-sub';
export const SUB_PORT = Number(process.env.E2E_SUB_PORT) || 4391;
export const SUB_ORIGIN = `http://127.0.0.1:${SUB_PORT}`;
export const SUB_BUILD_HELP = `The sub-folder build is missing (${SUB_DIR}/index.html). Build it with: SITE_BASE=${SUB_BASE} SITE_OUT_DIR=./${SUB_DIR} npx astro build`;
