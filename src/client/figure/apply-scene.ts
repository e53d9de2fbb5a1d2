/** Moves a live <svg> to a laid-out Scene with a keyed join and transitions (browser only). */
import { select } from 'd3-selection';
import 'd3-transition';
import type { DrawnMark } from '../../charts/scene/layout';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Marks on their way in or out wait in groups with this attribute ("in" or "out") while they fade. */
const FADE = 'data-fade';

/** Identity of a drawn element: its key and tag (a key that changes tag is replaced, not morphed). */
const identity = (m: DrawnMark): string => `${m.tag}:${m.key}`;

/**
 * Draws `marks` into `svg`, matching existing elements by `data-key` (as written by the build),
 * so the build's SVG is adopted rather than redrawn. `duration` 0 applies the state at once.
 */
export function applyScene(svg: SVGSVGElement, marks: DrawnMark[], size: { width: number; height: number }, duration: number): void {
  const root = select(svg);
  root.attr('viewBox', `0 0 ${size.width} ${size.height}`).attr('width', size.width).attr('height', size.height);
  settleFades(svg);
  root.selectAll<SVGElement, unknown>('[data-key]').interrupt();

  let entering: SVGElement[] = [];
  let exiting: SVGElement[] = [];
  const joined = root
    .selectAll<SVGElement, DrawnMark>('[data-key]')
    // Elements written by the build carry no datum yet: they are matched by tag and data-key.
    .data(marks, function (d) {
      const el = this as Element;
      return d ? identity(d) : `${el.tagName}:${el.getAttribute('data-key')}`;
    })
    .join(
      (enter) => {
        const added = enter
          .append((d) => document.createElementNS(SVG_NS, d.tag) as SVGElement)
          .attr('data-key', (d) => d.key)
          .each(function (d) {
            setAll(this, d);
          })
          .attr('opacity', 1);
        entering = added.nodes();
        return added;
      },
      (update) => update,
      (exit) => {
        exiting = exit.nodes();
      },
    );
  joined.order();

  joined.each(function (d) {
    if (d.text !== undefined && this.textContent !== d.text) this.textContent = d.text;
    const cls = d.attrs['class'];
    // Only a changed class is written: a write restyles the mark even when the value is the same.
    if (cls !== undefined && this.getAttribute('class') !== String(cls)) this.setAttribute('class', String(cls));
  });
  if (!duration) {
    exiting.forEach((el) => el.remove());
    joined.each(function (d) {
      setAll(this, d);
    }).attr('opacity', 1);
    return;
  }
  // Marks that come and go fade in groups, one per run of neighbours: a few elements restyled and repainted per frame,
  // not every mark, and each mark keeps its place in the drawing order.
  fadeRuns(svg, entering, 'in', duration);
  fadeRuns(svg, exiting, 'out', duration);
  // Marks that stay and change move to their new attributes; a mark already as drawn gets no transition at all (each
  // transition is a timer d3 runs every frame).
  const names = [...new Set(marks.flatMap((m) => Object.keys(m.attrs)))].filter((name) => name !== 'class');
  const target = (d: DrawnMark, name: string): string | null => (d.attrs[name] === undefined ? null : String(d.attrs[name]));
  const t = joined
    .filter(function (d) {
      return this.getAttribute('opacity') !== '1' || names.some((name) => this.getAttribute(name) !== target(d, name));
    })
    .transition()
    .duration(duration)
    .attr('opacity', 1);
  for (const name of names) t.attr(name, (d) => target(d, name));
}

/**
 * Wraps each run of neighbouring `marks` among the chart's children in a group that fades in (then gives its marks back
 * to the chart, in place) or out (then is removed with them) over `duration`.
 */
function fadeRuns(svg: SVGSVGElement, marks: SVGElement[], way: 'in' | 'out', duration: number): void {
  const fading = new Set<Element>(marks);
  const runs: Element[][] = [];
  let run: Element[] = [];
  for (const child of svg.children) {
    if (fading.has(child)) {
      run.push(child);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  for (const marksInRun of runs) {
    const group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute(FADE, way);
    group.setAttribute('opacity', way === 'in' ? '0' : '1');
    marksInRun[0]!.before(group);
    group.append(...marksInRun);
    select(group)
      .transition()
      .duration(duration)
      .attr('opacity', way === 'in' ? 1 : 0)
      .on('end', () => (way === 'in' ? group.replaceWith(...group.childNodes) : group.remove()));
  }
}

/**
 * A transition cut short by the next state: each fading group stops where it is and gives its marks back to the
 * chart, at the opacity they had reached (the next join then moves, keeps or removes them).
 */
function settleFades(svg: SVGSVGElement): void {
  for (const group of svg.querySelectorAll<SVGGElement>(`:scope > g[${FADE}]`)) {
    select(group).interrupt();
    const reached = Number(group.getAttribute('opacity') ?? 1);
    for (const mark of group.children) mark.setAttribute('opacity', String(reached * Number(mark.getAttribute('opacity') ?? 1)));
    group.replaceWith(...group.childNodes);
  }
}

function setAll(el: Element, d: DrawnMark): void {
  for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, String(v));
  if (d.text !== undefined) el.textContent = d.text;
}
