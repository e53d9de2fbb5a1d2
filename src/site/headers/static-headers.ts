/** Astro integration: after the build, writes `_headers` into the output folder from the pages Astro wrote (see headers-file.ts). */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENES_DIR } from '../../charts/scene/scene-file';
import { headersFile, isEmbed, type BuiltPage } from './headers-file';
import { corsPatterns, embedAssets } from './embed-assets';

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

export default function staticHeaders(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: BuiltPage[] = [];
        const files: string[] = [];
        for (const file of await walk(root)) {
          const rel = relative(root, file).split(sep).join('/');
          if (rel === '_headers' || rel === '404.html' || rel.startsWith(`${assets}/`) || rel.startsWith(`${SCENES_DIR}/`)) continue;
          if (rel.endsWith('index.html')) pages.push({ path: base + rel.slice(0, -'index.html'.length), html: await readFile(file, 'utf8') });
          else files.push(base + rel);
        }
        // What the embeds fetch with CORS, from the pages and scripts the build wrote.
        const all = (await walk(root)).map((f) => base + relative(root, f).split(sep).join('/'));
        const read = (path: string) => (all.includes(path) ? readFileSync(join(root, path.slice(base.length)), 'utf8') : undefined);
        const cors = [...new Set(pages.filter((p) => isEmbed(p.path, base)).flatMap((p) => embedAssets(p.html, p.path, read)))];
        await writeFile(join(root, '_headers'), headersFile({ base, pages, files, assets: [`${base}${assets}/`, `${base}${SCENES_DIR}/`], cors: corsPatterns(cors, all) }));
        logger.info(`_headers: ${pages.length} pages, ${files.length} other files, ${cors.length} files open to embeds' CORS`);
      },
    },
  };
}
