// The offline copy (public/sw.js, src/ui/offline.rs): after one visit the app opens and works with no server at
// all or a stalled one, a new build replaces the old copy, and only the app's own files are kept. That "Forlad
// siden" removes the copy is tested with the quick exit (safety.spec.js). The notices that the device is offline
// (src/ui/connection_notice.rs) and that a new build has arrived (src/ui/update_notice.rs) are tested here too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, answerAll, topResults, expectAccessible, pick } from "./fixtures.js";
import { startServer } from "./start-server.mjs";

/** The start of the notice shown while the device is offline. */
const OFFLINE_NOTICE = "Ingen internetforbindelse";
/** The release build the tests serve. */
const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

/** Waits until the service worker has stored the app and controls the page. */
async function waitForOfflineCopy(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
}

test.describe("without a connection", () => {
  // A server of its own, so that these tests can stop it: the shared server keeps running for the other tests.
  const PORT = 8097;
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  test.use({ allowedOrigins: [ORIGIN], baseURL: ORIGIN });
  test.describe.configure({ mode: "serial" });

  /** Visits the app once on a server of its own, waits for the offline copy, then stops the server. */
  async function visitOnceThenStopTheServer(page) {
    const { stop } = await startServer(DIST, PORT);
    try {
      await page.goto("/");
      await expect(page.locator("h1")).toBeVisible();
      await waitForOfflineCopy(page);
    } finally {
      await stop();
    }
  }

  test("after one visit the whole journey and the offer pages work with the server gone", async ({ page }) => {
    await visitOnceThenStopTheServer(page);
    // Nothing answers on the port now: every page below comes from the copy on the device.
    await expect(page.request.get(ORIGIN, { timeout: 2000 })).rejects.toThrow();

    await answerAll(page, { who: "Mig selv", age: 45, topics: ["Hjerneskade eller hjernerystelse"], help: ["Behandling eller genoptræning"] });
    expect(await topResults(page)).toContain("Hjernecenter Randers");
    // A deep link typed or bookmarked earlier also opens.
    await page.goto("/tilbud/psykiatriens-hus");
    await expect(page.locator("h1")).toHaveText("Psykiatriens Hus");
    // So does a list passed on as a link ("Når linket er åbnet én gang … virker det også uden internet").
    await page.goto("/liste/psykiatriens-hus+ppr");
    await expect(page.locator("ol.hg-shortlist-page__list > li")).toHaveCount(2);
    // The plain page of every offer is not in the copy (it is for browsers that cannot run the app): the app's own
    // list of every offer answers for it, not "page not found".
    await page.goto("/alle-tilbud/da.html");
    await expect(page.locator("h1")).toHaveText("Alle tilbud");
    await expect(page.locator("main a[href^='/tilbud/']").first()).toBeVisible();
    // The licences are a file the copy does not keep: following the footer's link says the file could not be
    // loaded, not that the page does not exist, and the ways on still work.
    await page.getByRole("link", { name: "Softwarelicenser" }).click();
    await expect(page.locator("h1")).toHaveText("Filen kunne ikke hentes");
    await expect(page).toHaveTitle(/^Filen kunne ikke hentes/);
    await expect(page.getByText("Prøv igen, når du har forbindelse")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Gå til forsiden" }).click();
    await expect(page.locator("h1")).not.toHaveText("Filen kunne ikke hentes");
  });

  test("opened offline from the copy, the app says at once that there is no connection", async ({ page, context }) => {
    await visitOnceThenStopTheServer(page);
    await context.setOffline(true);
    await page.goto("/");
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
    await expectAccessible(page);
  });

  test("a connection that stalls gets the copy after a few seconds instead of a spinning page", async ({ page }) => {
    await visitOnceThenStopTheServer(page);
    // Something on the port accepts connections and never answers, like a captive portal or a dying signal.
    const stalled = [];
    const staller = createServer((socket) => stalled.push(socket));
    await new Promise((resolve) => staller.listen(PORT, "127.0.0.1", resolve));
    try {
      await expect(page.request.get(ORIGIN, { timeout: 1000 })).rejects.toThrow();
      await page.goto("/akut", { timeout: 15_000 });
      await expect(page.locator("h1")).toHaveText("Akut hjælp");
      await expect(page.getByRole("link", { name: "112" }).first()).toBeVisible();
    } finally {
      for (const socket of stalled) socket.destroy();
      await new Promise((resolve) => staller.close(resolve));
    }
  });
});

test("losing the connection shows a notice that the app still works, and it goes when the connection is back", async ({ page, context }) => {
  await page.goto("/tilbud/psykiatriens-hus");
  await expect(page.locator("h1")).toHaveText("Psykiatriens Hus");
  await expect(page.getByText(OFFLINE_NOTICE)).toHaveCount(0);

  await context.setOffline(true);
  // Announced: the notice appears inside the page's status region.
  const notice = page.getByRole("status").filter({ hasText: OFFLINE_NOTICE });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("du kan ringe til numrene");
  await expectAccessible(page);
  // It stays on every page while offline, and the phone links it promises are there.
  await page.getByRole("link", { name: "Akut hjælp" }).click();
  await expect(page.locator("h1")).toHaveText("Akut hjælp");
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  await expect(page.locator('a[href="tel:112"]').first()).toBeVisible();
  // In the chosen language.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("No internet connection")).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText("No internet connection")).toHaveCount(0);
});

test.describe("a new build while the tab is open", () => {
  // A server of its own on a copy of the build, so the test can deploy a "new build" under the open tab.
  const PORT = 8098;
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  test.use({ allowedOrigins: [ORIGIN], baseURL: ORIGIN });

  test("coming back to the tab finds it, and the offered reload keeps the place and the answers", async ({ page }) => {
    const site = mkdtempSync(join(tmpdir(), "hg-site-"));
    cpSync(DIST, site, { recursive: true });
    let server = await startServer(site, PORT);
    try {
      await page.goto("/");
      await waitForOfflineCopy(page);
      await page.getByRole("link", { name: "Start nu" }).click();
      await pick(page, "Nej");
      await pick(page, "En jeg er tæt på");
      await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
      // The first worker taking over the page is not a new version.
      const notice = page.getByRole("status").filter({ hasText: "ny version" });
      await expect(notice).toHaveCount(0);

      // Deploy a new build: its worker has another version, as each build's does.
      const worker = readFileSync(join(site, "sw.js"), "utf8");
      const newVersion = "0123456789abcdef";
      writeFileSync(join(site, "sw.js"), worker.replace(/const VERSION = "[0-9a-f]{16}"/, `const VERSION = "${newVersion}"`));
      await server.stop();
      server = await startServer(site, PORT);

      // The person comes back to the tab.
      await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
      await expect(notice).toBeVisible({ timeout: 15_000 });
      await expectAccessible(page);
      await notice.getByRole("button", { name: "Genindlæs siden" }).click();

      await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
      await expect(page.locator("h1")).toHaveText("Hvor gammel er personen, du søger hjælp til?");
      await expect(notice).toHaveCount(0);
      expect(await page.evaluate(() => caches.keys())).toEqual([`hjaelpeguiden-${newVersion}`]);
    } finally {
      await server.stop();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

test.describe("a first visit", () => {
  // A server of its own, which counts what it is asked for.
  const PORT = 8096;
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  test.use({ allowedOrigins: [ORIGIN], baseURL: ORIGIN });

  test("downloads each file once: the offline copy takes them from the browser's cache and asks again only for the page", async ({ page }) => {
    const { stop, requested } = await startServer(DIST, PORT, { logRequests: true });
    try {
      await page.goto("/");
      await expect(page.locator("h1")).toBeVisible();
      await waitForOfflineCopy(page);
      const paths = requested();
      // Trunk writes the hash in hex without leading zeros, so it may be shorter than 16 digits.
      const hashed = paths.filter((path) => /-[0-9a-f]{12,16}(_bg\.wasm|\.js|\.css|\.svg)$/.test(path));
      // The program, by far the largest, its glue, the style sheet and the icon: each once, so what `make bench`
      // adds up is what a first visit downloads.
      const unhashed = hashed.map((path) => path.replace(/-[0-9a-f]{12,16}/, "")).sort();
      expect(unhashed).toEqual(["/favicon.svg", "/hjaelpeguiden.js", "/hjaelpeguiden_bg.wasm", "/style.css"]);
      // Besides them: the worker, and the page, for the visit and for the copy (it may change, so it is not kept
      // by the browser's cache: 1.5 KB).
      expect(paths.filter((path) => !hashed.includes(path)).sort()).toEqual(["/", "/", "/sw.js"]);
    } finally {
      await stop();
    }
  });
});

test("a new build's worker deletes the copy of the old build", async ({ page }) => {
  // robots.txt does not start the app, so no worker is registered yet when the stale copy is planted.
  await page.goto("/robots.txt");
  await page.evaluate(() => caches.open("hjaelpeguiden-old-build").then((cache) => cache.put("/", new Response("old"))));
  await page.goto("/");
  await waitForOfflineCopy(page);
  const keys = await page.evaluate(() => caches.keys());
  expect(keys).toHaveLength(1);
  expect(keys[0]).toMatch(/^hjaelpeguiden-[0-9a-f]{16}$/);
});

test("the worker stores only the app's own files", async ({ page }) => {
  await page.goto("/");
  await waitForOfflineCopy(page);
  const stored = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  });
  expect(stored).toContain("/");
  expect(stored.filter((path) => path.endsWith(".wasm"))).toHaveLength(1);
  for (const path of stored) expect(path).toMatch(/^\/$|^\/[a-z]+-[0-9a-f]+(_bg\.wasm|\.js|\.css|\.svg)$/);
});

test("files are sent compressed; hashed ones may be kept for good, the page and the worker are checked each load", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const wasm = html.match(/href="?(\/[^"\s>]+_bg\.wasm)/)[1];
  const wasmHeaders = (await request.get(wasm, { headers: { "Accept-Encoding": "br, gzip" } })).headers();
  expect(wasmHeaders["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(wasmHeaders["content-encoding"], "compressed like production").toBe("br");
  for (const path of ["/", "/sw.js", "/tilbud"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toBe("no-cache");
  }
});
