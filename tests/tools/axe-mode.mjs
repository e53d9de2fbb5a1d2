// Whether axe-core may run in the page itself (legacy mode), shared by the axe gate and the reading-mode scans.

/**
 * True when the page has no frames: the frame-aware run would reach nothing more, and it finishes each scan in a new
 * blank page, which costs a second or more per scan.
 * @param {import('@playwright/test').Page} page
 */
export const hasNoFrames = async (page) => (await page.locator('iframe, frame').count()) === 0;
