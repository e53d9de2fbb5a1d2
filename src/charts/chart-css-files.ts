/** The chart stylesheets on disk (src/charts/<chart>/<chart>.css), for build-time readers such as the share cards. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Absolute paths of every chart's stylesheet under `root` (the project folder), in chart-name order. */
export function chartCssFiles(root: string): string[] {
  const dir = join(root, 'src/charts');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(dir, d.name, `${d.name}.css`))
    .filter((f) => existsSync(f))
    .sort();
}
