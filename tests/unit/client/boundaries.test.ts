// Covers the boundary of src/client/: browser code imports only browser code, the pure scene layout and its own
// packages; build-time modules never import browser code (components load it with <script>).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = join(ROOT, 'src');
const CLIENT = join(SRC, 'client');

/** Pure modules the browser shares with the build: the scene types, their layout and the breakpoint. */
const SHARED = ['src/charts/scene/scene.ts', 'src/charts/scene/layout.ts', 'src/charts/scene/size-classes.ts'];
/** Packages browser code may use (each counted in the JavaScript budget). Type-only imports are not shipped. */
const PACKAGES = ['d3-selection', 'd3-transition', 'scrollama'];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

/** Each value import of a file (type-only imports are erased by the compiler). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)(?:[^'"]*\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const resolved = (file: string, spec: string): string => {
  const base = resolve(dirname(file), spec);
  return relative(ROOT, base.endsWith('.ts') ? base : `${base}.ts`);
};

describe('src/client boundary', () => {
  test('browser code imports browser code, the shared scene layout, and its own packages only', () => {
    const wrong = files(CLIENT).flatMap((file) =>
      imports(file)
        .filter((spec) => (spec.startsWith('.') ? !resolved(file, spec).startsWith('src/client/') && !SHARED.includes(resolved(file, spec)) : !PACKAGES.includes(spec)))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  test('no build-time module imports browser code', () => {
    const wrong = files(SRC)
      .filter((file) => !file.startsWith(CLIENT))
      .flatMap((file) => imports(file).filter((spec) => spec.startsWith('.') && resolved(file, spec).startsWith('src/client/')).map((spec) => `${relative(ROOT, file)} imports ${spec}`));
    expect(wrong).toEqual([]);
  });

  test('the shared modules are pure: no DOM, no Node, no chart or story code', () => {
    for (const file of SHARED) {
      for (const spec of imports(join(ROOT, file))) expect(spec.startsWith('./'), `${file} imports ${spec}`).toBe(true);
    }
  });
});
