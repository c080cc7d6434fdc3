// Trunk post-build step: points the pages of every offer and number (dist/alle-tilbud/, written by
// src/bin/plain_pages.rs before the build) at the build's stylesheet, whose name has the build's hash in it, so they
// look like the app. Fails the build if the stylesheet or the pages are missing.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const styles = readdirSync(dir).filter((name) => name.endsWith(".css"));
if (styles.length !== 1) {
  console.error(`plain-pages: expected one stylesheet in the build, found ${styles.length}`);
  process.exit(1);
}
const pagesDir = join(dir, "alle-tilbud");
const pages = readdirSync(pagesDir).filter((name) => name.endsWith(".html"));
if (pages.length === 0) {
  console.error("plain-pages: no page in alle-tilbud/");
  process.exit(1);
}
for (const name of pages) {
  const path = join(pagesDir, name);
  const page = readFileSync(path, "utf8");
  if (!page.includes("/__HG_STYLESHEET__")) {
    console.error(`plain-pages: ${name} lacks the stylesheet placeholder`);
    process.exit(1);
  }
  writeFileSync(path, page.replace("/__HG_STYLESHEET__", `/${styles[0]}`));
}
console.log(`plain-pages: ${pages.length} pages use /${styles[0]}`);
