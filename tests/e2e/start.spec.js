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
    // Reloading will not help such a browser: the way on is the page of every offer and number, which needs no script.
    await page.getByRole("link", { name: "Se alle tilbud og telefonnumre" }).click();
    await expectPlainPage(page, "da");
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
    await page.getByRole("link", { name: "See all offers and phone numbers" }).click();
    await expectPlainPage(page, "en");
    await page.getByRole("link", { name: "Dansk" }).click();
    await expectPlainPage(page, "da");
  });
});

/**
 * The page of every offer and number (dist/alle-tilbud/): the lines first, 112 at the top, then as many offers as
 * its lead says, each line's number a link to call, and nothing sideways on a 320 px phone.
 */
async function expectPlainPage(page, lang) {
  const heading = { da: "Alle tilbud og telefonnumre", en: "All offers and phone numbers" }[lang];
  await expect(page).toHaveURL(`/alle-tilbud/${lang}.html`);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("h1")).toHaveText(heading);
  await expect(page).toHaveTitle(`${heading} – Hjælpeguiden – ${lang === "da" ? "Randers Kommune" : "Randers Municipality"}`);
  const [lines, offers] = [page.locator(".hg-plain__list").nth(0), page.locator(".hg-plain__list").nth(1)];
  await expect(lines.locator("h3").first()).toHaveText(lang === "da" ? "Alarm 112" : "Emergency 112");
  await expect(lines.getByRole("link", { name: "112", exact: true })).toHaveAttribute("href", "tel:112");
  await expect(lines.getByRole("link", { name: /70 20 12 01$/ })).toHaveAttribute("href", "tel:+4570201201");
  const lead = await page.locator("h2 + p").last().innerText();
  const count = Number(lead.match(/^(\d+) /)?.[1]);
  expect(count, lead).toBeGreaterThanOrEqual(20);
  await expect(offers.locator(":scope > li")).toHaveCount(count);
  await expect(offers.getByRole("heading", { name: "Autismecenter Randers" })).toBeVisible();
  // After the lines, a link to each offer, each a full touch target, leading to its card.
  const contents = page.getByRole("navigation", { name: { da: "Gå direkte til et tilbud:", en: "Go straight to an offer:" }[lang] });
  await expect(contents.getByRole("link")).toHaveCount(count);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const heights = await contents.getByRole("link").evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  await contents.getByRole("link", { name: /^Autismecenter Randers/ }).click();
  await expect(page).toHaveURL(/#autismecenter-randers$/);
  await expect(offers.getByRole("heading", { name: "Autismecenter Randers" })).toBeInViewport();
}

test("the page of every offer and number looks like the app and passes axe, in both languages", async ({ page }) => {
  for (const lang of ["da", "en"]) {
    await page.goto(`/alle-tilbud/${lang}.html`);
    await expect(page.locator("link[rel=stylesheet]")).toHaveAttribute("href", /^\/style-[0-9a-f]+\.css$/);
    // The app's stylesheet applies: the header has the brand's colour, not the browser's white.
    await expect(page.locator(".hg-header")).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
    await expect(page.locator("script")).toHaveCount(0);
    await expectAccessible(page);
  }
});
