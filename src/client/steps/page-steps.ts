/** The page's one step controller, made on first use: a reading page scrolls and keeps the address; an embed steps in place. */
import { mode, motionAllowed, SETTINGS_CHANGE } from '../settings/settings';
import { embedParams, stepElementIds } from '../embed/embed-params';
import { StepController } from './step-controller';

let controller: StepController | undefined;

/** True inside an embed (/embed/<slug>/), whose scrollies are always steppers that never scroll the frame. */
const inEmbed = (): boolean => document.body.hasAttribute('data-embed');

/** The controller for this document, started once; every reading feature and figure asks it. */
export function pageSteps(): StepController {
  if (controller) return controller;
  const embed = inEmbed();
  controller = new StepController(document, { mode: embed ? 'stepper' : mode(), motionAllowed, scrollToSteps: !embed, ownsAddress: !embed }).start();
  if (embed) {
    // The host may open the embed at a step (`step=<id>`), where a fragment would clash with its own (WordPress's #?secret=).
    const step = embedParams(location.search, location.hash).step;
    const slug = controller.chapters[0]?.id;
    const i = step && slug ? stepElementIds(slug, step).map((id) => controller!.indexOfHash(`#${id}`)).find((k) => k >= 0) : undefined;
    if (i !== undefined) controller.goTo(i, { history: 'none' });
  } else {
    const c = controller;
    addEventListener(SETTINGS_CHANGE, () => {
      if (mode() !== c.mode) c.setMode(mode());
    });
  }
  return controller;
}
