// Shared fixtures. Every test runs with three guards that fail it afterwards:
//  - any request to another origin (no fonts, CDNs, maps, analytics: nothing leaves the phone);
//  - any Content-Security-Policy violation the browser reports;
//  - any uncaught page error.
// Tests that deliberately leave the app (quick exit) declare the one origin they expect; tests that stop the app
// from starting declare that page errors are expected.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const APP_ORIGIN = "http://127.0.0.1:8080";

export const test = base.extend({
  allowedOrigins: [[], { option: true }],
  pageErrorsExpected: [false, { option: true }],
  guarded: [
    async ({ page, allowedOrigins, pageErrorsExpected }, use) => {
      const foreign = [];
      const errors = [];
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:")) return;
        const origin = new URL(url).origin;
        if (origin !== APP_ORIGIN && !allowedOrigins.includes(origin)) foreign.push(url);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`));
      });
      await use();
      let violations = [];
      try {
        violations = await page.evaluate(() => window.__cspViolations ?? []);
      } catch {
        // The page has left the app (quick exit): its own violations were checked before it left.
      }
      expect(foreign, "requests to other origins").toEqual([]);
      expect(violations, "CSP violations").toEqual([]);
      if (!pageErrorsExpected) expect(errors, "uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Runs axe (WCAG 2.0–2.2 A and AA, plus its best practices such as heading order, and the AAA rules) and expects
 * no violations. The light scheme meets AAA contrast (7:1) too; the dark scheme keeps AA, since its buttons must
 * also stand out from the dark page (style/tokens.css).
 */
export async function expectAccessible(page) {
  await expect(page.locator("h1")).toBeVisible();
  const dark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
  const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]);
  const results = await (dark ? axe.disableRules(["color-contrast-enhanced"]) : axe).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Clicks "Fortsæt" / "Continue". */
export async function continueOn(page) {
  await page.getByRole("button", { name: /^(Fortsæt|Continue)$/ }).click();
}

/** Ticks the options with these exact labels on the current question page, then continues. */
export async function pick(page, ...labels) {
  for (const label of labels) await page.getByLabel(label, { exact: true }).check();
  await continueOn(page);
}

/**
 * Answers the whole questionnaire through the real UI, checking accessibility on every page, and returns the
 * URLs visited. `answers` uses the Danish labels shown on screen.
 */
export async function answerAll(page, { who, age, topics, help, noReferral }) {
  const visited = [];
  const onPage = async () => {
    visited.push(page.url());
    await expectAccessible(page);
  };
  await page.goto("/");
  await onPage();
  await page.getByRole("link", { name: "Start nu" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  await onPage();
  await pick(page, "Nej");
  await expect(page).toHaveURL(/\/sporgsmal\/hvem$/);
  await onPage();
  await pick(page, who);
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  await onPage();
  await page.getByRole("textbox").fill(String(age));
  await continueOn(page);
  await expect(page).toHaveURL(/\/sporgsmal\/emner$/);
  await onPage();
  await pick(page, ...topics);
  await expect(page).toHaveURL(/\/sporgsmal\/hjaelp$/);
  await onPage();
  await pick(page, ...help);
  await expect(page).toHaveURL(/\/sporgsmal\/henvisning$/);
  await onPage();
  await pick(page, noReferral ? "Ja, helst uden henvisning" : "Det er lige meget");
  await expect(page).toHaveURL(/\/tjek-svar$/);
  await onPage();
  await page.getByRole("link", { name: "Se forslag" }).click();
  await expect(page).toHaveURL(/\/resultater$/);
  await onPage();
  return visited;
}

/** The names of the first `n` results. */
export async function topResults(page, n = 3) {
  const names = await page.locator("ol.hg-results-page__list > li .hg-offer-card__title").allTextContents();
  return names.slice(0, n).map((s) => s.trim());
}

/**
 * Replaces the browser's speech engine before the app starts. `voices`: [lang, localService, default] triples.
 * Records utterances in window.__spoken and cancellations in window.__cancels, and tells Node of cancellations
 * through `__noteCancel` when the test exposes it (the page may be gone a moment later).
 */
export async function fakeSpeech(page, voices) {
  await page.addInitScript((voices) => {
    window.__spoken = [];
    window.__cancels = 0;
    const made = voices.map(([lang, localService, isDefault], i) =>
      Object.create(SpeechSynthesisVoice.prototype, {
        name: { value: `voice ${i}` },
        voiceURI: { value: `voice-${i}` },
        lang: { value: lang },
        localService: { value: localService },
        default: { value: isDefault },
      }),
    );
    // The real utterance only accepts the browser's own voice objects.
    window.SpeechSynthesisUtterance = class extends EventTarget {
      constructor(text) {
        super();
        this.text = text;
        this.voice = null;
        this.lang = "";
        this.onend = null;
      }
    };
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => made,
        speak: (utterance) => window.__spoken.push(utterance),
        cancel: () => {
          window.__cancels += 1;
          window.__noteCancel?.();
        },
        onvoiceschanged: null,
      },
    });
  }, voices);
}
