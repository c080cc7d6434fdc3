// Moving through the questions: back link, browser Back/Forward, errors, check answers, language, deep links.
import { test, expect, expectAccessible, continueOn, pick, topResults, fakeSpeech, answerAll } from "./fixtures.js";

test("back link and browser Back/Forward keep the answers", async ({ page }) => {
  await page.goto("/sporgsmal/fare");
  await pick(page, "Nej");
  await pick(page, "Mig selv");
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/sporgsmal\/hvem$/);
  await expect(page.getByLabel("Mig selv", { exact: true })).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  await page.getByRole("link", { name: "Tilbage" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/hvem$/);
  await expect(page.getByText("Spørgsmål 2 af 6")).toBeVisible();
});

test("the app's own links change page without reloading, and the history stays honest", async ({ page }) => {
  await page.goto("/");
  // A reload would lose this marker: in-app links must be followed by the app itself.
  await page.evaluate(() => { window.hgMarker = "still here"; });
  const header = page.locator("header");
  await expect(header.getByRole("link", { name: "Akut hjælp" })).not.toHaveAttribute("aria-current");
  await header.getByRole("link", { name: "Akut hjælp" }).click();
  await expect(page).toHaveURL(/\/akut$/);
  await expect(header.getByRole("link", { name: "Akut hjælp" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("h1")).toHaveText("Akut hjælp");
  expect(await page.evaluate(() => window.hgMarker)).toBe("still here");
  // A link to the page already shown adds no history entry, so Back still goes where the person came from.
  const entries = await page.evaluate(() => history.length);
  await header.getByRole("link", { name: "Akut hjælp" }).click();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // The skip link only moves within the page.
  await page.getByRole("link", { name: "Gå til indhold" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/akut#main$/);
  await expect(page.locator("h1")).toHaveText("Akut hjælp");
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("h1")).toHaveText("Find hjælp i Randers Kommune");
  expect(await page.evaluate(() => window.hgMarker)).toBe("still here");
  // Someone who would rather search than answer questions is offered the list of all offers, where the search is.
  const browse = page.locator("main p", { has: page.getByRole("link", { name: "Alle tilbud" }) });
  await expect(page.getByRole("heading", { name: "Vil du hellere søge selv?" })).toBeVisible();
  await expect(browse).toContainText("Søg i tilbuddene");
  await browse.getByRole("link", { name: "Alle tilbud" }).click();
  await expect(page.getByRole("searchbox", { name: "Søg i tilbuddene" })).toBeVisible();
  expect(await page.evaluate(() => window.hgMarker)).toBe("still here");
});

test("a route change moves focus to the h1 and sets a new title", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Find hjælp i Randers Kommune – Hjælpeguiden");
  await page.getByRole("link", { name: "Start nu" }).click();
  await expect(page).toHaveTitle("Er du eller en anden i fare lige nu? – Hjælpeguiden");
  await expect(page.locator("h1")).toBeFocused();
});

test("continuing without an answer shows a focused error summary linked to the field", async ({ page }) => {
  await page.goto("/sporgsmal/hvem");
  await continueOn(page);
  const summary = page.locator(".hg-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vælg et af svarene");
  await expect(page.locator("fieldset")).toHaveAttribute("aria-describedby", "hvem-hint hvem-error");
  // The title says so first, for a screen reader, the tab and the history list (GOV.UK's error pattern).
  await expect(page).toHaveTitle("Fejl: Hvem søger du hjælp til? – Hjælpeguiden");
  await expectAccessible(page);
  await summary.getByRole("link").click();
  await expect(page.locator("#hvem")).toBeFocused();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveTitle("Error: Who are you looking for help for? – Hjælpeguiden");
  // Answered, the error and its mark in the title are gone.
  await page.getByLabel("Myself", { exact: true }).check();
  await continueOn(page);
  await page.goBack();
  await expect(page).toHaveTitle("Who are you looking for help for? – Hjælpeguiden");
});

test("a wrong age gets a clear message, and Ved ikke moves on", async ({ page }) => {
  await page.goto("/sporgsmal/alder");
  await page.getByRole("textbox").fill("sytten");
  await continueOn(page);
  await expect(page.locator("#alder-error")).toContainText("Skriv alderen som et tal");
  await expect(page.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveTitle("Fejl: Hvor gammel er du? – Hjælpeguiden");
  await page.getByRole("button", { name: "Ved ikke" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/emner$/);
});

test("an age written with a fraction, a unit or Arabic digits is read as whole years", async ({ page }) => {
  await page.goto("/sporgsmal/alder");
  for (const [typed, read] of [["2,5", "2"], ["١٧", "17"], ["17 år", "17"], ["16-årig", "16"]]) {
    await page.getByRole("textbox").fill(typed);
    await continueOn(page);
    await expect(page).toHaveURL(/\/sporgsmal\/emner$/);
    // Back on the question, the field shows the age as recorded.
    await page.goBack();
    await expect(page.getByRole("textbox")).toHaveValue(read);
  }
});

test("answered 'Ved ikke' throughout, the results say why the list is long, and start where one can ask about anything", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Start nu" }).click();
  await pick(page, "Nej");
  await pick(page, "Mig selv");
  for (const question of ["alder", "emner", "hjaelp"]) {
    await expect(page).toHaveURL(new RegExp(`/sporgsmal/${question}$`));
    await page.getByRole("button", { name: "Ved ikke" }).click();
  }
  await pick(page, "Det er lige meget");
  await page.getByRole("link", { name: "Se forslag" }).click();
  await expect(page.locator("main")).toContainText("Du har ikke valgt, hvad det handler om. Derfor er listen lang.");
  expect(await topResults(page, 2)).toEqual(["Borgerrådgiveren", "Fremskudt Rådgivning, Psykiatri"]);
  await expect(page.locator("ol.hg-results-page__list > li").first()).toContainText("Her får du råd, uanset hvad det handler om.");
  await expectAccessible(page);
});

test("check answers lists every answer with a change link that returns there", async ({ page }) => {
  await page.goto("/sporgsmal/fare");
  await pick(page, "Nej");
  await pick(page, "Mig selv");
  await page.getByRole("textbox").fill("30");
  await continueOn(page);
  await page.goto("/tjek-svar");
  await expectAccessible(page);
  // A back link, as on every question page, to the last question.
  await expect(page.getByRole("link", { name: "Tilbage" })).toHaveAttribute("href", "/sporgsmal/henvisning");
  await expect(page.locator("dl")).toContainText("30 år");
  await expect(page.locator("dl")).toContainText("Ikke besvaret");
  // With questions left, the way on is to them, not to results built on half the answers.
  await expect(page.getByRole("link", { name: "Se forslag" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Fortsæt med spørgsmålene" })).toHaveAttribute("href", "/sporgsmal/emner");
  await page.getByRole("link", { name: "Ændr Alder" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  await expect(page.getByRole("textbox")).toHaveValue("30");
  await page.getByRole("textbox").fill("31");
  await continueOn(page);
  await expect(page).toHaveURL(/\/tjek-svar$/);
  await expect(page.locator("dl")).toContainText("31 år");
  // Several answers to one question stand on a line each: the labels have commas of their own.
  await page.getByRole("link", { name: "Ændr Det handler om" }).click();
  await pick(page, "Psykisk sårbarhed, angst eller depression", "Ensomhed og fællesskab");
  await expect(page).toHaveURL(/\/tjek-svar$/);
  const topics = page.locator(".hg-check-answers-page__row", { hasText: "Det handler om" }).getByRole("listitem");
  await expect(topics).toHaveText(["Psykisk sårbarhed, angst eller depression", "Ensomhed og fællesskab"]);
  await expectAccessible(page);
});

test("from the keyboard alone: the start link, a choice with the arrow keys, and Enter to go on", async ({ page }) => {
  await page.goto("/");
  // A link, and said to be one: a link announced as a button would be expected to answer Space, and it does not.
  const start = page.getByRole("link", { name: "Start nu" });
  await expect(start).not.toHaveAttribute("role");
  for (let presses = 0; presses < 20 && !(await start.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  await expect(page.locator("h1")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Ja", { exact: true })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Nej", { exact: true })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sporgsmal\/hvem$/);
});

test("back at the start with answers given, one continues where one left off, or starts again with nothing kept", async ({ page }) => {
  await page.goto("/tilbud");
  await page.getByRole("checkbox", { name: /Læg på listen/ }).first().check();
  await page.goto("/sporgsmal/fare");
  await pick(page, "Nej");
  await pick(page, "Mig selv");
  await page.getByRole("link", { name: /^Hjælpeguiden/ }).click();
  await expect(page.locator("h1")).toHaveText("Find hjælp i Randers Kommune");
  // "Start nu" would open the first question with these answers filled in, for whoever sits down next.
  await expect(page.getByRole("link", { name: "Start nu" })).toHaveCount(0);
  await expect(page.getByText("Du har allerede svaret på nogle af spørgsmålene i denne fane.")).toBeVisible();
  await expect(page.locator("a[role=button]")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fortsæt, hvor du slap" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  await page.goBack();
  const again = page.getByRole("button", { name: "Start forfra" });
  await expect(again).toHaveAccessibleDescription("Skal en anden bruge siden nu? Så start forfra. Det sletter svarene og listen.");
  await again.click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  await expect(page.getByLabel("Nej", { exact: true })).not.toBeChecked();
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({});
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Start nu" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start forfra" })).toHaveCount(0);
  // Done with one citizen on the results page, the staff member starts again from there, not on paper.
  await answerAll(page, { who: "Mig selv", age: 40, topics: ["Bolig eller hjemløshed"], help: ["Et sted at bo"] });
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Start forfra" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Start forfra" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({});
});

test("a list ticked without any answers can be deleted from the start page too", async ({ page }) => {
  // A staff member ticked offers on /tilbud for one citizen; the names alone can say what the visit was about.
  await page.goto("/tilbud");
  await page.getByLabel("Læg på listen: Perron 4").check();
  await page.getByRole("link", { name: "Hjælpeguiden" }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Der er en liste med tilbud i denne fane.")).toBeVisible();
  // No answers to pick up: the way on is the first question.
  await expect(page.getByRole("link", { name: "Start nu" })).toHaveAttribute("href", "/sporgsmal/fare");
  await expect(page.getByRole("link", { name: "Fortsæt, hvor du slap" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start forfra" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({});
  await page.goto("/tilbud");
  await expect(page.getByLabel("Læg på listen: Perron 4")).not.toBeChecked();
});

test("results reached before the questions are done call no offer a fit, and lead on to the questions", async ({ page }) => {
  // A typed or kept address, a new tab, or answers just deleted: nothing to base suggestions on.
  await page.goto("/resultater");
  await expect(page.locator("h1")).toHaveText("Der mangler nogle svar");
  await expect(page).toHaveTitle("Der mangler nogle svar – Hjælpeguiden");
  await expect(page.locator(".hg-offer-card")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Akut hjælp" }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fortsæt med spørgsmålene" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/fare$/);
  await pick(page, "Nej");
  await pick(page, "Mig selv");
  // Picked up where the answers stop.
  await page.goto("/resultater");
  await page.getByRole("link", { name: "Fortsæt med spørgsmålene" }).click();
  await expect(page).toHaveURL(/\/sporgsmal\/alder$/);
  // Or every offer, for someone who would rather look through them all.
  await page.goBack();
  await page.locator("main").getByRole("link", { name: "Alle tilbud" }).click();
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  await page.goBack();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("h1")).toHaveText("Some answers are missing");
  await expect(page.getByRole("link", { name: "Continue with the questions" })).toHaveAttribute("href", "/sporgsmal/alder");
});

test("later questions and their hints are worded for a relative and for a professional", async ({ page }) => {
  await page.goto("/sporgsmal/hvem");
  await pick(page, "En jeg er tæt på");
  await expect(page.locator("h1")).toHaveText("Hvor gammel er personen, du søger hjælp til?");
  // The referral question asks the family ("I"), and its hint no longer turns back to "du" halfway.
  await page.goto("/sporgsmal/henvisning");
  await expect(page.locator("h1")).toHaveText("Vil I helst have hjælp, som ikke kræver henvisning?");
  await expect(page.locator("#henvisning-hint")).toHaveText("Uden henvisning betyder, at I selv kan møde op, ringe eller melde jer til.");
  // A professional reads about the citizen, not about themselves.
  await page.goto("/sporgsmal/hvem");
  await pick(page, "En borger, jeg hjælper i mit arbejde");
  await page.goto("/sporgsmal/henvisning");
  await expect(page.locator("h1")).toHaveText("Skal hjælpen helst kunne bruges uden henvisning?");
  await expect(page.locator("#henvisning-hint")).toHaveText("Uden henvisning betyder, at borgeren selv kan møde op, ringe eller melde sig til.");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("#henvisning-hint")).toHaveText("No referral means the citizen can come in, call or sign up on their own.");
});

test("the language switch translates the page and sets html lang, on every page", async ({ page }) => {
  await page.goto("/sporgsmal/emner");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("What is it about?");
  await expect(page.getByLabel("Autism", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/akut");
  await expect(page.locator("h1")).toHaveText("Urgent help");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.locator("h1")).toHaveText("Akut hjælp");
});

test("a deep link to an offer shows every contact, how to get in and the source", async ({ page }) => {
  await page.goto("/tilbud/borgerraadgiveren");
  await expect(page.locator("h1")).toHaveText("Borgerrådgiveren");
  await expect(page.getByRole("link", { name: "30 69 61 04" })).toHaveAttribute("href", "tel:+4530696104");
  await expect(page.getByRole("link", { name: "borgerraadgiveren@randers.dk" })).toHaveAttribute("href", "mailto:borgerraadgiveren@randers.dk");
  await expect(page.getByText("Kræver ingen henvisning – kontakt dem først")).toBeVisible();
  await expect(page.getByText("Oplysninger sidst kontrolleret 23. november 2026")).toBeVisible();
  await expect(page.getByText("Den, det handler om og pårørende", { exact: true })).toBeVisible();
  // Someone who came by a shared link has no suggestions to go back to.
  await expect(page.getByRole("link", { name: "Tilbage til alle tilbud" })).toHaveAttribute("href", "/tilbud");
  // Every page's footer dates the catalogue by its oldest check, and states the rule for "ring og tjek".
  await expect(page.locator(".hg-footer__note")).toContainText(
    "Alle oplysninger er tjekket mod offentlige kilder den 23. november 2026 eller senere, og hvert tilbud viser kilden og datoen. Er en oplysning ikke tjekket i 12 måneder",
  );
  await expectAccessible(page);
});

test("an offer page says what the place is like where a source does, with that source", async ({ page }) => {
  // Stairs matter to someone in a wheelchair or after a brain injury; the source says so, and no more.
  await page.goto("/tilbud/psykiatriens-hus");
  const heading = page.getByRole("heading", { name: "Om stedet", level: 2 });
  await expect(heading).toBeVisible();
  const note = heading.locator("xpath=following-sibling::p[1]");
  await expect(note).toHaveText(
    "Huset er en fredet bygning fra begyndelsen af 1900-tallet, tæt på centrum. En tung trædør fører ind til en trappe. Vi ved ikke, om man kan komme ind uden trin.",
  );
  const source = heading.locator("xpath=following-sibling::p[2]");
  await expect(source).toHaveText("Kontrolleret 23. november 2026 · Kilde: nyheder.randers.dk");
  await expect(source.getByRole("link", { name: "nyheder.randers.dk" })).toHaveAttribute("href", /psykiatriens-hus-i-randers-fylder-1-aar/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "About the place", level: 2 })).toBeVisible();
  await expect(page.getByText("A heavy wooden door leads to a staircase.", { exact: false })).toBeVisible();
  // A list handed over shows it on the card, since it may be all the person takes along to the first visit (the
  // language chosen above is kept).
  await page.goto("/liste/psykiatriens-hus+borgerraadgiveren");
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator(".hg-note-with-source")).toHaveCount(1);
  await expect(page.locator(".hg-note-with-source")).toContainText("About the place: The house is a listed building");
  await expectAccessible(page);
  // An offer the sources say nothing of has no such section.
  await page.goto("/tilbud/borgerraadgiveren");
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^(Om stedet|About the place)$/ })).toHaveCount(0);
});

test("staff can show every contact of every offer on the list of all offers, and it stays on while they browse", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/tilbud");
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  const perron = page.locator(".hg-offers-page > li", { has: page.getByRole("heading", { name: "Perron 4" }) });
  // At first a card shows one phone number, and "ring og tjek" for the rest.
  await expect(perron.getByRole("link", { name: "Ring 89 15 70 00" })).toBeVisible();
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toHaveCount(0);

  const everyContact = page.getByRole("checkbox", { name: "Vis alle kontaktoplysninger" });
  await everyContact.check();
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toHaveAttribute("href", "mailto:gine.norager@randers.dk");
  await expect(perron).toContainText("Jernbanegade 4D, 8900 Randers C");
  await expect(perron).toContainText("Kontrolleret 23. november 2026 · Kilde: randers.dk");
  await expect(perron.locator(".hg-offer-card__caution")).toHaveText(/^Perron 4 er måske flyttet til Slotsgården/);
  // Every card, not just one: each has its contact list, or, for an offer the sources give no way to reach, whom
  // to ask instead.
  const cards = await page.locator(".hg-offers-page > li").count();
  await expect(page.locator(".hg-offers-page > li").filter({ has: page.locator(".hg-contact-list, .hg-related-offers") })).toHaveCount(cards);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  // Printed, it is a directory: the contacts, without the controls for the screen.
  await page.emulateMedia({ media: "print" });
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toBeVisible();
  await expect(everyContact).toBeHidden();
  await expect(page.getByText("Vil du give nogle af tilbuddene videre?")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Still on after looking at an offer and coming back.
  await perron.getByRole("link", { name: "Perron 4" }).click();
  await expect(page.locator("h1")).toHaveText("Perron 4");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  await expect(everyContact).toBeChecked();
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toBeVisible();
  await everyContact.uncheck();
  await expect(perron.getByRole("link", { name: "gine.norager@randers.dk" })).toHaveCount(0);
});

test("an offer the sources give no contact for says whom to ask, on its card", async ({ page }) => {
  await page.goto("/tilbud");
  const card = page.locator(".hg-offers-page > li", { has: page.getByRole("heading", { name: "Støtte til familier med rusmiddelproblemer" }) });
  await expect(card).toContainText("Vi har ikke fundet kontaktoplysninger. Spørg et af tilbuddene nedenfor.");
  await expect(card.locator(".hg-related-offers a")).toHaveText(["Rusmiddelcenter Randers", "Fremskudt Rådgivning, Psykiatri"]);
  // The same with every contact shown, where the other cards list theirs.
  await page.getByRole("checkbox", { name: "Vis alle kontaktoplysninger" }).check();
  await expect(card.locator(".hg-related-offers a")).toHaveCount(2);
  await expectAccessible(page);
  await card.getByRole("link", { name: "Rusmiddelcenter Randers" }).click();
  await expect(page.locator("h1")).toHaveText("Rusmiddelcenter Randers");
});

test("a card without a phone number shows where to go, or else its web page, also on paper, and names news as news", async ({ page }) => {
  await page.goto("/tilbud");
  const card = (name) => page.locator(".hg-offers-page > li", { has: page.getByRole("heading", { name, exact: true }) });
  // Psykiatriens Hus is walk-in: its card says where, though the sources list its web page too.
  const house = card("Psykiatriens Hus").locator(".hg-offer-card__call");
  await expect(house).toHaveText("Adresse: Gammel Hadsundvej 3, 8900 Randers C");
  await expect(house.getByRole("link")).toHaveCount(0);
  // Mit liv – Min plan has only a web page: the card links to it by its host.
  const plan = card("Mit liv – Min plan").locator(".hg-offer-card__call");
  await expect(plan).toHaveText("Hjemmeside: randers.dk");
  const web = plan.getByRole("link", { name: "randers.dk" });
  await expect(web).toHaveAttribute("href", /^https:\/\/www\.randers\.dk\/borger\//);
  // ACT-indsatsen has only a news item about it, and the card calls it that.
  const act = card("ACT-indsatsen").locator(".hg-offer-card__call");
  await expect(act).toHaveText("Artikel om tilbuddet: randers.dk");
  await expect(act.getByRole("link")).toHaveAttribute("href", /^https:\/\/www\.randers\.dk\/nyheder\//);
  // An article tells about the team, not how to reach it: the card says whom to ask, as for an offer with nothing.
  await expect(card("ACT-indsatsen")).toContainText("Vi har ikke fundet kontaktoplysninger. Spørg et af tilbuddene nedenfor.");
  await expect(card("ACT-indsatsen").locator(".hg-related-offers a")).toHaveText(["Fremskudt Rådgivning, Psykiatri"]);
  // Nor does it say "tjek, før du møder op": there is nowhere it knows of to go.
  await expect(card("ACT-indsatsen").locator(".hg-offer-card__caution")).toHaveCount(0);
  await expect(card("Mit liv – Min plan")).not.toContainText("Vi har ikke fundet kontaktoplysninger");
  // A number still comes first.
  await expect(card("Perron 4").locator(".hg-offer-card__call")).toHaveText("Ring 89 15 70 00");
  await expectAccessible(page);
  // On paper a link's name leads nowhere, so the web address itself is printed under it.
  const after = () => web.evaluate((link) => getComputedStyle(link, "::after").content);
  expect(await after()).toBe("none");
  await page.emulateMedia({ media: "print" });
  expect(await after()).toBe(`" ${await web.getAttribute("href")}"`);
  await page.emulateMedia({ media: "screen" });
  // The offer page names a news item as such too, in either language.
  await page.goto("/tilbud/act-indsatsen");
  await expect(page.locator(".hg-contact-list__kind")).toHaveText("Artikel om tilbuddet");
  await expect(page.locator("main")).toContainText("Vi har ikke fundet kontaktoplysninger. Spørg et af tilbuddene nedenfor.");
  await expect(page.locator(".hg-related-offers a")).toHaveText(["Fremskudt Rådgivning, Psykiatri"]);
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".hg-contact-list__kind")).toHaveText("Article about the offer");
});

test("a Danish number is written in pairs, however the source spaced it, and with +45 in English", async ({ page }) => {
  await page.goto("/tilbud/perron-4");
  const phone = page.locator('main a[href="tel:+4589157000"]').first();
  await expect(phone).toHaveText("89 15 70 00");
  await page.getByRole("button", { name: "English" }).click();
  await expect(phone).toHaveText("+45 89 15 70 00");
  // The crisis page: a number the source wrote with its country code, and the service numbers as they are.
  await page.goto("/akut");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.locator('#center-for-voldtaegtsofre a[href="tel:+4578463543"]')).toHaveText("78 46 35 43");
  await expect(page.locator('#boernetelefonen a[href="tel:116111"]').first()).toHaveText("116 111");
  await expectAccessible(page);
});

test("an offer with old facts says to call and check", async ({ page }) => {
  await page.goto("/tilbud/perron-4");
  await expect(page.getByText("Ring og tjek, før du møder op").first()).toBeVisible();
  await expect(page.getByText("Oplysningen kan være forældet").first()).toBeVisible();
  await expectAccessible(page);
});

test("dates are written out as people write them, in the language shown", async ({ page }) => {
  await page.goto("/tilbud/perron-4");
  await expect(page.locator(".hg-offer-details__source")).toContainText("Oplysninger sidst kontrolleret 23. november 2026");
  await expect(page.locator(".hg-contact-list__source").first()).toHaveText("Kontrolleret 23. november 2026 · Kilde: randers.dk");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".hg-offer-details__source")).toContainText("Information last checked 23 November 2026");
  await expect(page.locator(".hg-footer__note")).toContainText("checked against public sources on 23 November 2026 or later");
  await expect(page.locator("main")).not.toContainText("2026-11-23");
});

test("an offer with no phone number says to check, not to call", async ({ page }) => {
  // JobRus is a project that may have ended, and its one sourced contact is a web page.
  await page.goto("/tilbud/jobrus");
  await expect(page.locator(".hg-offer-details__caution strong")).toHaveText("Tjek, at oplysningerne stadig passer, før du møder op");
  await expect(page.locator("main")).not.toContainText(/ring og tjek/i);
  await expectAccessible(page);
  // On the list of all offers, Psykiatriens Hus, whose house number the sources doubt and which has no number,
  // says the same; Perron 4's, which has a number, still says to call.
  await page.goto("/tilbud");
  const card = (name) => page.locator(".hg-offers-page > li", { has: page.getByRole("heading", { name, exact: true }) });
  await expect(card("Psykiatriens Hus").locator(".hg-offer-card__caution")).toHaveText(
    "Tjek, at oplysningerne stadig passer, før du møder op",
  );
  await expect(card("Perron 4").locator(".hg-offer-card__caution")).toHaveText("Ring og tjek, før du møder op");
  // A year after the last check, its overdue note and its one contact say the same.
  await page.clock.setFixedTime(new Date("2027-12-01T10:00:00Z"));
  await page.goto("/tilbud/jobrus");
  await expect(page.locator(".hg-offer-details__overdue")).toHaveText(
    "Det er mindst 12 måneder siden – tjek, at oplysningerne stadig passer, før du møder op.",
  );
  await expect(page.locator(".hg-contact-list__verify")).toHaveText("Oplysningen kan være forældet – tjek den, før du møder op");
  await expect(page.locator("main")).not.toContainText(/ring og tjek/i);
});

test("a year after the last check, every fact says to call and check, and the offer page says why", async ({ page }) => {
  // The shipped facts were checked 2026-11-23; the catalogue's review interval is 12 months.
  await page.clock.setFixedTime(new Date("2027-12-01T10:00:00Z"));
  await page.goto("/tilbud/borgerraadgiveren");
  await expect(page.locator(".hg-contact-list__item")).toHaveCount(4);
  await expect(page.locator(".hg-contact-list__verify")).toHaveCount(4);
  await expect(page.locator(".hg-offer-details__overdue")).toHaveText(
    "Det er mindst 12 måneder siden – ring og tjek, før du møder op.",
  );
  // The rule itself is stated on every page.
  await expect(page.locator(".hg-footer__note")).toContainText("Er en oplysning ikke tjekket i 12 måneder, står der »ring og tjek«.");
  await expectAccessible(page);
  // On the crisis page too, but never on 112, which is set by law; and one does not "møde op" at a phone line.
  await page.goto("/akut");
  await expect(page.locator("#alarm-112 .hg-contact-list__verify")).toHaveCount(0);
  await expect(page.locator("#livslinien .hg-contact-list__verify")).toHaveText("Oplysningen kan være forældet");
  await expect(page.locator("#akut-psykiatri .hg-contact-list__verify")).toHaveText("Oplysningen kan være forældet – tjek den, før du møder op");
  await page.goto("/tilbud/borgerraadgiveren");
  // The same offer a week after the check shows neither.
  await page.clock.setFixedTime(new Date("2026-12-01T10:00:00Z"));
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Borgerrådgiveren");
  await expect(page.locator(".hg-contact-list__verify")).toHaveCount(0);
  await expect(page.locator(".hg-offer-details__overdue")).toHaveCount(0);
});

test("every offer page and the list of all offers pass axe", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/tilbud");
  await expectAccessible(page);
  const links = await page.locator("ul.hg-offers-page .hg-offer-card__title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThanOrEqual(20);
  for (const href of links) {
    await page.goto(href);
    await expectAccessible(page);
  }
});

test("in the phone's dark scheme every page turns dark and passes axe, and paper and the QR code stay black on white", async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: "dark" });
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  // The error summary and the marked field.
  await page.goto("/sporgsmal/hvem");
  await continueOn(page);
  await expect(page.locator(".hg-error-summary")).toBeFocused();
  await expectAccessible(page);
  await page.goto("/sporgsmal/alder");
  await page.getByRole("textbox").fill("42");
  await expect(page.getByRole("textbox")).toBeFocused();
  await expectAccessible(page);
  // The whole journey, axe on every page, to results with a near miss (Perron 4 is from 25).
  await answerAll(page, { who: "Mig selv", age: 20, topics: ["Bolig eller hjemløshed"], help: ["Et sted at bo"] });
  await expect(page.locator(".hg-offer-card--near-miss").first()).toBeVisible();
  expect(await colours()).toEqual(["rgb(18, 21, 24)", "rgb(238, 240, 242)"]);
  // Staff's view: every contact, the crisis lines unfolded, a tick, and the QR code.
  await page.goto("/tilbud");
  await page.getByRole("checkbox", { name: "Vis alle kontaktoplysninger" }).check();
  await page.getByText("Vis linjer til rådgivning og krisehjælp").click();
  await page.getByRole("checkbox", { name: /Læg på listen/ }).first().check();
  await page.getByText("Vis som QR-kode").click();
  const code = page.getByRole("img", { name: "QR-kode med linket til listen" });
  await expect(code).toBeVisible();
  await expectAccessible(page);
  // What one types stays readable in the focused field (it was dark on dark), here with a crisis prompt and a
  // line's caution, and in the age field.
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  await search.fill("psykiatrisk skadestue");
  await expect(search).toBeFocused();
  await expect(page.locator(".hg-crisis-prompt__caution")).toBeVisible();
  await expectAccessible(page);
  await search.fill("");
  // A camera needs dark modules on a light ground, whatever the theme.
  const fills = await code.evaluate((svg) => [...svg.querySelectorAll("rect, path")].map((shape) => getComputedStyle(shape).fill));
  expect(fills).toEqual(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
  const links = await page.locator("ul.hg-offers-page .hg-offer-card__title a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const href of [...links, "/liste/perron-4+livslinien", "/akut", "/sikker-brug", "/privatliv", "/ukendt"]) {
    await page.goto(href);
    await expectAccessible(page);
    expect(await colours(), href).toEqual(["rgb(18, 21, 24)", "rgb(238, 240, 242)"]);
  }
  // Printed, a hand-out is black on white even from a phone in the dark scheme.
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  expect(await colours()).toEqual(["rgb(255, 255, 255)", "rgb(11, 12, 12)"]);
});

test("320 px wide: no sideways scrolling, and touch targets are at least 44 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // Every offer page too: one long e-mail address is enough to push a page sideways.
  await page.goto("/tilbud");
  await expect(page.locator("main a[href^='/tilbud/']").first()).toBeVisible();
  const offerPages = await page.locator("main a[href^='/tilbud/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(offerPages.length).toBeGreaterThanOrEqual(20);
  // Two offers ticked, so /tilbud also shows the buttons that pass the list on.
  await page.evaluate(() => sessionStorage.setItem("hg-picked", "perron-4+ppr"));
  for (const path of ["/", "/sporgsmal/emner", "/akut", "/resultater", "/tilbud", ...offerPages]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    if (path === "/tilbud") await expect(page.getByRole("link", { name: "Send som e-mail" })).toBeVisible();
    // A button may wrap between words, never inside one: "Send som e-mail" once broke as "e-" above "mail".
    const brokenWords = await page.evaluate(() =>
      [...document.querySelectorAll("button, .hg-button")]
        .filter((el) => el.getClientRects().length > 0)
        .flatMap((el) => {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          const broken = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of node.textContent.matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const lineTops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lineTops.size > 1) broken.push(word[0]);
            }
          }
          return broken;
        }),
    );
    expect(brokenWords, path).toEqual([]);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("button, .hg-button, input, .hg-quick-exit__button, .hg-language-switch")]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width < 44 || r.height < 44).length,
    );
    expect(small, path).toBe(0);
    // The fixed exit button never covers the header's own content.
    const covered = await page.evaluate(() => {
      const exit = document.querySelector(".hg-quick-exit__button").getBoundingClientRect();
      const overlaps = (r) => r.left < exit.right && r.right > exit.left && r.top < exit.bottom && r.bottom > exit.top;
      return [...document.querySelectorAll(".hg-header__name, .hg-header__owner, .hg-header__crisis, .hg-read-aloud, .hg-language-switch")]
        .filter((el) => {
          // Measure the text itself: a flex item's box can be narrower than the text it lets overflow.
          const range = document.createRange();
          range.selectNodeContents(el);
          return overlaps(range.getBoundingClientRect()) || overlaps(el.getBoundingClientRect());
        })
        .map((el) => el.textContent);
    });
    expect(covered, path).toEqual([]);
  }
});

test.describe("WCAG 1.4.12 text spacing", () => {
  // The user style sheet below is injected as a <style> element, which the app's CSP rightly blocks; this test
  // alone lets it through, as a reader's own style sheet or extension would be.
  test.use({ bypassCSP: true });

  test("wider letter, word, line and paragraph spacing loses no content at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/sporgsmal/hvem", "/sporgsmal/emner", "/sporgsmal/alder", "/tilbud/borgerraadgiveren", "/akut", "/tilbud", "/liste/ppr+lukket+perron-4"]) {
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      await page.addStyleTag({
        content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      // No box cuts its own text off: anything that clips (overflow other than visible) must still fit its content.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((el) => el.getClientRects().length > 0 && !el.classList.contains("hg-visually-hidden") && !el.closest(".hg-skip-link"))
          .filter((el) => {
            const style = getComputedStyle(el);
            const clips = [style.overflowX, style.overflowY].some((o) => o !== "visible");
            return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
          })
          .map((el) => `${el.tagName}.${el.className}`),
      );
      expect(clipped, path).toEqual([]);
    }
  });
});

test("WCAG 2.4.11: the fixed exit button hides no part of a focused element, tabbing either way", async ({ page }) => {
  test.setTimeout(180_000);
  // What the focused element is: the exit itself, the end of the page, or a control the exit covers in part (or not).
  const focusState = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return { end: true };
      if (focused.closest(".hg-quick-exit")) return { exit: true };
      const a = focused.getBoundingClientRect();
      const b = document.querySelector(".hg-quick-exit__button").getBoundingClientRect();
      const covered = a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
      const last = focused === [...document.querySelectorAll(".hg-footer a")].pop();
      return { covered, last, name: focused.textContent.trim() || focused.tagName };
    });
  // A phone, and a phone held sideways in English, where the label wraps onto two lines: tabbing back up a page
  // used to leave a phone link on /akut half under the button there (2.4.11 allows that; scroll-padding prevents it).
  for (const [width, language] of [[360, "Dansk"], [700, "English"]]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto("/");
    await expect(page.locator("h1")).toBeVisible();
    if (language === "English") await page.getByRole("button", { name: "English" }).click();
    for (const path of ["/tilbud", "/akut", "/tilbud/borgerraadgiveren"]) {
      await page.goto(path);
      await expect(page.locator("h1")).toBeVisible();
      const hidden = [];
      const visited = { Tab: 0, "Shift+Tab": 0 };
      // Forward from the first link in the page's content to the footer's last link, then back up to the exit.
      await page.locator("main a").first().focus();
      for (const key of ["Tab", "Shift+Tab"]) {
        for (let step = 0; step < 200; step++) {
          await page.keyboard.press(key);
          const state = await focusState();
          if (state.end || state.exit) break;
          visited[key] += 1;
          if (state.covered) hidden.push(state.name);
          if (key === "Tab" && state.last) break;
        }
      }
      const where = `${path} at ${width} px`;
      expect(visited.Tab, where).toBeGreaterThan(10);
      expect(visited["Shift+Tab"], where).toBeGreaterThan(10);
      expect(hidden, where).toEqual([]);
    }
  }
});

for (const speech of [false, true]) {
  test(`the fixed exit button covers nothing in the header, at any width from 300 to 1400 px, in either language${speech ? ", with the read-aloud button too" : ""}`, async ({ page }) => {
    // The header keeps room for the button; an English label is longer than the Danish one and must wrap inside that
    // room rather than spill over the language switch (it covered "Dansk" from 650 to 890 px) or the name. With a
    // voice on the device, "Læs op" joins the header's controls.
    if (speech) await fakeSpeech(page, [["da-DK", true, true], ["en-GB", true, false]]);
    await page.goto("/tilbud");
    await expect(page.locator("h1")).toHaveText("Alle tilbud");
    await expect(page.getByRole("button", { name: "Læs op" })).toHaveCount(speech ? 1 : 0);
    const covered = () =>
      page.evaluate(() => {
        const exit = document.querySelector(".hg-quick-exit__button").getBoundingClientRect();
        const range = document.createRange();
        return [...document.querySelectorAll(".hg-header__name, .hg-header__owner, .hg-header__nav a, .hg-header__nav button")]
          .filter((element) => {
            range.selectNodeContents(element);
            return [...range.getClientRects(), element.getBoundingClientRect()].some(
              (r) => r.width > 0 && r.right > exit.left && r.left < exit.right && r.bottom > exit.top && r.top < exit.bottom,
            );
          })
          .map((element) => element.textContent.trim());
      });
    for (const language of ["English", "Dansk"]) {
      await page.getByRole("button", { name: language }).click();
      const overlaps = [];
      for (let width = 300; width <= 1400; width += 10) {
        await page.setViewportSize({ width, height: 600 });
        const names = await covered();
        if (names.length) overlaps.push(`${width} px: ${names.join(", ")}`);
      }
      expect(overlaps, language).toEqual([]);
    }
    // Danish, the first language, keeps its label on one line down to a small phone.
    for (const width of [360, 700, 1280]) {
      await page.setViewportSize({ width, height: 600 });
      const lines = await page.getByRole("link", { name: "Forlad siden", exact: true }).evaluate((link) => {
        const range = document.createRange();
        range.selectNodeContents(link);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, `${width} px`).toBe(1);
    }
  });
}

test("with the browser's text size at 125, 150 and 200 %, no page scrolls sideways and the exit button covers nothing", async ({ page }) => {
  test.setTimeout(180_000);
  // The user's default font size, as a browser's text-size setting sets it (rem and em media queries follow it).
  // At 200 % on a 360 px phone, "kontaktoplysninger" alone is wider than the screen, and the name no longer fits
  // beside the exit button.
  const cdp = await page.context().newCDPSession(page);
  const state = () =>
    page.evaluate(() => {
      const root = document.documentElement;
      const exit = document.querySelector(".hg-quick-exit__button").getBoundingClientRect();
      const range = document.createRange();
      const covered = [...document.querySelectorAll(".hg-header__name, .hg-header__owner, .hg-header__nav a, .hg-header__nav button, main h1")]
        .filter((element) => {
          range.selectNodeContents(element);
          return [...range.getClientRects()].some(
            (r) => r.width > 0 && r.right > exit.left && r.left < exit.right && r.bottom > exit.top && r.top < exit.bottom,
          );
        })
        .map((element) => element.textContent.trim());
      return { sideways: root.scrollWidth - root.clientWidth, covered, textSize: getComputedStyle(root).fontSize };
    });
  const problems = [];
  for (const size of [20, 24, 32]) {
    await cdp.send("Page.setFontSizes", { fontSizes: { standard: size, fixed: Math.round((size * 13) / 16) } });
    for (const width of [320, 360, 412]) {
      await page.setViewportSize({ width, height: 700 });
      for (const path of ["/", "/tilbud", "/tilbud/perron-4", "/akut", "/privatliv", "/liste/perron-4+ppr"]) {
        await page.goto(path);
        await expect(page.locator("h1")).toBeVisible();
        const found = await state();
        expect(found.textSize).toBe(`${size}px`);
        if (found.sideways > 0 || found.covered.length) problems.push(`${size}px text, ${width} px, ${path}: ${JSON.stringify(found)}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
