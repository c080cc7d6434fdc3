// Safety: crisis help first, opening hours at an injected time, quick exit, bad input.
import { test, expect, expectAccessible, pick, answerAll, topResults } from "./fixtures.js";

test("answering yes to danger goes straight to the crisis page, 112 first", async ({ page }) => {
  await page.goto("/sporgsmal/fare");
  await pick(page, "Ja");
  await expect(page).toHaveURL(/\/akut$/);
  await expect(page.locator("h1")).toHaveText("Akut hjælp");
  await expect(page.locator(".hg-crisis-page__line").first()).toContainText("Alarm 112");
  await expect(page.getByRole("link", { name: "Ring 112" }).first()).toHaveAttribute("href", "tel:112");
  await expectAccessible(page);
});

test("an acute topic later also goes to the crisis page, and one can go on from there", async ({ page }) => {
  await page.goto("/sporgsmal/fare");
  await pick(page, "Nej");
  await page.goto("/sporgsmal/emner");
  await pick(page, "Tanker om at skade sig selv eller tage sit liv");
  await expect(page).toHaveURL(/\/akut$/);
  await page.getByRole("link", { name: "Fortsæt med at finde hjælp" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/hvem$/);
});

test("the crisis page shows open and closed lines for an injected time", async ({ page }) => {
  // Tuesday 24 November 2026, 06:00 in Copenhagen (05:00 UTC).
  await page.clock.setFixedTime(new Date("2026-11-24T05:00:00Z"));
  await page.goto("/akut");
  const livslinien = page.locator("#livslinien");
  await expect(livslinien).toContainText("Lukket – åbner i dag kl. 11.00");
  // The editors' first alternative for Livslinien, open at night; never the children's line for an adult.
  await expect(livslinien.locator(".hg-crisis-page__alternative")).toHaveText("Lukket nu. Prøv i stedet: Lægevagten, Region Midtjylland");
  // Open, and until when: the night that began yesterday ends at 08.00.
  await expect(page.locator("#laegevagten .hg-contact-list__status")).toHaveText("Åben nu – til kl. 08.00");
  await expect(page.locator("#sind-raadgivning .hg-contact-list__status")).toHaveCount(0);
  await expectAccessible(page);
  // Printed, the page keeps every line's hours but not what is only true now ("Åben nu", "Lukket nu. Prøv i
  // stedet"), nor a call button that does nothing on paper.
  await page.emulateMedia({ media: "print" });
  await expect(livslinien).toContainText("alle dage kl. 11.00–04.00");
  await expect(livslinien.locator(".hg-crisis-page__alternative")).toBeHidden();
  await expect(page.locator("#laegevagten .hg-contact-list__status")).toBeHidden();
  await expect(page.getByRole("link", { name: "Ring 112" })).toBeHidden();
});

test("the crisis page at midday on a weekday", async ({ page }) => {
  // Tuesday 24 November 2026, 12:00 in Copenhagen.
  await page.clock.setFixedTime(new Date("2026-11-24T11:00:00Z"));
  await page.goto("/akut");
  await expect(page.locator("#livslinien")).toContainText("Åben nu – til i morgen kl. 04.00");
  await expect(page.locator("#laegevagten")).toContainText("Lukket – åbner i dag kl. 16.00");
  // headspace (advice for worried relatives) is closed on Tuesdays after 15.00 too, but at noon it is open; its
  // only alternative is the doctor, who is closed: no pointer, and certainly not to 112.
  await page.clock.setFixedTime(new Date("2026-11-24T07:30:00Z"));
  await page.goto("/akut");
  await expect(page.locator("#headspace-familie")).toContainText("Lukket – åbner i dag kl. 09.00");
  await expect(page.locator("#headspace-familie .hg-crisis-page__alternative")).toHaveCount(0);
});

test("on a Friday evening the out-of-hours doctor is open until Monday morning, in both languages", async ({ page }) => {
  // Friday 27 November 2026, 17:00 in Copenhagen: the weekday evening, the weekend and the night into Monday follow
  // on without a break.
  await page.clock.setFixedTime(new Date("2026-11-27T16:00:00Z"));
  await page.goto("/akut");
  const status = page.locator("#laegevagten .hg-contact-list__status");
  await expect(status).toHaveText("Åben nu – til mandag kl. 08.00");
  // The time stays on one line with the word before it (a no-break space; toHaveText counts it as any space).
  expect(await status.textContent()).toBe("Åben nu – til mandag kl.\u00a008.00");
  await page.getByRole("button", { name: "English" }).click();
  await expect(status).toHaveText("Open now – until Monday at 08.00");
  expect(await status.textContent()).toBe("Open now – until Monday at\u00a008.00");
  await expectAccessible(page);
});

test("a crisis page left open follows the hours: a line closes, its pointer moves on, focus stays", async ({ page }) => {
  // Tuesday 24 November 2026, 07:58 in Copenhagen, on a clock the test moves on: Lægevagten's night ends at 08.00.
  await page.clock.install({ time: new Date("2026-11-24T06:58:00Z") });
  await page.goto("/akut");
  const doctor = page.locator("#laegevagten .hg-contact-list__status");
  const livslinien = page.locator("#livslinien");
  const pointer = livslinien.locator(".hg-crisis-page__alternative");
  await expect(doctor).toHaveText("Åben nu – til kl. 08.00");
  await expect(doctor).toHaveClass(/hg-contact-list__status--open/);
  await expect(pointer).toHaveText("Lukket nu. Prøv i stedet: Lægevagten, Region Midtjylland");
  // Someone about to call Livslinien keeps their place while the page changes around them.
  const call = livslinien.locator('a[href="tel:+4570201201"]');
  await call.focus();
  await page.clock.fastForward("03:00");
  await expect(doctor).toHaveText("Lukket – åbner i dag kl. 16.00");
  await expect(doctor).not.toHaveClass(/hg-contact-list__status--open/);
  await expect(pointer).toHaveText("Lukket nu. Prøv i stedet: Alarm 112");
  await expect(call).toBeFocused();
  // 11.01: Livslinien has opened and needs no pointer.
  await page.clock.fastForward("03:00:00");
  await expect(livslinien.locator(".hg-contact-list__status")).toHaveText("Åben nu – til i morgen kl. 04.00");
  await expect(pointer).toHaveCount(0);
  await expect(call).toBeFocused();
  await expectAccessible(page);
});

test("on a public holiday the crisis page follows what each source says about holidays", async ({ page }) => {
  // Ascension Day, Thursday 14 May 2026, 10:00 in Copenhagen (08:00 UTC). On an ordinary Thursday morning the
  // out-of-hours doctor is closed; its source says "all day on public holidays".
  await page.clock.setFixedTime(new Date("2026-05-14T08:00:00Z"));
  await page.goto("/akut");
  const doctor = page.locator("#laegevagten");
  // The holiday runs on into the weekday night after it.
  await expect(doctor.locator(".hg-contact-list__status")).toHaveText("Åben nu – til i morgen kl. 08.00");
  await expect(doctor).toContainText("helligdage hele døgnet");
  // headspace's source says nothing about holidays: no guess, a plain word and a line that is open.
  const headspace = page.locator("#headspace-familie");
  await expect(headspace.locator(".hg-contact-list__status").first()).toHaveText(
    "Helligdag i dag – kilden siger ikke, om der er åbent. Ring og tjek.",
  );
  await expect(headspace.locator(".hg-crisis-page__alternative")).toHaveText("Måske lukket i dag. Prøv i stedet: Lægevagten, Region Midtjylland");
  // Days in a row read as a range, and a whole day as "hele døgnet".
  // The weekend's end reads as the night it is, not as "mandag kl. 00.00–08.00".
  await expect(doctor).toContainText(
    "mandag–fredag kl. 16.00–08.00; lørdag og søndag hele døgnet; natten til mandag indtil kl. 08.00; helligdage hele døgnet",
  );
  await expect(page.locator("#livslinien")).toContainText("alle dage kl. 11.00–04.00");
  await expectAccessible(page);
});

test.describe("quick exit", () => {
  test.use({ allowedOrigins: ["https://www.dmi.dk"] });

  test.beforeEach(async ({ page }) => {
    await page.route("https://www.dmi.dk/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>DMI</title><p>Vejret</p>" }));
  });

  async function startWithStoredData(page) {
    await page.goto("/sporgsmal/fare");
    await pick(page, "Nej");
    await page.evaluate(() => localStorage.setItem("left-behind", "x"));
    expect(await page.evaluate(() => sessionStorage.getItem("hg-answers"))).not.toBeNull();
    // The offline copy is in place before leaving, so the test shows that leaving removes it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.evaluate(() => caches.keys())).toHaveLength(1);
  }

  async function expectLeftWithoutTrace(page, context) {
    await expect(page).toHaveURL("https://www.dmi.dk/");
    // The offline copy and its worker are gone. Checked first, because going Back below starts the app again, which
    // rightly makes a new copy; robots.txt does not start the app.
    const probe = await context.newPage();
    await probe.goto("/robots.txt");
    await expect.poll(() => probe.evaluate(() => caches.keys())).toEqual([]);
    await expect.poll(() => probe.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    // Back does not return to the page the person left.
    await page.goBack();
    expect(page.url()).not.toContain("/sporgsmal/hvem");
    // Nothing else is left on the device: a fresh visit finds no answers and no localStorage.
    const fresh = await context.newPage();
    await fresh.goto("/");
    expect(await fresh.evaluate(() => localStorage.length)).toBe(0);
    await page.goto("/tjek-svar");
    await expect(page.locator("dl")).not.toContainText("Nej");
    expect(await context.cookies()).toEqual([]);
  }

  test("the button blanks the page, wipes storage and replaces history", async ({ page, context }) => {
    await startWithStoredData(page);
    await page.getByRole("link", { name: "Forlad siden", exact: true }).click();
    await expectLeftWithoutTrace(page, context);
  });

  test("Shift pressed three times leaves, with a visible indicator per press", async ({ page, context }) => {
    await startWithStoredData(page);
    await page.keyboard.press("Shift");
    await expect(page.locator(".hg-quick-exit__indicator")).toHaveAttribute("data-presses", "1");
    await expect(page.locator(".hg-quick-exit__dot--on")).toHaveCount(1);
    await page.keyboard.press("Shift");
    await expect(page.locator(".hg-quick-exit__dot--on")).toHaveCount(2);
    await page.keyboard.press("Shift");
    await expectLeftWithoutTrace(page, context);
  });

  // Blocked storage (cookies blocked in the browser's settings, which makes sessionStorage throw; some private
  // modes) or full storage must not stop anyone: the answers then live in memory only, and leaving still works.
  for (const blocked of ["throws", "is full"]) {
    test(`when storage ${blocked}, the questions, the results, ticking, the language and the exit still work`, async ({ page }) => {
      await page.addInitScript((blocked) => {
        if (blocked === "throws") {
          for (const name of ["sessionStorage", "localStorage"]) {
            Object.defineProperty(window, name, { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
          }
        } else {
          Storage.prototype.setItem = () => { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
        }
      }, blocked);
      // Nothing to keep yet, so nothing to say.
      await page.goto("/");
      const notice = page.getByRole("status").filter({ hasText: "gemme dine svar" });
      await expect(notice).toHaveCount(0);
      await answerAll(page, { who: "Mig selv", age: 40, topics: ["Bolig eller hjemløshed"], help: ["Et sted at bo"] });
      expect(await topResults(page)).toContain("Perron 4");
      // From the first answer that could not be kept, the person knows a reload would lose the answers.
      await expect(notice).toHaveText(/Din browser lader ikke siden gemme dine svar og din liste\. Hvis du genindlæser siden, skal du starte forfra\./);
      await expectAccessible(page);
      // Said once: closed, it does not come back when the ticked list cannot be kept either.
      await notice.getByRole("button", { name: "Luk" }).click();
      await expect(notice).toHaveCount(0);
      await page.getByRole("contentinfo").getByRole("link", { name: "Alle tilbud" }).click();
      await page.getByLabel("Læg på listen: Perron 4").check();
      await expect(page.getByRole("status").filter({ hasText: "på listen" })).toHaveText("1 tilbud på listen");
      await expect(notice).toHaveCount(0);
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("h1")).toHaveText("All offers");
      // What could not be stored is gone after a reload, and the app starts as on a first visit.
      await page.reload();
      await expect(page.locator("h1")).toHaveText("Alle tilbud");
      await page.getByRole("link", { name: "Forlad siden", exact: true }).click();
      await expect(page).toHaveURL("https://www.dmi.dk/");
    });
  }

  test("Shift+Tab back through a form never counts towards the exit, and typing resets the count", async ({ page }) => {
    await page.goto("/sporgsmal/emner");
    await expect(page.locator("h1")).toBeVisible();
    await page.getByRole("button", { name: "Ved ikke" }).focus();
    for (let step = 0; step < 6; step++) await page.keyboard.press("Shift+Tab");
    await expect(page).toHaveURL(/\/sporgsmal\/emner$/);
    await expect(page.locator(".hg-quick-exit__indicator")).toHaveAttribute("data-presses", "0");
    // Two lone presses, then another key: the count starts again, so a third lone press does not leave.
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect(page.locator(".hg-quick-exit__indicator")).toHaveAttribute("data-presses", "2");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Shift");
    await expect(page.locator(".hg-quick-exit__indicator")).toHaveAttribute("data-presses", "1");
    await expect(page).toHaveURL(/\/sporgsmal\/emner$/);
  });

  test("the first link on the page is the exit, for assistive technology", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toBeVisible();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Forlad siden hurtigt");
  });
});

test("an unknown route shows a friendly 404 with a way to the start and to crisis help", async ({ page }) => {
  await page.goto("/findes/ikke");
  await expect(page.locator("h1")).toHaveText("Siden findes ikke");
  await expect(page.getByRole("link", { name: "Gå til forsiden" })).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "Akut hjælp" })).toBeVisible();
  await expectAccessible(page);
});

test("tampered links: an unknown offer may have closed, an unknown question is a 404", async ({ page }) => {
  await page.goto("/tilbud/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  await expect(page.locator("h1")).toHaveText("Tilbuddet findes ikke");
  await expect(page.getByText("Tilbuddet er måske lukket")).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "Alle tilbud" })).toBeVisible();
  // A tampered link is no offer's id cut short or mistyped: no guess is offered.
  await expect(page.getByText("Måske var det dette tilbud")).toHaveCount(0);
  await page.goto("/sporgsmal/..%2F..%2Fetc");
  await expect(page.locator("h1")).toHaveText("Siden findes ikke");
  // A question's address with a dot in it is still an unknown question, not a file that could not be loaded.
  await page.goto("/sporgsmal/alder.json");
  await expect(page.locator("h1")).toHaveText("Siden findes ikke");
  // A file's address that no file answers, where the host sends the app for every address: the page does not say
  // the device is offline, only what may be wrong.
  await page.goto("/licenser/ukendt.txt");
  await expect(page.locator("h1")).toHaveText("Filen kunne ikke hentes");
  await expect(page.getByText("Tjek adressen.")).toBeVisible();
  await expectAccessible(page);
  // Answers never come from the address: these fill nothing in, so the questions are still to be answered.
  await page.goto("/resultater?alder=17&emner=autisme");
  await expect(page.locator("h1")).toHaveText("Der mangler nogle svar");
});

test("a link cut short or mistyped offers the offer it most likely meant", async ({ page }) => {
  // As typed from a printed hand-out, with the dash left out.
  await page.goto("/tilbud/perron4");
  await expect(page.locator("h1")).toHaveText("Tilbuddet findes ikke");
  await expect(page.getByText("Måske var det dette tilbud, du ledte efter:")).toBeVisible();
  await expectAccessible(page);
  await page.locator("main").getByRole("link", { name: "Perron 4" }).click();
  await expect(page.locator("h1")).toHaveText("Perron 4");
  // Cut short, as a long link in a text message can be, and in English.
  await page.goto("/tilbud/autismecenter-ran");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("Perhaps this is the offer you were looking for:")).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "Autismecenter Randers (autism centre)" })).toHaveAttribute(
    "href",
    "/tilbud/autismecenter-randers",
  );
});

test("corrupted stored answers are discarded with a short notice, and the app carries on", async ({ page }) => {
  await page.goto("/");
  // Write only once the app runs: an app still starting would read (and discard) the damage before the reload.
  await expect(page.locator("h1")).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem("hg-answers", '{"v":1,"answers":{"topics":["<img src=x>"]'));
  await page.reload();
  await expect(page.getByText("Vi kunne ikke læse dine gemte svar")).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("hg-answers"))).toBeNull();
  await page.getByRole("link", { name: "Start nu" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
});

test("the safety and privacy pages are reachable from the footer and accessible", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Sådan bruger du siden sikkert" }).click();
  await expect(page.locator("h1")).toHaveText("Sådan bruger du siden sikkert");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Privatliv" }).click();
  await expect(page.locator("h1")).toHaveText("Privatliv");
  await expectAccessible(page);
});

test("the footer's software licences open as a text file naming the crates the app ships, with their licences", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Software licences" })).toBeVisible();
  await page.getByRole("button", { name: "Dansk" }).click();
  // The browser follows the link (the app's router leaves files to it), and the server answers with the file.
  const [response] = await Promise.all([
    page.waitForResponse("**/licenser/tredjepart.txt"),
    page.getByRole("contentinfo").getByRole("link", { name: "Softwarelicenser" }).click(),
  ]);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  await expect(page).toHaveURL(/\/licenser\/tredjepart\.txt$/);
  const text = await page.locator("body").innerText();
  expect(text).toContain("Hjælpeguiden – licenser for tredjepartssoftware");
  for (const crate of ["leptos", "wasm-bindgen", "qrcodegen", "console_error_panic_hook"]) {
    expect(text).toMatch(new RegExp(`^- ${crate} \\d`, "m"));
  }
  // The licences' own texts, not only their names: MIT's permission notice and the Apache License.
  expect(text).toContain("Permission is hereby granted, free of charge");
  expect(text).toContain("Apache License");
  // It starts with a byte order mark, so a browser that does not guess the encoding reads it as UTF-8 even from a
  // host that sends text/plain without a charset (Chromium guesses, so this cannot be shown here by reading it).
  const bytes = await (await page.request.get("/licenser/tredjepart.txt")).body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test("the Content-Security-Policy blocks an inline script it has no hash for, and the guard sees it", async ({ page }) => {
  // A script written into the page's HTML, as an injection into the markup would be. Scripts made from the page's
  // own code are stopped earlier, by Trusted Types (next test).
  await page.route("/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/");
  await expect(page.locator("h1")).toBeVisible();
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  const seen = await page.evaluate(() => window.__cspViolations.splice(0));
  expect(seen.some((v) => v.startsWith("script-src"))).toBe(true);
});

test("Trusted Types stop text from becoming markup or a script, and no other script can make a policy", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toBeVisible();
  const tried = await page.evaluate(() => {
    const outcome = (attempt) => {
      try {
        attempt();
        return "allowed";
      } catch (error) {
        return error.name;
      }
    };
    return {
      markup: outcome(() => (document.createElement("div").innerHTML = "<img src=x>")),
      script: outcome(() => (document.createElement("script").textContent = "window.__injected = true")),
      otherPolicy: outcome(() => trustedTypes.createPolicy("other", { createHTML: (text) => text })),
      appPolicyAgain: outcome(() => trustedTypes.createPolicy("hjaelpeguiden", { createHTML: (text) => text })),
    };
  });
  expect(tried).toEqual({ markup: "TypeError", script: "TypeError", otherPolicy: "TypeError", appPolicyAgain: "TypeError" });
  const seen = await page.evaluate(() => window.__cspViolations.splice(0));
  // Each is reported once by the meta tag's policy and once by the header's.
  expect(new Set(seen)).toEqual(new Set(["require-trusted-types-for: trusted-types-sink", "trusted-types: trusted-types-policy"]));
  // The app's own policy made the service worker's address: the offline copy still registers.
  const worker = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? "");
  await expect.poll(worker).toMatch(/\/sw\.js$/);
});
