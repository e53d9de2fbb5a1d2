/** Reading features of an article or chapter page, set up against the page's step controller (ReaderBar.astro loads this). */
import { pageSteps } from '../steps/page-steps';
import { setupOffscreenSteps } from './offscreen-steps';
import { setupPanels } from './panels';
import { setupPositionBar } from './position-bar';
import { setupSettingsPanel } from './settings-panel';
import { setupShortcuts } from './shortcuts';
import { setupStepButtons } from './step-buttons';

const controller = pageSteps();
const bar = document.querySelector<HTMLElement>('.reader-bar');
if (bar) {
  setupPositionBar(bar, controller);
  setupPanels(bar);
}
setupStepButtons(document.body, controller);
setupShortcuts(document, controller);
const form = document.querySelector<HTMLFormElement>('form.reader-settings');
if (form) setupSettingsPanel(form);
setupOffscreenSteps();
