// `make bench`, part two: Lighthouse's mobile preset (simulated Slow 4G and a 4x slower CPU) on the release build,
// served with the production headers and compression by ../e2e/server.mjs. Five runs per page; prints the median
// of each score and metric. Asserts nothing: like the sizes, these are figures for people to read.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { startServer } from "../e2e/start-server.mjs";

const RUNS = 5;
const PAGES = ["/", "/tilbud"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time", "cumulative-layout-shift"];
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic";

const dist = process.argv[2] ?? "dist";
const lighthouse = fileURLToPath(new URL("./node_modules/.bin/lighthouse", import.meta.url));
const { origin, stop } = await startServer(dist);

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (const page of PAGES) {
    const reports = [];
    let failed = 0;
    for (let i = 0; i < RUNS; i++) {
      // Lighthouse sometimes loses the trace of a run (NO_NAVSTART) and then exits with 1; such a run has no
      // figures and is left out, and the line below says how many were.
      const report = await promisify(execFile)(
        lighthouse,
        [`${origin}${page}`, "--quiet", "--output=json", "--output-path=stdout", `--chrome-flags=${CHROME_FLAGS}`],
        { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
      ).then(
        ({ stdout }) => JSON.parse(stdout),
        (error) => ({ runtimeError: error.message.split("\n")[1] ?? error.message }),
      );
      if (report.runtimeError) failed++;
      else reports.push(report);
    }
    if (reports.length === 0) {
      console.log(`lighthouse ${page}: every run failed`);
      continue;
    }
    const scores = Object.keys(reports[0].categories)
      .map((key) => `${key} ${median(reports.map((r) => Math.round(r.categories[key].score * 100)))}`)
      .join(", ");
    const metrics = METRICS.map((key) => {
      const value = median(reports.map((r) => r.audits[key].numericValue));
      return `${key} ${key === "cumulative-layout-shift" ? value.toFixed(2) : `${Math.round(value)} ms`}`;
    }).join(", ");
    console.log(`lighthouse ${page} (mobile, median of ${reports.length} runs${failed ? `, ${failed} lost` : ""}): ${scores}`);
    console.log(`  ${metrics}`);
  }
} finally {
  await stop();
}
