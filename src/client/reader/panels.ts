/** The reading bar's pop-up panels close when keyboard focus leaves them, so an open panel never covers what comes next (WCAG 2.4.11). */

export function setupPanels(bar: HTMLElement): void {
  for (const panel of bar.querySelectorAll<HTMLElement>('[popover]')) {
    panel.addEventListener('focusout', (e) => {
      if (e.relatedTarget instanceof Node && !panel.contains(e.relatedTarget) && panel.matches(':popover-open')) panel.hidePopover();
    });
  }
}
