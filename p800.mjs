import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const chapters = ['the-climb','the-order-book','after-the-bell','the-fed-holds','a-trillion-dollar-rumour','two-markets'];
for (const w of [280, 390, 600, 900, 1440]) {
  const p = await b.newPage({ viewport: { width: w + 40, height: 900 } });
  await p.goto('http://localhost:4400/robots.txt'); // host origin: localhost, frame origin: 127.0.0.1
  for (const ch of chapters) {
    await p.setContent(`<body style="margin:20px"><iframe src="http://127.0.0.1:4400/embed/${ch}/" width="${w}" height="800" style="border:1px solid #ccc;display:block" title="t"></iframe></body>`);
    const f = p.frames()[1];
    await f.waitForFunction(() => document.documentElement.dataset.layout && document.querySelector('.scrolly-section.is-current svg.live, svg.live'));
    await f.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
    const info = await f.evaluate(() => {
      const de = document.documentElement;
      const sec = document.querySelector('.scrolly-section.is-current') ?? document.querySelector('.scrolly-section');
      const r = (s) => { const e = sec.querySelector(s); if (!e) return null; const b = e.getBoundingClientRect(); return [Math.round(b.top), Math.round(b.bottom)]; };
      const out = [];
      for (const e of document.querySelectorAll('h1, p, button, a, .chart-frame, svg.live text')) {
        if (!e.checkVisibility({ visibilityProperty: true })) continue;
        const b = e.getBoundingClientRect(); if (!b.width) continue;
        if (e.closest('.scrolly-steps .step.is-active')) continue; // own scroll region
        if (b.right > innerWidth + 1 || b.left < -1 || b.bottom > innerHeight + 1) out.push(e.tagName + ':' + (e.textContent||'').trim().slice(0,20) + ` ${Math.round(b.left)},${Math.round(b.top)}-${Math.round(b.right)},${Math.round(b.bottom)}`);
      }
      return { layout: de.dataset.layout, scrollH: de.scrollHeight, innerH: innerHeight, frame: r('scrolly-figure .chart-frame'), controls: r('.step-controls'), step: r('.step.is-active'), notes: r('.chart-notes'), outside: out.slice(0, 5) };
    });
    const bad = info.scrollH > info.innerH + 1 || info.outside.length || (info.controls && info.frame && info.controls[0] < info.frame[1]);
    console.log(w, ch, bad ? 'PROBLEM' : 'ok', JSON.stringify(info));
    await p.screenshot({ path: `/tmp/shots/emb800/${w}-${ch}.png` });
  }
  await p.close();
}
await b.close();
