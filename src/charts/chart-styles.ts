/** Every chart's own stylesheet (src/charts/<chart>/<chart>.css), included by the page layouts: no list to keep by hand. */
import.meta.glob('./*/*.css', { eager: true });
