// When the app cannot start (index.html's start check): a browser without WebAssembly (iOS Lockdown Mode, a browser's
// strictest security setting, a very old browser), or a program that fails to load on a poor connection. The page
// must say so and give a way on, never show "Indlæser" for ever.
import { test, expect, expectAccessible } from "./fixtures.js";

const CANNOT_START = "Denne browser kan ikke køre Hjælpeguiden.";

test.describe("when the app cannot start", () => {
  test.use({ pageErrorsExpected: true });

  test("without WebAssembly the page says so at once, with the emergency numbers", async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto("/tilbud");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hjælpeguiden kan ikke starte · Hjælpeguiden cannot start");
    await expect(page.getByText(CANNOT_START)).toBeVisible();
    await expect(page.getByText("Indlæser")).toBeHidden();
    await expect(page.getByRole("link", { name: "112" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "70 11 31 31" }).first()).toBeVisible();
    await expectAccessible(page);
  });

  for (const [part, pattern] of [
    ["program", /_bg\.wasm$/],
    ["JavaScript glue", /\/hjaelpeguiden-[0-9a-f]+\.js$/],
  ]) {
    test(`a ${part} that fails to load gets the message, and a reload that works starts the app`, async ({ page }) => {
      await page.route(pattern, (route) => route.abort());
      await page.goto("/tilbud");
      await expect(page.getByText(CANNOT_START)).toBeVisible();
      await expect(page.getByText("Indlæser")).toBeHidden();
      await page.unroute(pattern);
      await page.getByRole("button", { name: "Genindlæs siden · Reload" }).click();
      await expect(page.locator("h1")).toHaveText("Alle tilbud");
    });
  }
});

test("while loading, no h1 is shown, so a test or tool waiting for a visible h1 always gets the app's", async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/tilbud");
  await expect(page.getByText("Indlæser")).toBeVisible();
  await expect(page.locator("h1:visible")).toHaveCount(0);
  release();
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
});

test("once the app has started, the start check has nothing left to show", async ({ page }) => {
  await page.goto("/tilbud");
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  await expect(page.locator("#loading, #no-start")).toHaveCount(0);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says the guide needs JavaScript, gives the numbers, and does not pretend to load", async ({ page }) => {
    await page.goto("/tilbud");
    // Playwright's text search skips <noscript>, so the paragraph is found by its place.
    await expect(page.locator("noscript > p").first()).toHaveText("Hjælpeguiden kræver JavaScript.");
    await expect(page.locator("noscript > p").first()).toBeVisible();
    await expect(page.getByText("Indlæser")).toBeHidden();
    await expect(page.getByText(CANNOT_START)).toBeHidden();
    await expect(page.getByRole("link", { name: "112" }).first()).toBeVisible();
  });
});
