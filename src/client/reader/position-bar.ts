/** The reading bar's position ("Chapter n of N", "Step k of m" or the chapter's title) and the contents' current entry. */
import type { StepController } from '../steps/step-controller';

/** Writes `text` only when it differs: the same text written again replaces the text node and lays the bar out again. */
function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Keeps `bar` in step with the controller; a contents link to a step is a jump (one new history entry). */
export function setupPositionBar(bar: HTMLElement, controller: StepController): () => void {
  const chapterCount = bar.querySelector('.reader-where-count');
  const stepLabel = bar.querySelector('.reader-where-step');
  const links = [...bar.querySelectorAll<HTMLAnchorElement>('a[data-target]')];
  const refresh = () => {
    const where = controller.where;
    const chapter = controller.chapters[where.chapter];
    if (!chapter) return;
    const step = controller.steps[where.step];
    const inChapter = controller.steps.filter((s) => s.chapter === where.chapter);
    setText(chapterCount, `${chapter.dataset['order']} of ${bar.dataset['chapters']}`);
    setText(stepLabel, step ? `Step ${inChapter.indexOf(step) + 1} of ${inChapter.length}` : (chapter.querySelector('.chapter-title')?.textContent ?? ''));
    const here = step?.el.id ?? chapter.id;
    for (const a of links) {
      if (a.dataset['target'] === here) {
        if (a.getAttribute('aria-current') !== 'location') a.setAttribute('aria-current', 'location');
      } else if (a.hasAttribute('aria-current')) a.removeAttribute('aria-current');
    }
  };
  const onClick = (e: Event) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href^="#"]') : null;
    if (!link) return;
    link.closest<HTMLElement>('[popover]')?.hidePopover();
    const i = controller.indexOfHash(link.hash);
    if (i < 0) return;
    e.preventDefault();
    controller.goTo(i, { focus: true, history: 'push' });
  };
  bar.addEventListener('click', onClick);
  const stop = controller.onChange(refresh);
  refresh();
  return () => {
    bar.removeEventListener('click', onClick);
    stop();
  };
}
