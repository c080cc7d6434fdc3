import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
for (const path of ["/tilbud", "/akut", "/tilbud/borgerraadgiveren"]) {
await page.goto("http://127.0.0.1:8090" + path); await page.waitForSelector("h1");
await page.locator(".hg-footer a").last().focus();
let hidden = [], n = 0;
for (let i = 0; i < 400; i++) {
  await page.keyboard.press("Shift+Tab");
  const r = await page.evaluate(() => {
    const el = document.activeElement; if (!el || el === document.body) return null;
    if (el.closest(".hg-quick-exit")) return "exit";
    const a = el.getBoundingClientRect(), b = document.querySelector(".hg-quick-exit").getBoundingClientRect();
    const inside = a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    return inside ? (el.textContent || el.tagName).slice(0, 40) : "";
  });
  if (r === "exit" || r === null) break;
  n++; if (r) hidden.push(r);
}
console.log(path, n, JSON.stringify(hidden));
}
await browser.close();
