/** The page's one step controller, made on first use: a reading page scrolls and keeps the address; an embed steps in place. */
import { mode, motionAllowed, SETTINGS_CHANGE } from '../settings/settings';
import { StepController } from './step-controller';

let controller: StepController | undefined;

/** True inside an embed (/embed/<slug>/), whose scrollies are always steppers that never scroll the frame. */
const inEmbed = (): boolean => document.body.hasAttribute('data-embed');

/** The controller for this document, started once; every reading feature and figure asks it. */
export function pageSteps(): StepController {
  if (controller) return controller;
  const embed = inEmbed();
  controller = new StepController(document, { mode: embed ? 'stepper' : mode(), motionAllowed, scrollToSteps: !embed, ownsAddress: !embed }).start();
  if (!embed) {
    const c = controller;
    addEventListener(SETTINGS_CHANGE, () => {
      if (mode() !== c.mode) c.setMode(mode());
    });
  }
  return controller;
}
