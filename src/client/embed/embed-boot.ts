/**
 * The two inline scripts that set an embed up before its first paint (Embed.astro inlines them; the page's CSP allows
 * them by hash): the host's theme in <head>, and at the end of <body> the opening step and the layout for the frame's
 * height. They repeat the rules of embed-params.ts and fit-layout.ts in a few bytes; a unit test holds them to those.
 */

/** In <head>: `theme=light|dark` sets `data-theme` on <html> (auto leaves it off, so the system's scheme applies). */
export const THEME_BOOT =
  `(function(){var t=new URLSearchParams(location.search).get("theme");` +
  `if(t==="light"||t==="dark")document.documentElement.dataset.theme=t})()`;

/**
 * At the end of <body>, once the chapter is parsed: shows the step `step=` (or the address's fragment) names, then
 * measures the whole chapter (the full layout, with `data-measuring` keeping scrollbars out of the measure) and sets
 * `data-layout` to full when it fits the frame's height, else fit; `layout=full|fit` wins. The embed's script keeps
 * deciding from then on (embed-layout.ts).
 */
export const LAYOUT_BOOT =
  `(function(d,w){var r=d.documentElement,q=new URLSearchParams(location.search),l=q.get("layout"),s=q.get("step"),` +
  `a=d.querySelector("article.chapter"),e=null,c,h;` +
  `if(a&&s&&/^[a-z0-9][a-z0-9-]{0,79}$/i.test(s))e=d.getElementById(a.id+"-"+s)||d.getElementById(s);` +
  `else if(location.hash.length>1)e=d.getElementById(location.hash.slice(1));` +
  `if(e&&e.classList.contains("step")&&(c=e.closest(".scrolly"))){c.dataset.activeStep=e.id;e.classList.add("is-active");` +
  `c.closest(".scrolly-section").classList.add("is-current")}` +
  `r.setAttribute("data-measuring","");h=r.getBoundingClientRect().height;r.removeAttribute("data-measuring");` +
  `r.dataset.layout=l==="full"||l==="fit"?l:h<=w.innerHeight+1?"full":"fit"})(document,window)`;
