// Passing a list on (src/domain/shortlist.rs, src/ui/share_list.rs, src/ui/shortlist_page.rs): the results page
// writes a link that holds ids of offers and lines only; opened on another phone, it shows the same offers and none
// of the answers.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, answerAll, continueOn, expectAccessible } from "./fixtures.js";

const PERSONA = {
  who: "Mig selv",
  age: 24,
  topics: ["Alkohol, hash eller andre stoffer", "Arbejde og uddannelse"],
  help: ["Behandling eller genoptræning", "Job eller uddannelse"],
};

/** The names of every suggested offer (not the near misses), in order. */
async function suggestedNames(page) {
  const names = await page.locator("ol.hg-results-page__list > li .hg-offer-card__title").allTextContents();
  return names.map((s) => s.trim());
}

test("the results pass on as a link that shows the same offers, and none of the answers", async ({ page, browser }) => {
  await answerAll(page, PERSONA);
  const names = await suggestedNames(page);
  expect(names.length).toBeGreaterThan(1);
  await expect(page.locator(".hg-offer-card__for")).toHaveCount(0);

  const share = page.getByRole("region", { name: "Giv listen videre" });
  await expect(share).toContainText(`Linket viser ${names.length} af tilbuddene ovenfor – ikke dine svar.`);
  const link = share.getByRole("link", { name: /\/liste\// });
  const path = await link.getAttribute("href");
  // Offer ids and separators only: nothing typed, no answer values, no query, no fragment.
  expect(path).toMatch(/^\/liste\/[a-z0-9-]+(\+[a-z0-9-]+)*$/);
  expect(path.split("+")).toHaveLength(names.length);
  const url = new URL(path, page.url()).href;
  await expect(link).toHaveText(url);
  const message = `Tilbud fra Hjælpeguiden, Randers Kommune: ${url}`;
  await expect(share.getByRole("link", { name: "Send som sms" })).toHaveAttribute("href", `sms:?&body=${encodeURIComponent(message)}`);
  await expect(share.getByRole("link", { name: "Send som e-mail" })).toHaveAttribute(
    "href",
    `mailto:?subject=${encodeURIComponent("Tilbud fra Hjælpeguiden, Randers Kommune")}&body=${encodeURIComponent(url)}`,
  );
  await expectAccessible(page);

  // Another phone: a fresh browser with nothing stored.
  const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const phone = await other.newPage();
    await phone.goto(url);
    await expect(phone.locator("h1")).toHaveText("Liste over tilbud");
    await expect(phone).toHaveTitle("Liste over tilbud – Hjælpeguiden");
    await expect(phone.locator(".hg-lead")).toHaveText(`Listen har ${names.length} tilbud fra Randers Kommune og samarbejdspartnere, med alle kontaktoplysninger. Tryk på et navn for at læse mere om tilbuddet.`);
    const shown = await phone.locator("ol.hg-shortlist-page__list > li .hg-offer-card__title").allTextContents();
    expect(shown.map((s) => s.trim())).toEqual(names);
    // The list explains nothing it cannot know: no "why it fits", and no answers on this phone.
    await expect(phone.locator(".hg-why-it-fits")).toHaveCount(0);
    // Instead a card says whom the offer is for where that rules people out, which the results' reasons said.
    await expect(phone.locator("ol.hg-shortlist-page__list > li .hg-offer-card__for").first()).toBeVisible();
    expect(await phone.evaluate(() => sessionStorage.getItem("hg-answers"))).toBeNull();
    await expectAccessible(phone);
    await phone.getByRole("button", { name: "English" }).click();
    await expect(phone.locator("h1")).toHaveText("A list of offers");
    await expectAccessible(phone);
  } finally {
    await other.close();
  }

  // On the first phone the link opens the same list inside the app, and Back returns to the results.
  await link.click();
  await expect(page).toHaveURL(url);
  await expect(page.locator("ol.hg-shortlist-page__list > li")).toHaveCount(names.length);
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Forslag ud fra dine svar");
});

test("on request the link shows as a QR code, and a camera reads the link back from it", async ({ page }) => {
  await answerAll(page, PERSONA);
  const share = page.getByRole("region", { name: "Giv listen videre" });
  const url = new URL(await share.getByRole("link", { name: /\/liste\// }).getAttribute("href"), page.url()).href;
  const code = share.getByRole("img", { name: "QR-kode med linket til listen" });
  // Not drawn until asked for: a citizen on their own phone has no use for it.
  await expect(code).toHaveCount(0);
  await share.getByText("Vis som QR-kode").click();
  await expect(code).toBeVisible();
  await expect(share.getByText("Scan koden med telefonens kamera.")).toBeVisible();
  await expectAccessible(page);
  // What a camera sees: the rendered pixels, decoded by a QR reader that knows nothing of the app.
  const png = PNG.sync.read(await code.screenshot());
  const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(read?.data).toBe(url);
});

test("where the browser has a share sheet, one button opens it with the link", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    // A share sheet closed without sharing rejects; the app must take that quietly.
    navigator.share = (data) => {
      window.__shared.push(data);
      return Promise.reject(new DOMException("Share canceled", "AbortError"));
    };
  });
  await answerAll(page, PERSONA);
  const share = page.getByRole("region", { name: "Giv listen videre" });
  const path = await share.getByRole("link", { name: /\/liste\// }).getAttribute("href");
  await share.getByRole("button", { name: "Del linket" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual([
    { title: "Tilbud fra Hjælpeguiden, Randers Kommune", url: new URL(path, page.url()).href },
  ]);
});

test("without a share sheet there is no share button, and the link still fits a 320 px screen", async ({ page }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await answerAll(page, PERSONA);
  const share = page.getByRole("region", { name: "Giv listen videre" });
  await expect(share.getByRole("link", { name: "Send som sms" })).toBeVisible();
  await expect(share.getByRole("button")).toHaveCount(0);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("staff can tick offers on the list of all offers and pass just those on", async ({ page }) => {
  await page.goto("/tilbud");
  await expect(page.getByText("Sæt kryds ved dem.")).toBeVisible();
  const share = page.getByRole("region", { name: "Giv listen videre" });
  await expect(share).toHaveCount(0);
  // Each checkbox names its offer, so a screen reader's list of form fields says which is which.
  await page.getByLabel("Læg på listen: Perron 4").check();
  await page.getByLabel("Læg på listen: Borgerrådgiveren").check();
  await page.getByLabel("Læg på listen: PPR – Pædagogisk Psykologisk Rådgivning").check();
  await expect(page.getByRole("status").filter({ hasText: "på listen" })).toHaveText("3 tilbud på listen");
  await expect(share).toContainText("Linket viser de 3 tilbud, du har sat kryds ved.");
  const link = share.getByRole("link", { name: /\/liste\// });
  // In the order ticked, which is the order the staff member chose.
  await expect(link).toHaveAttribute("href", "/liste/perron-4+borgerraadgiveren+ppr");
  await share.getByText("Vis som QR-kode").click();
  await expect(share.getByRole("img", { name: "QR-kode med linket til listen" })).toBeVisible();
  await expectAccessible(page);

  // A line to call goes on the list too, after the offers: Livslinien on a hand-out for someone at risk.
  // Folded, so the page stays short: the lines are built only when asked for.
  const lines = page.getByRole("region", { name: "Du kan også ringe eller skrive" });
  await expect(lines).toHaveCount(0);
  await page.getByText("Vis linjer til rådgivning og krisehjælp").click();
  await lines.getByLabel("Læg på listen: Livslinien").check();
  await expect(link).toHaveAttribute("href", "/liste/perron-4+borgerraadgiveren+ppr+livslinien");
  await expect(page.getByRole("status").filter({ hasText: "på listen" })).toHaveText("3 tilbud på listen, 1 linje på listen");
  await expect(share).toContainText("Linket viser også 1 linje, du kan ringe eller skrive til.");
  await lines.getByLabel("Læg på listen: Livslinien").uncheck();
  // A search hides the folded lines, and shows only those whose name it has (search.spec.js).
  await page.getByLabel("Søg i tilbuddene").fill("perron");
  await expect(page.getByText("Vis linjer til rådgivning og krisehjælp")).toHaveCount(0);
  await page.getByLabel("Søg i tilbuddene").fill("");
  await expect(lines).toBeVisible();

  // Taking one off updates the link and keeps the open QR code open.
  await page.getByLabel("Læg på listen: Borgerrådgiveren").uncheck();
  await expect(link).toHaveAttribute("href", "/liste/perron-4+ppr");
  await expect(share.getByRole("img", { name: "QR-kode med linket til listen" })).toBeVisible();
  // The ticks stay while moving around the app, and through a reload (an accidental pull-to-refresh).
  await page.getByRole("link", { name: "Perron 4", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Perron 4");
  await page.goBack();
  await expect(page.getByLabel("Læg på listen: Perron 4")).toBeChecked();
  await expect(link).toHaveAttribute("href", "/liste/perron-4+ppr");
  await lines.getByLabel("Læg på listen: BørneTelefonen (Børns Vilkår)").check();
  // After a reload the lines are unfolded at once, since one of them is ticked.
  await page.reload();
  await expect(page.getByLabel("Læg på listen: PPR – Pædagogisk Psykologisk Rådgivning")).toBeChecked();
  await expect(lines.getByLabel("Læg på listen: BørneTelefonen (Børns Vilkår)")).toBeChecked();
  await expect(link).toHaveAttribute("href", "/liste/perron-4+ppr+boernetelefonen");
  // Kept like the answers: ids only, in this tab's session storage, nowhere else.
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({ "hg-picked": "perron-4+ppr+boernetelefonen" });
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // Between two citizens: one press clears the list, and focus goes back to the top of the page.
  await share.getByRole("button", { name: "Fjern alle kryds" }).click();
  await expect(share).toHaveCount(0);
  await expect(page.locator("h1")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "på listen" })).toHaveText("Der er ingen tilbud på listen");
  await expect(page.getByLabel("Læg på listen: Perron 4")).not.toBeChecked();
  await expect(lines.getByLabel("Læg på listen: BørneTelefonen (Børns Vilkår)")).not.toBeChecked();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test("a suggested line goes on the list after the offers, and the list shows it without the answers", async ({ page }) => {
  // A staff member with a lonely 15-year-old: BørneTelefonen may matter more than any offer on the hand-out.
  await answerAll(page, { who: "Mig selv", age: 15, topics: ["Ensomhed og fællesskab"], help: ["Nogen at tale med"] });
  const share = page.getByRole("region", { name: "Giv listen videre" });
  const link = share.getByRole("link", { name: /\/liste\// });
  const offers = (await link.getAttribute("href")).slice("/liste/".length).split("+").slice(0, -1);
  await expect(link).toHaveAttribute("href", `/liste/${offers.join("+")}+boernetelefonen`);
  await expect(share).toContainText("Linket viser også 1 linje, du kan ringe eller skrive til.");
  // It can be left off like an offer, in a group of its own.
  await share.getByText("Vælg, hvad der kommer med").click();
  const line = share.getByRole("group", { name: "Linjer på listen" }).getByLabel("BørneTelefonen (Børns Vilkår)");
  await expect(line).toBeChecked();
  await expectAccessible(page);
  await line.uncheck();
  await expect(link).toHaveAttribute("href", `/liste/${offers.join("+")}`);
  await expect(share).not.toContainText("linje");
  await line.check();

  // Opened, the list shows the offers, then the line with its number and hours, and nothing about the answers.
  await link.click();
  await expect(page.locator("h1")).toHaveText("Liste over tilbud");
  const lines = page.getByRole("region", { name: "Du kan også ringe eller skrive" });
  await expect(lines.getByRole("link", { name: "116 111" })).toHaveAttribute("href", "tel:116111");
  await expect(lines).toContainText("Nummeret er taget fra en avisartikel.");
  await expect(page.locator("main")).not.toContainText("Derfor passer det");
  await expect(page.locator("main")).not.toContainText("15 år");
  await expect(page.locator("main")).not.toContainText("passer også til dine svar");
  await expect(page.locator(".hg-shortlist-page__list > li")).toHaveCount(offers.length);
  await expectAccessible(page);
  // Printed, the hand-out keeps the line.
  await page.emulateMedia({ media: "print" });
  await expect(lines.getByText("116 111")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // A list of the line alone says what it holds, in both languages.
  await page.goto("/liste/boernetelefonen");
  await expect(page.locator("main")).toContainText("Listen har 1 linje, du kan ringe eller skrive til.");
  await expect(page.locator(".hg-shortlist-page__list")).toHaveCount(0);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("main")).toContainText("The list has 1 line you can call or write to.");
  // No offer above it, so not "also".
  await expect(page.getByRole("region", { name: "Where you can call or write" })).toBeVisible();
  await expect(page.getByRole("region", { name: "You can also call or write" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a list of one offer says one, not \"1 offers\", in both languages", async ({ page }) => {
  await page.goto("/tilbud");
  await page.getByLabel("Læg på listen: Perron 4").check();
  const share = page.getByRole("region", { name: "Giv listen videre" });
  await expect(page.getByRole("status").filter({ hasText: "på listen" })).toHaveText("1 tilbud på listen");
  await expect(share).toContainText("Linket viser det tilbud, du har sat kryds ved.");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("status").filter({ hasText: "on the list" })).toHaveText("1 offer on the list");
  const passOn = page.getByRole("region", { name: "Pass the list on" });
  await expect(passOn).toContainText("The link shows the offer you ticked.");
  await passOn.getByRole("link", { name: /\/liste\// }).click();
  await expect(page.locator("main")).toContainText("The list has 1 offer from Randers Municipality");
  // A search that finds one offer, with and without the filter.
  await page.goto("/tilbud");
  await page.getByLabel("Search the offers").fill("perron");
  await page.getByLabel("Only offers that need no referral").check();
  await expect(page.getByRole("status").filter({ hasText: "of 32" })).toHaveText(/^1 of 32 offers matches the search and needs no referral$/);
  await expectAccessible(page);
});

test("a stored list that was tampered with or names a closed offer loses only those entries", async ({ page }) => {
  await page.goto("/tilbud");
  // Write only once the app runs, so that it is the reload that reads the tampered entry.
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  await page.evaluate(() => sessionStorage.setItem("hg-picked", "ppr+lukket-tilbud+<img src=x>+perron-4"));
  await page.reload();
  await expect(page.getByLabel("Læg på listen: PPR – Pædagogisk Psykologisk Rådgivning")).toBeChecked();
  await expect(page.getByRole("region", { name: "Giv listen videre" }).getByRole("link", { name: /\/liste\// }))
    .toHaveAttribute("href", "/liste/ppr+perron-4");
  // "Slet mine svar og min liste nu" on the privacy page forgets the list too.
  await page.getByRole("contentinfo").getByRole("link", { name: "Privatliv" }).click();
  await page.getByRole("button", { name: "Slet mine svar og min liste nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dine svar og din liste er slettet." })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem("hg-picked"))).toBeNull();
  await page.goBack();
  await expect(page.getByLabel("Læg på listen: PPR – Pædagogisk Psykologisk Rådgivning")).not.toBeChecked();
});

test("results unticked in the share section stay off the link, in the results' order", async ({ page }) => {
  await answerAll(page, PERSONA);
  const names = await suggestedNames(page);
  expect(names.length).toBeGreaterThan(2);
  const share = page.getByRole("region", { name: "Giv listen videre" });
  const link = share.getByRole("link", { name: /\/liste\// });
  const all = (await link.getAttribute("href")).slice("/liste/".length).split("+");
  // Folded away until asked for: most people pass on all their results.
  await expect(share.getByRole("checkbox")).toHaveCount(0);
  await share.getByText("Vælg, hvad der kommer med").click();
  const boxes = share.getByRole("group", { name: "Tilbud på listen" }).getByRole("checkbox");
  await expect(boxes).toHaveCount(names.length);
  for (const name of names) await expect(share.getByLabel(name, { exact: true })).toBeChecked();
  await expectAccessible(page);

  await share.getByLabel(names[1], { exact: true }).uncheck();
  await expect(link).toHaveAttribute("href", `/liste/${all.filter((_, i) => i !== 1).join("+")}`);
  await expect(share).toContainText(`Linket viser ${names.length - 1} af tilbuddene ovenfor`);
  // The choice holds while the person looks at an offer and comes back.
  const without = `/liste/${all.filter((_, i) => i !== 1).join("+")}`;
  await page.locator("ol.hg-results-page__list .hg-offer-card__title a").first().click();
  await expect(page.locator("h1")).toHaveText(names[0]);
  await page.goBack();
  await expect(link).toHaveAttribute("href", without);
  // Ticked again, it returns to its place in the results, not to the end.
  await share.getByText("Vælg, hvad der kommer med").click();
  await share.getByLabel(names[1], { exact: true }).check();
  await expect(link).toHaveAttribute("href", `/liste/${all.join("+")}`);
  await share.getByLabel(names[1], { exact: true }).uncheck();

  // With nothing ticked there is no link to pass on, and the section says why.
  for (const name of names) await share.getByLabel(name, { exact: true }).uncheck();
  await expect(link).toHaveCount(0);
  await expect(share.getByRole("link", { name: "Send som sms" })).toHaveCount(0);
  await expect(share).toContainText("Der er ingen tilbud på listen. Sæt kryds ved mindst ét for at få et link.");
  await expectAccessible(page);
  await share.getByLabel(names[0], { exact: true }).check();
  await expect(link).toHaveAttribute("href", `/liste/${all[0]}`);

  // Changed answers may mean other results, so the choice starts afresh: every result on the list again.
  await page.goto("/tjek-svar");
  await page.getByRole("link", { name: "Ændr Alder" }).click();
  await page.getByRole("textbox").fill("25");
  await continueOn(page);
  await page.getByRole("link", { name: "Se forslag" }).click();
  await expect(page.locator("h1")).toHaveText("Forslag ud fra dine svar");
  const fresh = await page.getByRole("region", { name: "Giv listen videre" }).getByRole("link", { name: /\/liste\// }).getAttribute("href");
  expect(fresh.split("+")).toHaveLength(await page.locator("ol.hg-results-page__list > li").count());
});

test("printed, the list is a large-print hand-out with its own QR code and nothing that only works on a screen", async ({ page }) => {
  await page.goto("/liste/ppr+lukket-tilbud+hjerneskadeforeningen-raadgivning");
  await expect(page.locator("h1")).toHaveText("Liste over tilbud");
  const code = page.getByRole("img", { name: "QR-kode med linket til listen" });
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  // On screen the code is not shown: whoever sees the page already has the list.
  await expect(code).toBeHidden();
  await expect(page.getByText("Tryk på et navn for at læse mere om tilbuddet.")).toBeVisible();
  const screenSize = await bodySize();
  const status = page.locator(".hg-contact-list__status");
  await expect(status).toHaveCount(1);
  await expect(status).toBeVisible();

  await page.emulateMedia({ media: "print" });
  // Large print: body text of at least 16 pt (21.3 px), larger than on screen.
  expect(await bodySize()).toBeGreaterThanOrEqual(21.3);
  expect(await bodySize()).toBeGreaterThan(screenSize);
  // The code and the address hold the list as shown, without the entry that could not be shown.
  const clean = new URL("/liste/ppr+hjerneskadeforeningen-raadgivning", page.url()).href;
  await expect(code).toBeVisible();
  await expect(page.locator(".hg-shortlist-page__print-url")).toHaveText(clean);
  const png = PNG.sync.read(await code.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(clean);
  // Nothing that is only true or useful on a screen: "open now", "tap a name", a link to the crisis page.
  await expect(status).toBeHidden();
  await expect(page.getByText("Tryk på et navn for at læse mere om tilbuddet.")).toBeHidden();
  await expect(page.getByRole("link", { name: "Akut hjælp" })).toHaveCount(0);
  // What the page shows, not its text content, which includes the hidden link.
  expect(await page.locator(".hg-crisis-prompt").evaluate((p) => p.innerText)).toBe(
    "Brug for hjælp nu? Ring 112 ved fare for liv, en alvorlig ulykke, eller hvis du er akut selvmordstruet.",
  );
  // A web page's address is printed under its name.
  const web = page.locator('.hg-contact-list__link[href^="http"]').first();
  const printed = await web.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(printed).toBe(`" ${await web.getAttribute("href")}"`);
  // The header's name prints dark, not white on a background the printer leaves out.
  const headerColour = await page.locator(".hg-header__name").evaluate((el) => getComputedStyle(el).color);
  expect(headerColour).toBe("rgb(11, 12, 12)");
});

test("the printed hand-out is compact: one offer fits one A4 page, three fit two, and a source is named once", async ({ page }) => {
  // Pages of the PDF Chromium prints. The lists are fixed, so a failure after a catalogue edit means the hand-out
  // grew: look at the printout (`page.pdf`) before changing the numbers.
  const printedPages = async (ids, heading = "Liste over tilbud") => {
    await page.goto(`/liste/${ids}`);
    await expect(page.locator("main#main h1")).toHaveText(heading);
    const pdf = await page.pdf({ format: "A4" });
    return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g).length;
  };
  // Psykiatriens Hus and Autismecenter Randers, with their notes on the place, took two pages, and so did Perron 4
  // in English (longer words).
  const longest = ["psykiatriens-hus", "autismecenter-randers"];
  for (const id of longest) expect(await printedPages(id), id).toBe(1);
  // The language chosen is kept from page to page.
  await page.getByRole("button", { name: "English" }).click();
  for (const id of ["perron-4", ...longest]) expect(await printedPages(id, "A list of offers"), id).toBe(1);
  await page.getByRole("button", { name: "Dansk" }).click();
  // Before, Perron 4 alone took two pages and these three took three.
  expect(await printedPages("perron-4")).toBe(1);
  expect(await printedPages("perron-4+ppr+borgerraadgiveren")).toBe(2);
  // The address beside the QR code takes two lines here, as a short list's will on a longer domain than the
  // tests': the text beside the code is still no taller than the code, so the list starts no lower.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const [code, caption, address] = await Promise.all(
    [".hg-qr-code", "figcaption", ".hg-shortlist-page__print-url"].map((part) =>
      page.locator(`.hg-shortlist-page__print-qr ${part}`).evaluate((e) => e.getBoundingClientRect().height),
    ),
  );
  const lineHeight = await page.locator(".hg-shortlist-page__print-url").evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
  expect(Math.round(address / lineHeight)).toBe(2);
  expect(caption).toBeLessThanOrEqual(code);
  await page.emulateMedia({ media: "screen" });

  // Borgerrådgiveren's four contacts come from one source. On screen each says so; on paper the line is printed
  // once, after the last of them, and still names the source and the date.
  const contacts = page.locator("ol.hg-shortlist-page__list > li").nth(2).locator(".hg-contact-list__item");
  await expect(contacts).toHaveCount(4);
  await expect(contacts.locator(".hg-contact-list__source:visible")).toHaveCount(4);
  // The width of an A4 page inside its margins (180 mm at 96 dpi), as when printed.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: "print" });
  await expect(contacts.locator(".hg-contact-list__source:visible")).toHaveCount(1);
  await expect(contacts.last().locator(".hg-contact-list__source")).toBeVisible();
  await expect(contacts.last()).toContainText("Kontrolleret 23. november 2026 · Kilde: omkommunen.randers.dk");
  // A contact is one line on paper: "Telefon · Tanja Kallehauge: 30 69 61 04".
  const [kind, value] = await contacts.first().evaluate((li) =>
    [".hg-contact-list__kind", ".hg-contact-list__link"].map((s) => li.querySelector(s).getBoundingClientRect().toJSON()),
  );
  expect(value.top).toBeLessThan(kind.bottom);
  expect(value.left).toBeGreaterThan(kind.left);
  expect(await contacts.first().locator(".hg-contact-list__kind").evaluate((k) => getComputedStyle(k, "::after").content)).toBe('": "');
});

test("a tampered or cut-short list link says what it cannot show, and gives a way on", async ({ page }) => {
  await page.goto("/liste/ppr+lukket-tilbud+perron-4+ppr");
  await expect(page.locator("h1")).toHaveText("Liste over tilbud");
  const shown = await page.locator("ol.hg-shortlist-page__list > li .hg-offer-card__title").allTextContents();
  expect(shown.map((s) => s.trim())).toEqual(["PPR – Pædagogisk Psykologisk Rådgivning", "Perron 4"]);
  await expect(page.getByText("1 af tilbuddene på listen kan ikke vises.")).toBeVisible();
  // Every contact, not just a phone number: a handed-over list may be read on paper, where names lead nowhere.
  const perron = page.locator("ol.hg-shortlist-page__list > li").nth(1);
  await expect(perron.getByRole("link", { name: "89 15 70 00" })).toHaveAttribute("href", "tel:+4589157000");
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toBeVisible();
  await expect(perron).toContainText("Jernbanegade 4D, 8900 Randers C");
  const ppr = page.locator("ol.hg-shortlist-page__list > li").first();
  await expect(ppr).toContainText("Gudenåcentret, Randers");
  // And the source's own warning in full, not just "call first".
  await expect(perron.locator(".hg-offer-card__caution")).toHaveText(/^Perron 4 er måske flyttet til Slotsgården/);
  await expectAccessible(page);

  for (const path of ["/liste", "/liste/%3Cscript%3E"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveText("Liste over tilbud");
    await expect(page.getByText("Der er ingen tilbud på listen.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Alle tilbud" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Svar på nogle spørgsmål, og find flere tilbud" })).toHaveAttribute("href", "/");
    await expectAccessible(page);
  }
});

test("a list handed over says whom an offer is for where that rules people out, so an offer for relatives reaches them", async ({ page }) => {
  await page.goto("/liste/soeskendegrupper+psykiatriens-hus+autismecenter-randers");
  const card = (name) => page.locator("ol.hg-shortlist-page__list > li", { has: page.getByRole("heading", { name }) });
  await expect(card("Søskendegrupper").locator(".hg-offer-card__for")).toHaveText("For hvem: Pårørende. Alder på den, det handler om: 0–17 år");
  await expect(card("Psykiatriens Hus").locator(".hg-offer-card__for")).toHaveText("For hvem: Den, det handler om. Alder: fra 18 år");
  // For the person and relatives, of any age: nothing to rule out, and its summary says so.
  await expect(card("Autismecenter Randers").locator(".hg-offer-card__for")).toHaveCount(0);
  await page.getByRole("button", { name: "English" }).click();
  await expect(card("Sibling groups").locator(".hg-offer-card__for")).toHaveText("Who it is for: Relatives. Age of the person affected: 0–17");
  await expectAccessible(page);
});
