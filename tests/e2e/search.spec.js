// Search on the list of all offers (src/domain/search/, src/ui/offer_search.rs): it narrows the list as one
// types, forgives missing Danish letters, says how many fit, and keeps what was typed out of the address and storage.
import { test, expect, expectAccessible } from "./fixtures.js";

/** The names of the offers shown, in order. */
async function shownNames(page) {
  const names = await page.locator(".hg-offers-page .hg-offer-card__title").allTextContents();
  return names.map((s) => s.trim());
}

/** Opens `/tilbud` and types `typed` into its search: the search box, the crisis prompt, and the prompt's lines. */
async function searchAllOffers(page, typed) {
  await page.goto("/tilbud");
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  await search.fill(typed);
  const crisis = page.locator("main .hg-crisis-prompt");
  return { search, crisis, lines: crisis.locator(".hg-crisis-prompt__line") };
}

test("typing narrows the list of all offers, and Danish letters may be typed out", async ({ page }) => {
  await page.goto("/tilbud");
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  const all = await shownNames(page);
  expect(all.length).toBeGreaterThan(20);
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toBeEmpty();

  await search.fill("søskendegrupper");
  await expect(found).toHaveText(`1 af ${all.length} tilbud passer til søgningen`);
  const siblings = await shownNames(page);
  expect(siblings).toHaveLength(1);
  await search.fill("SOESKENDEGRUPPER");
  await expect.poll(() => shownNames(page)).toEqual(siblings);
  await expectAccessible(page);

  // Offers named by the words come first; then those whose texts or topics have them.
  await search.fill("perron");
  await expect.poll(async () => (await shownNames(page))[0]).toBe("Perron 4");
  // A topic's label and its editors' search words count: "hash" and "misbrug" find JobRus, whose own texts say
  // "rusmidler".
  for (const word of ["hash", "misbrug"]) {
    await search.fill(word);
    await expect.poll(() => shownNames(page)).toContain("JobRus – job og behandling for unge med rusmiddelproblemer");
  }
  // Searching for an acute topic points to crisis help before any offer; other searches do not.
  const crisis = page.locator("main .hg-crisis-prompt");
  await expect(crisis).toHaveCount(0);
  await search.fill("selvmord");
  await expect(crisis.getByRole("link", { name: "Akut hjælp" })).toHaveAttribute("href", "/akut");
  // 112 first, one tap away, as on the start page: the person may be in danger right now.
  await expect(crisis.getByRole("link", { name: "Ring 112" })).toHaveAttribute("href", "tel:112");
  await expect(crisis).toContainText("Ved fare for liv: Ring 112");
  // Inside the status region, so a screen reader hears it while typing.
  await expect(page.getByRole("status").filter({ hasText: "Brug for hjælp nu?" })).toHaveCount(1);
  // Right under the field, before "Tilpas listen": on a phone with the keyboard open, that is what one sees.
  const options = page.getByRole("group", { name: "Tilpas listen" });
  const promptFirst = await crisis.evaluate(
    (prompt, fieldset) => Boolean(prompt.compareDocumentPosition(fieldset) & Node.DOCUMENT_POSITION_FOLLOWING),
    await options.elementHandle(),
  );
  expect(promptFirst).toBe(true);
  await expectAccessible(page);
  await search.fill("bolig");
  await expect(crisis).toHaveCount(0);
  // Violence and rape too: /akut has 112 and Center for Voldtægtsofre, and no offer is for them.
  await search.fill("voldtægt");
  await expect(crisis.getByRole("link", { name: "Akut hjælp" })).toBeVisible();
  // Said as it happens, inflected as in a sentence, in a compound ("selvmordsforsøg", a suicide attempt;
  // "partnervold", violence by a partner), and beside another word.
  // Everyday ways of saying one wants to die or to hurt oneself, in Danish and English, need all their words:
  // "jeg vil dø", but not "dø" alone.
  for (const typed of ["jeg bliver slået", "volden", "selvmordsforsøg", "partnervold", "selvmord bolig", "jeg vil dø", "jeg vil ikke leve mere", "I want to kill myself"]) {
    await search.fill("bolig");
    await expect(crisis).toHaveCount(0);
    await search.fill(typed);
    await expect(crisis.getByRole("link", { name: "Akut hjælp" })).toBeVisible();
  }
  // Typed as a sentence: the ignored words ("jeg", "vil", "mit") are left out, so it still points to crisis help,
  // and "min søn har autisme" finds the family consultants although no offer has "min" or "har".
  await search.fill("jeg vil tage mit liv");
  await expect(crisis.getByRole("link", { name: "Akut hjælp" })).toBeVisible();
  await search.fill("min søn har autisme");
  await expect.poll(() => shownNames(page)).toContain("Familiekonsulenter – Center for Børnehandicap og Autisme");
  // Inflected words find what their plain form finds: "forældrene" (the parents) as "forældre", "boligen" as "bolig".
  await search.fill("forældrene");
  await expect.poll(() => shownNames(page)).toContain("PPR – Pædagogisk Psykologisk Rådgivning");
  await search.fill("boligen");
  await expect.poll(() => shownNames(page)).toContain("Skæve boliger");
  await expect(crisis).toHaveCount(0);
  // The first letter of any search is in the acute texts; it does not bring the prompt up.
  // Words that say nothing of what is wanted ("s" is one, the English "s" of "sister's") leave every offer, and
  // the page says it cannot tell what is sought, not that every offer fits.
  const saysNothing = "Vi kan ikke se, hvad du søger efter. Skriv fx autisme, bolig eller hash.";
  await search.fill("s");
  await expect(found).toHaveText(saysNothing);
  await expect(crisis).toHaveCount(0);
  await search.fill("jeg har brug for hjælp");
  await expect(found).toHaveText(saysNothing);
  await expect(page.locator(".hg-offers-page > li")).toHaveCount(all.length);
  // "dø" alone is calm, and a Danish word: no longer the start of the English "does".
  await search.fill("dø");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Prøv et andet ord.");
  await expect(crisis).toHaveCount(0);
  // Under the way to crisis help, no "try another word", no offer that fits in part, and no complaints office as
  // the place to ask: the offers are everyday help, and the page says so.
  // Nor offers for who is involved: "min søn" listed the family offers under the prompt.
  for (const typed of ["selvmord", "jeg kan ikke mere", "jeg vil slå mig selv ihjel", "min søn vil tage sit liv"]) {
    await search.fill(typed);
    await expect(crisis.getByRole("link", { name: "Ring 112" })).toBeVisible();
    await expect(found).toContainText("Tilbuddene her er hjælp i hverdagen, ikke akut hjælp.");
    await expect(page.locator(".hg-offers-page > li")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Råd, uanset hvad det handler om" })).toHaveCount(0);
    await expect(page.getByText("Ingen af tilbuddene nævner")).toHaveCount(0);
  }
  // A search about suicide, also said of someone else, names Livslinien under 112, its number one tap away (axe
  // checks it below).
  await expect(crisis.locator(".hg-crisis-prompt__line").first()).toContainText("Livslinien");
  await expect(crisis.locator('a[href="tel:+4570201201"]')).toBeVisible();
  await expectAccessible(page);
  // A search about violence names no line: it covers too many situations for one, so 112 and the crisis page serve.
  await search.fill("vold");
  await expect(crisis.getByRole("link", { name: "Ring 112" })).toBeVisible();
  await expect(crisis.locator(".hg-crisis-prompt__line")).toHaveCount(0);
  // Its other words are still looked for, under the prompt: "selvmord bolig" lists the housing.
  await search.fill("selvmord bolig");
  await expect(crisis.getByRole("link", { name: "Ring 112" })).toBeVisible();
  await expect.poll(() => shownNames(page)).toContain("Skæve boliger");
  await expect(page.getByText("Ingen af tilbuddene nævner")).toHaveCount(0);

  // Nothing fits: say so, offer the questions instead, and show where one can ask about anything. The sources
  // name no offer for ADHD, but the citizens' adviser and outreach counselling help anyone on.
  const forAnything = page.getByRole("heading", { name: "Råd, uanset hvad det handler om" });
  await expect(forAnything).toHaveCount(0);
  await search.fill("ADHD");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Prøv et andet ord.");
  await expect(page.locator(".hg-offers-page > li")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Eller svar på nogle spørgsmål, og få forslag" })).toHaveAttribute("href", "/");
  await expect(forAnything).toHaveJSProperty("tagName", "H2");
  await expect(page.locator(".hg-offers-page__for-anything h3")).toHaveText(["Borgerrådgiveren", "Fremskudt Rådgivning, Psykiatri"]);
  await expect(page.locator(".hg-offers-page__for-anything").getByRole("link", { name: "Ring 30 69 61 04" })).toHaveAttribute("href", "tel:+4530696104");
  // Nothing to tick, so no hint about ticking.
  await expect(page.getByText("Vil du give nogle af tilbuddene videre?")).toHaveCount(0);
  await expectAccessible(page);
  // With every contact shown, these cards show theirs too.
  await page.getByRole("checkbox", { name: "Vis alle kontaktoplysninger" }).check();
  await expect(page.locator(".hg-offers-page__for-anything").getByRole("link", { name: "borgerraadgiveren@randers.dk" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Vis alle kontaktoplysninger" }).uncheck();
  await search.fill("bolig");
  await expect(forAnything).toHaveCount(0);
  await expect(page.getByText("Vil du give nogle af tilbuddene videre?")).toBeVisible();

  await search.fill("");
  await expect.poll(() => shownNames(page)).toEqual(all);
  await expect(found).toBeEmpty();
});

test("a search that finds the same offers keeps their cards, also when the page says something new", async ({ page }) => {
  // On a slow phone, building the 32 cards anew is the longest part of a keystroke: "a", an ignored word, finds
  // every offer as the empty search does, and must not rebuild them only because the page now says it cannot tell
  // what is sought. A rebuilt card list changes the list's DOM; a kept one does not.
  await page.goto("/tilbud");
  await expect(page.locator(".hg-offers-page > li").first()).toBeVisible();
  await page.locator("ul.hg-offers-page").first().evaluate((list) => {
    window.cardChanges = 0;
    new MutationObserver((records) => { window.cardChanges += records.length; })
      .observe(list, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  await search.fill("a");
  await expect(page.locator(".hg-offers-page__found")).toHaveText("Vi kan ikke se, hvad du søger efter. Skriv fx autisme, bolig eller hash.");
  expect(await page.evaluate(() => window.cardChanges)).toBe(0);
  // Another list of offers does change it (the observer sees what it must).
  await search.fill("autisme");
  await expect.poll(() => page.evaluate(() => window.cardChanges)).toBeGreaterThan(0);
});

test("a search no offer fits wholly shows the offers with the most of its words, and names the words none has", async ({ page }) => {
  await page.goto("/tilbud");
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  const found = page.locator(".hg-offers-page__found");
  // "datter" (daughter) is in the family offers and "ked af det" (sad) in the mental-health ones; no offer has both.
  await search.fill("min datter er ked af det");
  await expect(found).toHaveText(/^Intet tilbud har alle ordene\. Her er de \d+ tilbud, der har flest af dem\.$/);
  await expect.poll(() => shownNames(page)).toContain("PPR – Pædagogisk Psykologisk Rådgivning");
  await expect.poll(() => shownNames(page)).toContain("Psykiatriens Hus");
  await expect(page.getByRole("heading", { name: "Råd, uanset hvad det handler om" })).toHaveCount(0);
  await expectAccessible(page);
  // A word no offer has beside a word that is found: the offers for that word, and the other named back as typed.
  await search.fill("autisme Qwerty");
  await expect(found).toContainText("Ingen af tilbuddene nævner »Qwerty«.");
  await expect.poll(() => shownNames(page)).toContain("Autismecenter Randers");
  // With only offers that need no referral, the count says so.
  await page.getByRole("checkbox", { name: "Kun tilbud uden henvisning" }).check();
  await search.fill("ensom fodbold");
  await expect(found).toContainText(/Intet tilbud uden henvisning har alle ordene\. Her er (de \d+|det), der har flest af dem\.$/);
  // The words named back are those no offer of the shorter list has, and the sentence says which list that is.
  await expect(found).toContainText("Ingen af tilbuddene uden henvisning nævner »fodbold«.");
  // In English too.
  await page.getByRole("button", { name: "English" }).click();
  await expect(found).toContainText("None of the offers that need no referral mentions “fodbold”.");
  await expectAccessible(page);
});

test("asking where one can walk in lists only the offers one can walk in to, and says so", async ({ page }) => {
  const { search } = await searchAllOffers(page, "hvor kan jeg møde op");
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toContainText("Her er kun tilbud, hvor du kan møde op uden aftale.");
  const cards = page.locator(".hg-offers-page .hg-offer-card");
  await expect.poll(() => cards.count()).toBeGreaterThan(1);
  // Every card shown says one can walk in; before, "mød op" listed offers whose texts say to call before coming.
  const count = await cards.count();
  await expect(cards.filter({ hasText: "Kræver ingen henvisning – mød op" })).toHaveCount(count);
  await expect.poll(() => shownNames(page)).toContain("Psykiatriens Hus");
  await expectAccessible(page);
  // Meeting others is no way in.
  await search.fill("møde andre");
  await expect(found).not.toContainText("møde op uden aftale");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox").fill("walk in");
  await expect(found).toContainText("These are only offers you can walk in to, without an appointment.");
});

test("asking for someone to call now shows every line with whether it is open, not the daytime offers", async ({ page }) => {
  const { search, crisis } = await searchAllOffers(page, "hvem har åbent nu");
  const found = page.locator(".hg-offers-page__found");
  const lines = page.getByRole("region", { name: "Her kan du ringe eller skrive" });
  await expect(found).toHaveText("Her er linjer, du kan ringe eller skrive til. Hver linje viser, om den har åbent nu.");
  // Every line, 112 first; before, all 32 offers were listed, and they are daytime services.
  await expect(lines.locator("h3")).toHaveCount(8);
  await expect(lines.locator("h3").first()).toHaveText("Alarm 112");
  await expect(lines).toContainText("Livslinien");
  await expect(lines.getByText(/^(Åben nu|Lukket)/).first()).toBeVisible();
  await expect(page.locator(".hg-offers-page > li")).toHaveCount(0);
  await expect(crisis).toHaveCount(0);
  await expectAccessible(page);
  // With words of a need, the offers for it come first, then the lines.
  await search.fill("nogen at tale med om natten");
  await expect.poll(() => shownNames(page)).toContain("Psykiatriens Hus");
  await expect(page.getByRole("region", { name: "Du kan også ringe eller skrive" }).locator("h3")).toHaveCount(8);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox").fill("someone to call");
  await expect(found).toHaveText("Here are lines you can call or write to. Each line shows whether it is open now.");
});

test("a pasted text is searched by its first 30 words, says so, and still points to crisis help from its end", async ({ page }) => {
  const { search, crisis } = await searchAllOffers(page, "");
  const found = page.locator(".hg-offers-page__found");
  // A staff member pastes a note; its last sentence would make a partial fit ("pension" is in no offer).
  const note = "Min søn på 17 har autisme og går ikke i skole. ".repeat(3) + "Han er ked af det og vil have pension.";
  await search.fill(note);
  await expect(found).toContainText("Søgningen bruger kun de første 30 ord.");
  await expect(found).not.toContainText("pension");
  await expect.poll(() => shownNames(page)).toContain("PPR – Pædagogisk Psykologisk Rådgivning");
  await expect(crisis).toHaveCount(0);
  // A crisis word after the words searched still shows the way to crisis help.
  await search.fill(note + " Han taler om selvmord.");
  await expect(crisis.getByRole("link", { name: "Ring 112" })).toBeVisible();
  await expectAccessible(page);
  // Within the limit, nothing is said.
  await search.fill("Min søn på 17 har autisme");
  await expect(found).not.toContainText("første 30 ord");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox").fill(note);
  await expect(found).toContainText("The search uses only the first 30 words.");
});

test("offers found only by who is involved are headed by that word, after where one can ask about anything", async ({ page }) => {
  // "far" (father) is in every offer for relatives, "død" (dead) in none: those offers fit whoever it is, not a death.
  const { search } = await searchAllOffers(page, "min far er død");
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toContainText("Ingen af tilbuddene nævner »død«.");
  const forAnything = page.getByRole("heading", { name: "Råd, uanset hvad det handler om" });
  const byWho = page.getByRole("heading", { name: "Tilbud, der nævner »far«" });
  await expect(forAnything).toBeVisible();
  await expect(page.locator(".hg-offers-page__for-anything h3")).toHaveText(["Borgerrådgiveren", "Fremskudt Rådgivning, Psykiatri"]);
  await expect(byWho).toHaveJSProperty("tagName", "H2");
  // The offers found follow their own heading, not the places to ask about anything.
  expect(await forAnything.evaluate((heading, other) => !!(heading.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING), await byWho.elementHandle())).toBe(true);
  await expect(page.locator(".hg-offers-page > li").first()).toBeVisible();
  await expectAccessible(page);
  // A word of the need found too ("ensom", lonely): the offers say something of it, as in any partial fit.
  await search.fill("min far er død og jeg er ensom");
  await expect(found).toContainText("Ingen af tilbuddene nævner »død«.");
  await expect(forAnything).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Tilbud, der nævner/ })).toHaveCount(0);
  // In English, with the word as typed.
  await search.fill("my Son has ADHD");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Offers that mention “Son”" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Advice, whatever it is about" })).toBeVisible();
  await expectAccessible(page);
});

test("a relative's search lists the offers for relatives, then apart those for the person it is about", async ({ page }) => {
  // "kone" (wife) narrowed the list to Recoveryskolen's courses for relatives; the offers for the wife herself
  // were not shown at all.
  const { search } = await searchAllOffers(page, "min kone er deprimeret");
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toContainText("1 af 32 tilbud passer til søgningen. Længere nede: 8 tilbud til personen selv.");
  const lists = page.locator("ul.hg-offers-page");
  await expect(lists).toHaveCount(2);
  await expect(lists.first().locator("h2")).toHaveText(["Recoveryskolen Randers"]);
  const apart = page.getByRole("heading", { name: "Til personen selv" });
  await expect(apart).toHaveJSProperty("tagName", "H2");
  await expect(lists.nth(1).locator("h3")).toContainText(["Psykiatriens Hus"]);
  await expect(lists.nth(1).locator("h3")).toHaveCount(8);
  // They can go on the list to pass on too.
  await page.getByLabel("Læg på listen: Psykiatriens Hus").check();
  await expect(page.getByRole("link", { name: /\/liste\// })).toHaveAttribute("href", /psykiatriens-hus/);
  await expectAccessible(page);
  // The need alone: one list, with no part apart.
  await search.fill("deprimeret");
  await expect(apart).toHaveCount(0);
  await expect(lists).toHaveCount(1);
  await expect(found).toHaveText("9 af 32 tilbud passer til søgningen");
  // In English.
  await search.fill("my wife is depressed");
  await page.getByRole("button", { name: "English" }).click();
  await expect(found).toContainText("Further down: 8 offers for the person themselves.");
  await expect(page.getByRole("heading", { name: "For the person themselves" })).toBeVisible();
  await expectAccessible(page);
});

test("an age in the search sets the offers for another age apart, each with the limit that rules it out", async ({ page }) => {
  // "jeg er 16 og har angst" listed Psykiatriens Hus, which is for adults, among the offers that fit.
  const { search } = await searchAllOffers(page, "jeg er 16 og har angst");
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toContainText("2 af 32 tilbud passer til søgningen. Nederst: 7 tilbud for en anden alder.");
  const lists = page.locator("ul.hg-offers-page");
  await expect(lists).toHaveCount(2);
  await expect(lists.first().locator("h2")).not.toContainText(["Psykiatriens Hus"]);
  const apart = page.getByRole("heading", { name: "Tilbud for en anden alder" });
  await expect(apart).toHaveJSProperty("tagName", "H2");
  await expect(page.getByText("Du skrev, at alderen er 16 år.")).toBeVisible();
  const house = lists.nth(1).locator(".hg-offer-card").filter({ has: page.getByRole("heading", { name: "Psykiatriens Hus" }) });
  await expect(house).toContainText("Kun for borgere på 18 år eller derover.");
  // The line the editors suggest for a 16-year-old, as the results do, between the offers that fit and those apart.
  const line = page.getByRole("heading", { name: "BørneTelefonen (Børns Vilkår)" });
  await expect(line).toBeVisible();
  const apartList = await lists.nth(1).elementHandle();
  const lineComesFirst = await line.evaluate(
    (node, list) => Boolean(node.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
    apartList,
  );
  expect(lineComesFirst).toBe(true);
  await expectAccessible(page);
  // A parent's search: the offers for the son himself further down, and those for another age at the bottom.
  await search.fill("min søn på 16 år har autisme");
  await expect(found).toContainText(
    "5 af 32 tilbud passer til søgningen. Længere nede: 5 tilbud til personen selv. Nederst: 2 tilbud for en anden alder.",
  );
  // The parent gets headspace's advice for relatives, not the children's line, which is for the son.
  await expect(page.getByRole("heading", { name: "headspace – rådgivning for pårørende" })).toBeVisible();
  await expect(line).toHaveCount(0);
  // A number after a word of who is involved, without "år", is that person's age too.
  await search.fill("min datter er 15 og har angst");
  await expect(page.getByText("Du skrev, at alderen er 15 år.")).toBeVisible();
  // Every offer with all the words is for another age: the page says none for a 12-year-old has them all, and does
  // not say that no offer mentions "uddannelse", as the one apart does.
  await search.fill("min dreng på 12 år har autisme og skal have en uddannelse");
  await expect(found).toContainText("Intet tilbud for en på 12 år har alle ordene.");
  await expect(found).not.toContainText("nævner");
  await expect(lists.nth(1)).toContainText("Unge med autisme på vej ind i voksenlivet");
  // A parent named after "min" is an adult, of no stated age: the offers for children are set apart, and the page
  // names no age. "min mor har et handicap" listed the family consultants for children first.
  await search.fill("min mor har et handicap");
  await expect(found).toContainText("Intet tilbud for en voksen har alle ordene. Her er de 12 tilbud, der har flest af dem.");
  await expect(page.getByText("Du skrev om en voksen. Disse tilbud handler om det samme, men de er for børn.")).toBeVisible();
  await expect(lists.first().locator(".hg-offer-card__title").first()).toHaveText("Aktivitets- og fritidskoordinator på handicapområdet");
  await expect(lists.nth(1)).toContainText("Familiekonsulenter");
  await expect(lists.nth(1)).toContainText("Kun for borgere op til 17 år.");
  await expectAccessible(page);
  // The need alone: nothing apart.
  await search.fill("angst");
  await expect(apart).toHaveCount(0);
  await expect(lists).toHaveCount(1);
  // In English.
  await search.fill("I am 16 and anxious");
  await page.getByRole("button", { name: "English" }).click();
  await expect(found).toContainText("At the bottom: 7 offers for another age.");
  await expect(page.getByRole("heading", { name: "Offers for another age" })).toBeVisible();
  await expect(lists.nth(1)).toContainText("Only for people aged 18 or over.");
  await expectAccessible(page);
});

test("a search naming a line shows it, to call at once or to tick for the list", async ({ page }) => {
  // "livslinien" found nothing and offered the complaints office; it is often spelt with a "j".
  const { search, crisis } = await searchAllOffers(page, "livslinjen");
  const found = page.locator(".hg-offers-page__found");
  // With no offer above it, not "Du kan også ringe eller skrive".
  const lines = page.getByRole("region", { name: "Her kan du ringe eller skrive" });
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Se nedenfor, hvor du kan ringe eller skrive.");
  await expect(lines.locator("h3")).toHaveText(["Livslinien"]);
  await expect(lines.locator('a[href="tel:+4570201201"]')).toBeVisible();
  // A calm search: no crisis prompt, and no places to ask about anything instead.
  await expect(crisis).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Råd, uanset hvad det handler om" })).toHaveCount(0);
  // Right under the search, before "Tilpas listen", as there is no offer to show first.
  const follows = (first, second) => first.evaluate((a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING), second);
  expect(await follows(lines, await page.getByRole("group", { name: "Tilpas listen" }).elementHandle())).toBe(true);
  await expectAccessible(page);
  // Ticked, it goes on the list to pass on.
  await lines.getByLabel("Læg på listen: Livslinien").check();
  await expect(page.getByRole("link", { name: /\/liste\// })).toHaveAttribute("href", "/liste/livslinien");
  await lines.getByLabel("Læg på listen: Livslinien").uncheck();
  // "børnetelefonen" is no compound of "børn" to list the offers for children by.
  await search.fill("børnetelefonen");
  await expect(lines.locator("h3")).toHaveText(["BørneTelefonen (Børns Vilkår)"]);
  await expect(page.locator(".hg-offers-page > li")).toHaveCount(0);
  await expect(page.getByText("Vi har søgt efter")).toHaveCount(0);
  // With the offers that have the word too, after them: "also".
  await search.fill("lægevagten");
  const alsoLines = page.getByRole("region", { name: "Du kan også ringe eller skrive" });
  await expect(alsoLines.locator("h3")).toHaveText(["Lægevagten, Region Midtjylland"]);
  await expect.poll(() => shownNames(page)).toEqual(["Psykiatrisk Klinik 2, Randers (Region Midtjylland)"]);
  // After the offers found, so a word of a line's name ("centre") does not put the line first.
  expect(await follows(page.locator("ul.hg-offers-page"), await alsoLines.elementHandle())).toBe(true);
  // A word the name does not have: no line.
  await search.fill("livslinien autisme");
  await expect(page.locator(".hg-suggested-lines")).toHaveCount(0);
  // In English, by the English name.
  await search.fill("out-of-hours doctor");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("region", { name: "You can also call or write" }).locator("h3")).toHaveText(["Out-of-hours doctor (Lægevagten), Central Denmark Region"]);
  await expectAccessible(page);
});

test("a phone number finds whose it is: an offer's, or a line's shown alone", async ({ page }) => {
  // Staff look up a number from a note or a missed call, written any way.
  const { search } = await searchAllOffers(page, "+45 89 15 97 37");
  const found = page.locator(".hg-offers-page__found");
  await expect.poll(() => shownNames(page)).toEqual(["Familiekonsulenter – Center for Børnehandicap og Autisme", "Søskendegrupper"]);
  await search.fill("70 20 12 01");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Se nedenfor, hvor du kan ringe eller skrive.");
  await expect(page.getByRole("region", { name: "Her kan du ringe eller skrive" }).locator("h3")).toHaveText(["Livslinien"]);
  await expectAccessible(page);
  // A Danish number no offer has: not every offer, as before, but none, and the way on.
  await search.fill("8915 0000");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Prøv et andet ord.");
  await expect(page.getByRole("heading", { name: "Råd, uanset hvad det handler om" })).toBeVisible();
});

test("a word is looked for in the page's language first; a word only the other language has still finds", async ({ page }) => {
  await page.goto("/tilbud");
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  // In Danish, "act" starts only the ACT team's name; an English word no Danish text has finds what it names.
  await search.fill("act");
  await expect.poll(() => shownNames(page)).toEqual(["ACT-indsatsen"]);
  await search.fill("homeless");
  await expect.poll(() => shownNames(page)).toContain("Hjælp til hjemløse");
  // In English, "act" also starts "Activity": the ACT team first (a whole word of its name), though "Activity …"
  // comes first in the alphabet, then the activity offers.
  await search.fill("act");
  await page.getByRole("button", { name: "English" }).click();
  await expect.poll(async () => (await shownNames(page)).slice(0, 2)).toEqual([
    "The ACT team",
    "Activity and leisure coordinator for disability",
  ]);
  await expectAccessible(page);
});

test("a typo is read as the word it is nearest, and the page says what it searched for instead", async ({ page }) => {
  await page.goto("/tilbud");
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  const found = page.locator(".hg-offers-page__found");
  await search.fill("autsime");
  await expect(found).toContainText("Ingen tilbud nævner »autsime«. Vi har søgt efter »autisme« i stedet.");
  await expect(found).toContainText(/\d+ af \d+ tilbud passer til søgningen/);
  await expect.poll(() => shownNames(page)).toContain("Autismecenter Randers");
  await expectAccessible(page);
  // A compound no offer has is read as the part that names a need.
  await search.fill("angstbehandling");
  await expect(found).toContainText("Ingen tilbud nævner »angstbehandling«. Vi har søgt efter »angst« i stedet.");
  await expect.poll(() => shownNames(page)).toContain("Psykiatriens Hus");
  // A word no offer is for is not made into another word.
  await search.fill("demens");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Prøv et andet ord.");
  // A typo of an acute word still points to crisis help.
  await search.fill("selvmrod");
  await expect(page.locator("main .hg-crisis-prompt").getByRole("link", { name: "Akut hjælp" })).toBeVisible();
  // In English, on the English page.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox", { name: "Search the offers" }).fill("alcohl");
  await expect(found).toContainText("No offer mentions “alcohl”. We searched for “alcohol” instead.");
  await expect.poll(() => shownNames(page)).toContain("Rusmiddelcenter Randers (alcohol and drug treatment)");
});

test("what was searched for stays in memory: not in the address, not in storage, and kept while browsing", async ({ page }) => {
  await page.goto("/tilbud");
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  await search.fill("bolig");
  // Pressing the phone's search key submits nothing and reloads nothing.
  await search.press("Enter");
  await expect(page).toHaveURL(/\/tilbud$/);
  const housing = await shownNames(page);
  expect(housing).toContain("Skæve boliger");
  expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);

  // Ticking a found offer works as without a search, and the tick outlives the search.
  await page.getByLabel("Læg på listen: Skæve boliger").check();
  await page.getByRole("link", { name: "Skæve boliger", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Skæve boliger");
  await page.goBack();
  await expect(search).toHaveValue("bolig");
  await expect.poll(() => shownNames(page)).toEqual(housing);
  await search.fill("");
  await expect(page.getByLabel("Læg på listen: Skæve boliger")).toBeChecked();
  // Only the tick is stored, never the search.
  expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({ "hg-picked": "skaeve-boliger" });

  // In English the hint and count follow, and English words find offers too.
  await page.getByRole("button", { name: "English" }).click();
  const english = page.getByRole("searchbox", { name: "Search the offers" });
  await english.fill("housing");
  await expect(page.locator(".hg-offers-page__found")).toHaveText(/^\d+ of \d+ offers match the search$/);
  await expect.poll(async () => (await shownNames(page)).some((name) => name.startsWith("Skæve boliger"))).toBe(true);
  await expectAccessible(page);

  // A reload forgets the search, like anything typed about a person's situation.
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search the offers" })).toHaveValue("");
});

test("'Kun tilbud uden henvisning' keeps the offers one can start alone, with the search and in print", async ({ page }) => {
  await page.goto("/tilbud");
  await expect(page.locator("h1")).toHaveText("Alle tilbud");
  const all = await shownNames(page);
  expect(all.length).toBeGreaterThan(20);
  const options = page.getByRole("group", { name: "Tilpas listen" });
  const noReferral = options.getByRole("checkbox", { name: "Kun tilbud uden henvisning" });
  await expect(noReferral).toHaveAccessibleDescription(/Tilbud, hvor adgangen ikke er oplyst, er ikke med\.$/);
  const found = page.locator(".hg-offers-page__found");
  const badges = page.locator(".hg-offers-page .hg-access-badge:not(.hg-access-badge--free)");

  await noReferral.check();
  await expect(found).toHaveText(new RegExp(`^\\d+ af ${all.length} tilbud kræver ingen henvisning$`));
  const free = await shownNames(page);
  await expect(found).toHaveText(`${free.length} af ${all.length} tilbud kræver ingen henvisning`);
  // Fewer, in the same order, and every badge says no referral is needed.
  expect(free.length).toBeLessThan(all.length);
  expect(all.filter((name) => free.includes(name))).toEqual(free);
  expect(free).toContain("Psykiatriens Hus");
  expect(free).not.toContain("Psykiatrisk Klinik 2, Randers (Region Midtjylland)");
  expect(free).not.toContain("Skæve boliger");
  await expect(badges).toHaveCount(free.length);
  for (const badge of await badges.allTextContents()) expect(badge).toMatch(/^Kræver ingen henvisning – /);
  await expectAccessible(page);

  // With a search, both narrow; when nothing is left, the message says what to undo.
  const search = page.getByRole("searchbox", { name: "Søg i tilbuddene" });
  await search.fill("psykiatri");
  await expect(found).toHaveText(/^\d+ af \d+ tilbud passer til søgningen og kræver ingen henvisning$/);
  await expect.poll(() => shownNames(page)).not.toContain("Psykiatrisk Klinik 2, Randers (Region Midtjylland)");
  await search.fill("aflastning");
  await expect(found).toHaveText(
    "Ingen tilbud uden henvisning passer til søgningen. Prøv et andet ord, eller fjern krydset ved »Kun tilbud uden henvisning«.");
  await noReferral.uncheck();
  await expect(found).toHaveText(`1 af ${all.length} tilbud passer til søgningen`);
  // Said in the search, unticked: "jeg har angst og vil ikke have henvisning" found only the clinic that needs a
  // GP's referral, by its word "henvisning".
  await search.fill("jeg har angst og vil ikke have henvisning");
  await expect(found).toHaveText(/^\d+ af \d+ tilbud passer til søgningen og kræver ingen henvisning$/);
  await expect.poll(() => shownNames(page)).toContain("Psykiatriens Hus");
  expect(await shownNames(page)).not.toContain("Psykiatrisk Klinik 2, Randers (Region Midtjylland)");
  for (const badge of await badges.allTextContents()) expect(badge).toMatch(/^Kræver ingen henvisning – /);
  await expect(noReferral).not.toBeChecked();
  // With nothing left, there is no tick to take away.
  await search.fill("aflastning uden henvisning");
  await expect(found).toHaveText("Ingen tilbud passer til søgningen. Prøv et andet ord.");
  await search.fill("");
  await noReferral.check();

  // Printed, the count says what the list holds; the controls are for the screen.
  await page.emulateMedia({ media: "print" });
  await expect(options).toBeHidden();
  await expect(found).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // In English too.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("checkbox", { name: "Only offers that need no referral" })).toBeChecked();
  await expect(found).toHaveText(`${free.length} of ${all.length} offers need no referral`);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dansk" }).click();

  // Kept while looking at an offer; "Slet mine svar" forgets it with the search, since it says something about the
  // citizen; nothing of it is stored (only the language chosen is).
  await page.getByRole("link", { name: "Psykiatriens Hus", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Psykiatriens Hus");
  await page.goBack();
  await expect(noReferral).toBeChecked();
  expect(await page.evaluate(() => [Object.keys(sessionStorage), localStorage.length])).toEqual([["hg-lang"], 0]);
  await page.getByRole("contentinfo").getByRole("link", { name: "Privatliv" }).click();
  await page.getByRole("button", { name: /^Slet mine svar/ }).click();
  await page.goBack();
  await expect(noReferral).not.toBeChecked();
  await expect.poll(() => shownNames(page)).toEqual(all);
});

test("a search about suicide shows Livslinien under 112, and while it is closed the line to try instead", async ({ page }) => {
  // Tuesday 24 November 2026, 06:00 in Copenhagen (05:00 UTC): Livslinien (11–04) is closed, Lægevagten open.
  await page.clock.setFixedTime(new Date("2026-11-24T05:00:00Z"));
  const { lines } = await searchAllOffers(page, "jeg vil dø");
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText("Livslinien");
  await expect(lines.first()).toContainText("Lukket – åbner i dag kl. 11.00");
  await expect(lines.nth(1)).toContainText("Lukket nu. Prøv i stedet: Lægevagten, Region Midtjylland");
  await expect(lines.nth(1).locator('a[href="tel:+4570113131"]')).toBeVisible();
  await expectAccessible(page);
  // In English too.
  await page.getByRole("button", { name: "English" }).click();
  await expect(lines.nth(1)).toContainText("Closed now. Try instead:");
});

test("left open, the prompt after a search about suicide drops the line to try instead when that one closes", async ({ page }) => {
  // Tuesday 24 November 2026, 07:58 in Copenhagen, on a clock the test moves on: Lægevagten closes at 08.00.
  await page.clock.install({ time: new Date("2026-11-24T06:58:00Z") });
  const { lines } = await searchAllOffers(page, "jeg vil dø");
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(1)).toContainText("Lukket nu. Prøv i stedet: Lægevagten, Region Midtjylland");
  await page.clock.fastForward("03:00");
  // Its other alternative is 112, which the prompt already shows first.
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText("Livslinien");
  await expect(lines.first()).toContainText("Lukket – åbner i dag kl. 11.00");
  await expectAccessible(page);
});

test("a child's search about suicide names Børnetelefonen too, open while Livslinien is closed", async ({ page }) => {
  // Tuesday 24 November 2026, 06:00 in Copenhagen: Livslinien is closed; Børnetelefonen is open day and night.
  await page.clock.setFixedTime(new Date("2026-11-24T05:00:00Z"));
  const { search, lines } = await searchAllOffers(page, "jeg er 14 og vil dø");
  await expect(lines.first()).toContainText("Livslinien");
  await expect(lines.filter({ hasText: "Børnetelefonen" })).toContainText("Åben nu");
  await expectAccessible(page);
  // An adult's search names Livslinien and the line to try instead, not the children's line.
  await search.fill("jeg er 30 og vil dø");
  await expect(lines.filter({ hasText: "Børnetelefonen" })).toHaveCount(0);
  await expect(lines.first()).toContainText("Livslinien");
});

test("a search about suicide at a time when Livslinien is open names it alone", async ({ page }) => {
  // Tuesday 24 November 2026, 13:00 in Copenhagen.
  await page.clock.setFixedTime(new Date("2026-11-24T12:00:00Z"));
  const { lines } = await searchAllOffers(page, "selvmord");
  await expect(lines).toHaveCount(1);
  await expect(lines).toContainText("Åben nu");
  await expect(lines.locator('a[href="tel:+4570201201"]')).toBeVisible();
});

test("a search about rape names Center for Voldtægtsofre under 112, and one about other violence names no line", async ({ page }) => {
  const { search, crisis, lines } = await searchAllOffers(page, "jeg er blevet voldtaget");
  await expect(lines).toHaveCount(1);
  await expect(lines).toContainText("Center for Voldtægtsofre, Aarhus Universitetshospital");
  await expect(lines.locator('a[href="tel:+4578463543"]')).toBeVisible();
  await expect(crisis.locator('a[href="tel:112"]')).toBeVisible();
  await expectAccessible(page);
  // Violence of every other kind: 112 and the way to every line, no line of its own.
  await search.fill("min kæreste slår mig");
  await expect(crisis.locator('a[href="tel:112"]')).toBeVisible();
  await expect(lines).toHaveCount(0);
  // In English, by the English words.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("searchbox", { name: "Search the offers" }).fill("I was raped");
  await expect(lines).toContainText("Centre for Rape Victims, Aarhus University Hospital");
});

test("a search for the emergency department names the way there under 112, with the line's warning", async ({ page }) => {
  // Tuesday 24 November 2026, 20:00 in Copenhagen: Lægevagten is open.
  await page.clock.setFixedTime(new Date("2026-11-24T19:00:00Z"));
  const { search, crisis, lines } = await searchAllOffers(page, "skadestue");
  await expect(crisis.locator('a[href="tel:112"]')).toBeVisible();
  await expect(lines).toHaveCount(1);
  await expect(lines).toContainText("Lægevagten, Region Midtjylland");
  await expect(lines.locator('a[href="tel:+4570113131"]')).toBeVisible();
  await expect(page.locator(".hg-offers-page .hg-offer-card")).toHaveCount(0);
  // The psychiatric emergency department has an address, not a phone: its warning says to call first, so no one
  // travels to Aarhus in vain. Lægevagten, to call, comes first.
  await search.fill("psykiatrisk skadestue");
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toContainText("Lægevagten, Region Midtjylland");
  await expect(lines.nth(1)).toContainText("Palle Juul-Jensens Boulevard 161");
  await expect(lines.locator(".hg-crisis-prompt__caution")).toHaveText(
    "Ring først til din egen læge eller Lægevagten for at blive henvist."
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(lines.locator(".hg-crisis-prompt__caution")).toHaveText("First call your own doctor or Lægevagten to be referred.");
});

test("staff find a unit's offers by the unit's name, and each offer page names the unit with its source", async ({ page }) => {
  const { search, crisis } = await searchAllOffers(page, "Center for Børnehandicap og Autisme");
  // Before, only the family consultants, whose name has the unit's.
  await expect.poll(() => shownNames(page)).toEqual([
    "Familiekonsulenter – Center for Børnehandicap og Autisme",
    "Støtte til unge med autisme, der bor hjemme",
    "Søskendegrupper",
    "Unge med autisme på vej ind i voksenlivet (16–30 år)",
  ]);
  await expect(crisis).toHaveCount(0);
  // Why these: a card may not name the unit.
  const found = page.locator(".hg-offers-page__found");
  await expect(found).toHaveText("4 af 32 tilbud passer til søgningen. Alle 4 hører under »Center for Børnehandicap og Autisme«.");
  await expectAccessible(page);
  // Fewer words of the name are a need, searched as any.
  await search.fill("socialt udsatte");
  await expect.poll(() => shownNames(page)).toEqual(["Perron 4"]);
  await expect(found).toHaveText("1 af 32 tilbud passer til søgningen");
  await search.fill("Center for Børnehandicap og Autisme");
  await page.getByRole("link", { name: "Søskendegrupper" }).first().click();
  await expect(page.locator("h1")).toHaveText("Søskendegrupper");
  const unit = page.locator(".hg-note-with-source").filter({ hasText: "Hører under" });
  await expect(unit).toHaveText("Hører under: Center for Børnehandicap og Autisme");
  await expect(unit.locator("xpath=following-sibling::p[1]")).toHaveText(/^Kontrolleret .* · Kilde: randers\.dk$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".hg-note-with-source").filter({ hasText: "Part of" })).toHaveText(
    "Part of: Center for Børnehandicap og Autisme (Centre for Children's Disability and Autism)"
  );
});

test("staff find an offer by the paragraph of the law it is given under, and its page names the paragraph with its source", async ({ page }) => {
  const { search, crisis } = await searchAllOffers(page, "§ 85");
  // Before, "85" was read as an age and all 32 offers were listed.
  await expect.poll(() => shownNames(page)).toEqual(["Mestringsvejledning"]);
  await expect(crisis).toHaveCount(0);
  // As a phone's dictation writes it.
  await search.fill("paragraf 104");
  await expect.poll(() => shownNames(page)).toEqual(["Aktivitetscenter Randers"]);
  await search.fill("§ 85");
  await expect.poll(() => shownNames(page)).toEqual(["Mestringsvejledning"]);
  await page.getByRole("link", { name: "Mestringsvejledning" }).first().click();
  await expect(page.locator("h1")).toHaveText("Mestringsvejledning");
  const basis = page.locator(".hg-note-with-source").filter({ hasText: "Lovgrundlag" });
  await expect(basis).toHaveText("Lovgrundlag: Serviceloven § 85, når kommunen har bevilget det. Uden bevilling: § 82 a og b.");
  // A paragraph stays on one line with its number: a no-break space after the sign.
  expect(await basis.textContent()).toContain("§\u00a085");
  await expect(basis.locator("xpath=following-sibling::p[1]")).toHaveText(/^Kontrolleret .* · Kilde: randers\.dk$/);
  await expectAccessible(page);
});
