// Read aloud (src/domain/speech.rs, src/ui/read_aloud.rs). Headless Chromium has no voices, so each test gives the
// page a stand-in speech engine: voices described like a browser's, and a `speak` that records what it is asked.
import { test, expect, expectAccessible, answerAll, fakeSpeech } from "./fixtures.js";

const spoken = (page) => page.evaluate(() => window.__spoken.map((u) => ({ text: u.text, lang: u.lang, voice: u.voice?.name })));

test("without a voice on the device there is no read-aloud button, not even with a voice on a server", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Læs op" })).toHaveCount(0);

  const remoteOnly = await page.context().newPage();
  await fakeSpeech(remoteOnly, [["da-DK", false, true], ["en-GB", true, false]]);
  await remoteOnly.goto("/tilbud");
  await expect(remoteOnly.locator("h1")).toHaveText("Alle tilbud");
  await expect(remoteOnly.getByRole("button", { name: "Læs op" })).toHaveCount(0);
  // In English a local voice exists, so the button is there.
  await remoteOnly.getByRole("button", { name: "English" }).click();
  await expect(remoteOnly.getByRole("button", { name: "Read aloud" })).toBeVisible();
});

test("a browser without a speech engine (Android's WebView) gets no button, and nothing breaks", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: undefined });
  });
  await page.goto("/tilbud/perron-4");
  await expect(page.locator("h1")).toHaveText("Perron 4");
  await page.getByRole("link", { name: "Tilbage til alle tilbud" }).click();
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  await expect(page.getByRole("button", { name: "Læs op" })).toHaveCount(0);
  // The quick exit stops any reading first; without an engine it must still leave.
  await expect(page.getByRole("link", { name: "Forlad siden", exact: true })).toBeVisible();
});

test("the page is read with the device's Danish voice, passage by passage, and can be stopped", async ({ page }) => {
  await fakeSpeech(page, [["da-DK", false, true], ["en-US", true, true], ["da-DK", true, false]]);
  await page.goto("/tilbud/perron-4");
  await expect(page.locator("h1")).toHaveText("Perron 4");
  const button = page.getByRole("button", { name: "Læs op" });
  await expectAccessible(page);
  // On the smallest phone the button keeps a full touch target, in the header's second row, with no sideways
  // scrolling.
  await page.setViewportSize({ width: 320, height: 640 });
  const box = await button.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const crisisLink = await page.getByRole("link", { name: "Akut hjælp" }).first().boundingBox();
  expect(Math.abs(box.y + box.height / 2 - (crisisLink.y + crisisLink.height / 2))).toBeLessThan(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await button.click();
  await expect(page.getByRole("button", { name: "Stop oplæsning" })).toBeVisible();
  const read = await spoken(page);
  // The main content only, heading first, each passage with the local Danish voice (not the server's).
  expect(read[0]).toEqual({ text: "Perron 4", lang: "da-DK", voice: "voice 2" });
  expect(read.length).toBeGreaterThan(3);
  expect(read.every((u) => u.voice === "voice 2" && u.lang === "da-DK" && u.text.trim() === u.text && u.text !== "")).toBe(true);
  expect(read.map((u) => u.text)).toContain("89 15 70 00");
  // Not the header, and not the back link before the heading.
  expect(read.map((u) => u.text).join(" ")).not.toContain("Forlad siden");
  expect(read.map((u) => u.text)).not.toContain("Tilbage til alle tilbud");

  const cancels = await page.evaluate(() => window.__cancels);
  await page.getByRole("button", { name: "Stop oplæsning" }).click();
  expect(await page.evaluate(() => window.__cancels)).toBe(cancels + 1);
  await expect(button).toBeVisible();

  // Read to the end: when the last passage has been spoken, the button offers reading again.
  await button.click();
  await expect(page.getByRole("button", { name: "Stop oplæsning" })).toBeVisible();
  await page.evaluate(() => {
    const last = window.__spoken.at(-1);
    last.onend?.(new Event("end"));
  });
  await expect(button).toBeVisible();
});

/** Tells the page's app that the speech engine has started on utterance `at` (negative: from the end). */
const startSpeaking = (page, at) =>
  page.evaluate((at) => {
    const utterance = window.__spoken.at(at);
    utterance.onstart?.({ utterance });
  }, at);

/** The text of the one highlighted block, or null when none is highlighted. */
const highlighted = (page) =>
  page.evaluate(() => {
    const marked = document.querySelectorAll("[data-reading]");
    if (marked.length > 1) throw new Error(`${marked.length} blocks highlighted at once`);
    return marked[0]?.innerText.trim() ?? null;
  });

test("the block being read is highlighted and scrolled into view, and the highlight goes when reading stops", async ({ page }) => {
  await fakeSpeech(page, [["da-DK", true, true]]);
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/tilbud/perron-4");
  await expect(page.locator("h1")).toHaveText("Perron 4");
  await page.getByRole("button", { name: "Læs op" }).click();
  const texts = (await spoken(page)).map((u) => u.text);
  expect(await highlighted(page)).toBeNull();

  await startSpeaking(page, 0);
  expect(await highlighted(page)).toBe("Perron 4");
  // Further down: the phone number's block comes into view while it is read.
  const phone = texts.indexOf("89 15 70 00");
  expect(phone).toBeGreaterThan(0);
  await startSpeaking(page, phone);
  expect(await highlighted(page)).toContain("89 15 70 00");
  await expect(page.locator("[data-reading]")).toBeInViewport();
  // The tint keeps every text readable (axe checks contrast on the highlighted block too).
  await expectAccessible(page);

  await page.getByRole("button", { name: "Stop oplæsning" }).click();
  expect(await highlighted(page)).toBeNull();

  // Read to the end: the highlight goes with the last line.
  await page.getByRole("button", { name: "Læs op" }).click();
  await startSpeaking(page, -1);
  expect(await highlighted(page)).not.toBeNull();
  await page.evaluate(() => window.__spoken.at(-1).onend?.(new Event("end")));
  expect(await highlighted(page)).toBeNull();
});

/** Reads the open page aloud and returns what was spoken, line by line. */
async function readAloud(page) {
  await page.evaluate(() => (window.__spoken.length = 0));
  await page.getByRole("button", { name: "Læs op" }).click();
  const read = (await spoken(page)).map((u) => u.text);
  await page.getByRole("button", { name: "Stop oplæsning" }).click();
  return read;
}

/** What the page shows, as the browser lays it out line by line, less the back links marked data-skip-read. */
const shownLines = (page) =>
  page.evaluate(() => {
    const main = document.getElementById("main");
    const skipped = [...main.querySelectorAll("[data-skip-read]")].map((element) => element.innerText.trim());
    return main.innerText
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !skipped.includes(line));
  });

test("reading block by block says every line of the page once, in order, and nothing hidden", async ({ page }) => {
  await fakeSpeech(page, [["da-DK", true, true]]);
  for (const path of ["/", "/tilbud", "/tilbud/perron-4", "/akut", "/privatliv", "/sikker-brug", "/sporgsmal/hvem", "/liste/perron-4+ppr+borgerraadgiveren"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await readAloud(page), path).toEqual(await shownLines(page));
  }
  // The list page holds the printed hand-out's QR text, which the screen does not show: it is not read.
  await expect(page.locator(".hg-shortlist-page__print-qr")).toContainText("Scan");
  expect((await readAloud(page)).join(" ")).not.toContain("Scan");

  // The results, with the chooser of what goes on the list folded away: its checkboxes are not read until opened.
  await answerAll(page, { who: "Mig selv", age: 24, topics: ["Alkohol, hash eller andre stoffer"], help: ["Behandling eller genoptræning"] });
  const folded = await readAloud(page);
  expect(folded).toEqual(await shownLines(page));
  expect(folded).toContain("Vælg, hvad der kommer med");
  await page.getByText("Vælg, hvad der kommer med").click();
  const opened = await readAloud(page);
  expect(opened).toEqual(await shownLines(page));
  expect(opened.length).toBeGreaterThan(folded.length);
});

test("reading stops when the page or the language changes", async ({ page }) => {
  await fakeSpeech(page, [["da-DK", true, true], ["en-GB", true, false]]);
  await page.goto("/tilbud");
  await page.getByRole("button", { name: "Læs op" }).click();
  const before = await page.evaluate(() => window.__cancels);
  await page.getByRole("link", { name: "Perron 4", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Perron 4");
  expect(await page.evaluate(() => window.__cancels)).toBeGreaterThan(before);
  await expect(page.getByRole("button", { name: "Læs op" })).toBeVisible();

  await page.getByRole("button", { name: "Læs op" }).click();
  const beforeSwitch = await page.evaluate(() => window.__cancels);
  await page.getByRole("button", { name: "English" }).click();
  expect(await page.evaluate(() => window.__cancels)).toBeGreaterThan(beforeSwitch);
  await expect(page.getByRole("button", { name: "Read aloud" })).toBeVisible();
  // Read again in English: the English voice, the English heading.
  await page.getByRole("button", { name: "Read aloud" }).click();
  expect((await spoken(page)).at(-1).lang).toBe("en-GB");
  expect(await page.evaluate(() => window.__spoken.filter((u) => u.lang === "en-GB")[0].text)).toBe("Perron 4 (drop-in centre)");
});

test.describe("quick exit", () => {
  test.use({ allowedOrigins: ["https://www.dmi.dk"] });

  test("silences the reading before it leaves", async ({ page }) => {
    await page.route("https://www.dmi.dk/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>DMI</title>" }));
    let cancelled = 0;
    await page.exposeFunction("__noteCancel", () => {
      cancelled += 1;
    });
    await fakeSpeech(page, [["da-DK", true, true]]);
    await page.goto("/tilbud/perron-4");
    await page.getByRole("button", { name: "Læs op" }).click();
    const before = cancelled;
    await page.getByRole("link", { name: "Forlad siden", exact: true }).click();
    await expect(page).toHaveURL("https://www.dmi.dk/");
    expect(cancelled).toBeGreaterThan(before);
  });
});
