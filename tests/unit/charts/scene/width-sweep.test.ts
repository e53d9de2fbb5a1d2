// Every state of every chart laid out at every width from 280 to 1440 px (20 px steps), at its size class's height and
// a short 300 px, and in each image layout, measured with the build's font metrics: no text overlaps another, none
// leaves the SVG, none is below the smallest size. Prints the worst case.
import { afterAll, expect, test } from 'vitest';
import { charts } from '../../../../src/charts/registry';
import { layoutScene } from '../../../../src/charts/scene/layout';
import { positionMarks } from '../../../../src/charts/scene/position-marks';
import { sizeClasses, sizeClassFor } from '../../../../src/charts/scene/size-classes';
import { textBox } from '../../../../src/charts/scene/text-box';
import { MIN_TEXT_SIZE, textStyle } from '../../../../src/charts/scene/text-metrics';
import type { DrawnMark } from '../../../../src/charts/scene/layout';
import { imageLayouts } from '../../../../src/site/image-layouts';
import { SWEEP_WIDTHS, sweepHeights, textProblems, type TextProblem } from '../../../tools/text-problems';


const boxesOf = (marks: DrawnMark[]) =>
  marks.filter((m) => m.tag === 'text' && m.role !== 'symbol').map((m) => ({ key: m.key, text: m.text ?? '', ...textBox(m) }));

let worst: { where: string; problem: TextProblem } | undefined;
let laidOut = 0;
let markers = 0;

test.each(charts.flatMap((c) => c.states.map((state) => ({ chart: c, id: c.id, state }))))('$id / $state: clean at every width', ({ chart, state }) => {
  const found: string[] = [];
  for (const width of SWEEP_WIDTHS) for (const height of sweepHeights(sizeClasses[sizeClassFor(width)].height)) {
    const size = { width, height };
    const marks = layoutScene(chart.scene(state, sizeClasses[sizeClassFor(width)]), size);
    laidOut++;
    markers += marks.filter((m) => m.key.endsWith('-marker')).length;
    for (const m of marks) {
      if (m.tag === 'text' && textStyle(String(m.attrs['class'])).size < MIN_TEXT_SIZE) found.push(`${width}x${height}: "${m.text}" is smaller than ${MIN_TEXT_SIZE} px`);
    }
    for (const problem of textProblems(boxesOf(marks), size)) {
      found.push(`${width}x${height}: ${problem.what}`);
      if (!worst || problem.amount > worst.problem.amount) worst = { where: `${chart.id}/${state} at ${width}x${height}`, problem };
    }
  }
  expect(found).toEqual([]);
});

// A picture is all a reader without script gets: in every image layout each label is drawn, inline or as a marker.
test.each(charts.flatMap((c) => c.states.map((state) => ({ chart: c, id: c.id, state }))))('$id / $state: clean in every image layout, no label left out', ({ chart, state }) => {
  const found: string[] = [];
  for (const { name, width, height } of imageLayouts) {
    const scene = chart.scene(state, sizeClasses[sizeClassFor(width)]);
    const marks = layoutScene(scene, { width, height });
    laidOut++;
    for (const problem of textProblems(boxesOf(marks), { width, height })) found.push(`${name} ${width}x${height}: ${problem.what}`);
    const drawn = new Set(marks.map((m) => m.label));
    const labels = new Set(positionMarks(scene, { width, height }).filter((m) => m.role === 'label').map((m) => m.label!));
    for (const label of labels) if (!drawn.has(label)) found.push(`${name} ${width}x${height}: label "${label}" left out`);
  }
  expect(found).toEqual([]);
});

test('the check finds a deliberate overlap and a text past the edge (fixture)', () => {
  const text = (key: string, x: number, y: number): DrawnMark => ({ key, tag: 'text', attrs: { class: 'label', x, y, 'text-anchor': 'start' }, text: 'Overlapping label', role: 'label' });
  const problems = textProblems(boxesOf([text('a', 10, 50), text('b', 40, 55), text('c', 300, 100)]), { width: 320, height: 200 });
  expect(problems.map((p) => p.kind).sort()).toEqual(['outside', 'overlap']);
});

afterAll(() => {
  console.log(
    `width sweep (build metrics): ${laidOut} layouts, ${markers} labels drawn as numbered markers; worst case: ${worst ? `${worst.where}: ${worst.problem.what}` : 'none'}`,
  );
});
