/** Moves a live <svg> to a laid-out Scene with a keyed join and transitions (browser only). */
import { select } from 'd3-selection';
import 'd3-transition';
import type { DrawnMark } from '../../charts/scene/layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Identity of a drawn element: its key and tag (a key that changes tag is replaced, not morphed). */
const identity = (m: DrawnMark): string => `${m.tag}:${m.key}`;

/**
 * Draws `marks` into `svg`, matching existing elements by `data-key` (as written by the build),
 * so the build's SVG is adopted rather than redrawn. `duration` 0 applies the state at once.
 */
export function applyScene(svg: SVGSVGElement, marks: DrawnMark[], size: { width: number; height: number }, duration: number): void {
  const root = select(svg);
  root.attr('viewBox', `0 0 ${size.width} ${size.height}`).attr('width', size.width).attr('height', size.height);
  root.selectAll<SVGElement, unknown>('[data-key]').interrupt();

  const joined = root
    .selectAll<SVGElement, DrawnMark>('[data-key]')
    // Elements written by the build carry no datum yet: they are matched by tag and data-key.
    .data(marks, function (d) {
      const el = this as Element;
      return d ? identity(d) : `${el.tagName}:${el.getAttribute('data-key')}`;
    })
    .join(
      (enter) =>
        enter
          .append((d) => document.createElementNS(SVG_NS, d.tag) as SVGElement)
          .attr('data-key', (d) => d.key)
          .each(function (d) {
            setAll(this, d);
          })
          .attr('opacity', duration ? 0 : 1),
      (update) => update,
      (exit) => (duration ? exit.transition().duration(duration).attr('opacity', 0).remove() : exit.remove()),
    );
  joined.order();

  joined.each(function (d) {
    if (d.text !== undefined && this.textContent !== d.text) this.textContent = d.text;
    const cls = d.attrs['class'];
    // Only a changed class is written: a write restyles the mark even when the value is the same.
    if (cls !== undefined && this.getAttribute('class') !== String(cls)) this.setAttribute('class', String(cls));
  });
  if (!duration) {
    joined.each(function (d) {
      setAll(this, d);
    }).attr('opacity', 1);
    return;
  }
  const t = joined.transition().duration(duration).attr('opacity', 1);
  for (const name of new Set(marks.flatMap((m) => Object.keys(m.attrs)))) {
    if (name === 'class') continue;
    t.attr(name, (d) => (d.attrs[name] === undefined ? null : String(d.attrs[name])));
  }
}

function setAll(el: Element, d: DrawnMark): void {
  for (const [k, v] of Object.entries(d.attrs)) el.setAttribute(k, String(v));
  if (d.text !== undefined) el.textContent = d.text;
}
