import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
const base = "http://127.0.0.1:8090";
for (const [name, path] of [["start","/"],["hvem","/sporgsmal/hvem"],["emner","/sporgsmal/emner"],["alder","/sporgsmal/alder"],["tilbud","/tilbud"],["privat","/privatliv"],["sikker","/sikker-brug"],["nf","/findes-ikke"]]) {
  await page.goto(base + path); await page.waitForSelector("h1");
  await page.screenshot({ path: `/tmp/s-${name}.png`, fullPage: true });
}
await browser.close();
