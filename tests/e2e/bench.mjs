// `make bench`: sizes of the release build (raw, gzip -9, brotli -q 11), the first-load total against the budget,
// and load timings in headless Chromium. Prints figures; asserts nothing (budgets are for people to read).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { startServer } from "./start-server.mjs";

const BUDGET_BROTLI = 120 * 1024;
const dist = process.argv[2] ?? "dist";
const files = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
const row = (name, raw, gz, br) => console.log(`${name.padEnd(46)} ${String(raw).padStart(9)} ${String(gz).padStart(9)} ${String(br).padStart(9)}`);
row("file", "raw B", "gzip B", "brotli B");
/** The file's size raw, with gzip -9 and with brotli -q 11. */
function sizes(path) {
  const bytes = readFileSync(path);
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, gz, br };
}
let first = { raw: 0, gz: 0, br: 0 };
for (const file of files.sort()) {
  const { raw, gz, br } = sizes(join(dist, file));
  row(file, raw, gz, br);
  if (file !== "robots.txt") first = { raw: first.raw + raw, gz: first.gz + gz, br: first.br + br };
}
row("first visit (everything but robots.txt)", first.raw, first.gz, first.br);
console.log(`budget: ${(BUDGET_BROTLI / 1024).toFixed(0)} KB brotli; first visit ${(first.br / 1024).toFixed(1)} KB -> ${first.br <= BUDGET_BROTLI ? "within" : "OVER"} budget`);
// The build's folders: the pages of every offer and number, which only a browser that cannot run the app asks for,
// and the licences, which only the footer's link opens. The offline copy keeps only the top level's files
// (.ci/service-worker.mjs), so no first visit has them.
const folders = readdirSync(dist).filter((f) => statSync(join(dist, f)).isDirectory());
for (const folder of folders.sort()) {
  for (const file of readdirSync(join(dist, folder)).sort()) {
    const { raw, gz, br } = sizes(join(dist, folder, file));
    row(`${folder}/${file} (not on a first visit)`, raw, gz, br);
  }
}

// A free port, so a server left over from another run cannot stall the bench.
const { origin, stop } = await startServer(dist);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] });

const SLOW_PHONE = "slow phone (4x CPU, 1.6 Mbit/s, 150 ms RTT)";
/** The network of SLOW_PHONE, like Lighthouse's mobile preset (bytes per second). */
const SLOW_4G = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 };
const REGULAR_3G_PHONE = "slow phone on 3G (4x CPU, 750 kbit/s, 100 ms RTT)";
/** Chrome DevTools' "Regular 3G" preset: the perf anchors ask for the app to run within 3.5 s on it (P6). */
const REGULAR_3G = { latency: 100, downloadThroughput: 93_750, uploadThroughput: 31_250 };
/** Makes `page` as slow as SLOW_PHONE says, or with another `network`. */
async function throttle(page, network = SLOW_4G) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...network });
}
/** Milliseconds until the offers list's heading shows after `load(page)`. */
async function timeToHeading(page, load) {
  const start = Date.now();
  await load(page);
  // The app's own heading: the loading shell (index.html) has an h1 of its own from the first byte.
  await page.locator("main#main h1").waitFor();
  return Date.now() - start;
}
function report(label, times, extra = "") {
  times.sort((a, b) => a - b);
  console.log(`time to the offers list's h1, ${label}: median ${times[2]} ms (min ${times[0]}, max ${times[4]}) over 5 loads${extra}`);
}

try {
  for (const [label, network] of [["unthrottled", null], [SLOW_PHONE, SLOW_4G], [REGULAR_3G_PHONE, REGULAR_3G]]) {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      if (network) await throttle(page, network);
      times.push(await timeToHeading(page, (p) => p.goto(`${origin}/tilbud`)));
      await page.close();
    }
    report(label, times);
  }
  // A repeat visit on the slow phone: the service worker's copy is in place, so only the page itself is fetched.
  const times = [];
  let mostFromNetwork = 0;
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/tilbud`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await throttle(page);
    const responses = [];
    page.on("response", (response) => responses.push(response));
    times.push(await timeToHeading(page, (p) => p.reload()));
    const fromNetwork = responses.filter((r) => !r.fromServiceWorker() || r.request().resourceType() === "document");
    mostFromNetwork = Math.max(mostFromNetwork, fromNetwork.length);
    await context.close();
  }
  report(`repeat visit on the ${SLOW_PHONE}`, times, `; at most ${mostFromNetwork} request(s) per load not answered from the copy alone (the page itself goes to the network first)`);
  // Tapping /tilbud's search on the slow phone, a second after the page opened, and typing into it: the longest
  // interaction, from the tap or key press to the next paint, as the browser's Event Timing measures it (INP counts
  // the same; under 200 ms is "good"). The index is built while the browser is idle after the tap.
  const typed = "autisme";
  const longest = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await throttle(page);
    await timeToHeading(page, (p) => p.goto(`${origin}/tilbud`));
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
      }).observe({ type: "event", durationThreshold: 16 });
    });
    await page.getByRole("searchbox").click();
    // A phone takes this long at least to show its keyboard.
    await page.waitForTimeout(300);
    for (const letter of typed) {
      await page.keyboard.type(letter);
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(300);
    longest.push(Math.round(await page.evaluate(() => window.__longest)));
    await page.close();
  }
  longest.sort((a, b) => a - b);
  console.log(`longest interaction typing "${typed}" into the search on the ${SLOW_PHONE}: median ${longest[2]} ms (min ${longest[0]}, max ${longest[4]}) over 5 loads`);
  // Memory on a phone: the wasm's linear memory (which only grows) and the JavaScript heap after a garbage
  // collection, once the offers list has opened and again after a search has built the index.
  const page = await browser.newPage();
  // Trunk's loader announces the started program with its exports, the memory among them.
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (event) => (window.__wasmMemory = event.detail.wasm.memory)));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
  const memory = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((metric) => metric.name === "JSHeapUsedSize").value;
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength);
    return `wasm memory ${wasm ? mib(wasm) : "not found (the loader's event changed?)"}, JS heap ${mib(heap)}`;
  };
  await timeToHeading(page, (p) => p.goto(`${origin}/tilbud`));
  console.log(`memory with the offers list open: ${await memory()}`);
  await page.getByRole("searchbox").fill("autisme");
  await page.getByText(/passer til søgningen/).first().waitFor();
  console.log(`memory after a search (index built): ${await memory()}`);
} finally {
  await browser.close();
  await stop();
}
