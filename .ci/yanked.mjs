// `make audit` (part of `make test`): fails if a version in Cargo.lock has been yanked from crates.io, that is,
// withdrawn by its authors, often for a security flaw.
//
// Why this and not an advisory database: RustSec's database lives on GitHub, which these machines cannot reach; the
// registry's own index is reachable, as every build needs it. A yank catches some of what an advisory check would,
// not all (README, "Not done yet"). npm packages are not checked: they only build and test the app, and the npm
// registry reachable here leaves out the "deprecated" field, so such a check could not be seen to work.
//
// Usage: node .ci/yanked.mjs <Cargo.lock>. HG_CRATES_INDEX names another sparse index, for the tests
// (tests/e2e/build.spec.js). Exits 1 naming each yanked version, 2 if the index could not be asked (a yanked
// version must not pass unseen because the network failed).
import { readFileSync } from "node:fs";

const CRATES_INDEX = process.env.HG_CRATES_INDEX ?? "https://index.crates.io";
const CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index";
/** Requests in flight at once: about a second for 230 crates, and few enough to be polite. */
const AT_ONCE = 8;
const ATTEMPTS = 3;

const cargoLock = process.argv[2];
if (!cargoLock) {
  console.error("yanked: usage: node .ci/yanked.mjs <Cargo.lock>");
  process.exit(1);
}

/** The crates.io packages of a Cargo.lock: each `[[package]]` table's name and version, if its source is crates.io. */
function lockedCrates(text) {
  return text
    .split("[[package]]")
    .slice(1)
    .map((table) => {
      const fields = [...table.matchAll(/^(name|version|source) = "([^"]*)"$/gm)];
      return Object.fromEntries(fields.map(([, key, value]) => [key, value]));
    })
    .filter((p) => p.source === CRATES_IO);
}

/** The path of a crate's file in the sparse index (https://doc.rust-lang.org/cargo/reference/registry-index.html). */
function indexPath(name) {
  const lower = name.toLowerCase();
  if (lower.length <= 2) return `${lower.length}/${lower}`;
  if (lower.length === 3) return `3/${lower[0]}/${lower}`;
  return `${lower.slice(0, 2)}/${lower.slice(2, 4)}/${lower}`;
}

/** GETs `url`, trying again on a network error or a server error. */
async function get(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.status < 500 || attempt === ATTEMPTS) return response;
    } catch (error) {
      if (attempt === ATTEMPTS) throw new Error(`${url}: ${error.cause?.code ?? error.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}

/** Why the locked crate version must not be used, or null. */
async function crateProblem({ name, version }) {
  const response = await get(`${CRATES_INDEX}/${indexPath(name)}`);
  // The index has no file for a crate it does not know.
  if (response.status === 404) return `${name} ${version}: not in the index`;
  if (!response.ok) throw new Error(`${name}: the index answered ${response.status}`);
  const entry = (await response.text())
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .find((e) => e.vers === version);
  if (!entry) return `${name} ${version}: not in the index`;
  return entry.yanked ? `${name} ${version}: yanked` : null;
}

/** Runs `check` on every item, AT_ONCE at a time, and returns the problems found in the items' order. */
async function problemsOf(items, check) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      results[at] = await check(items[at]);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return results.filter(Boolean);
}

const crates = lockedCrates(readFileSync(cargoLock, "utf8"));
let problems;
try {
  problems = await problemsOf(crates, crateProblem);
} catch (error) {
  // Node's fetch does not read HTTP(S)_PROXY; a machine that reaches the registry only through one gets this too.
  console.error(`yanked: could not ask the index, so nothing is known: ${error.message}`);
  process.exit(2);
}
if (problems.length > 0) {
  console.error(`yanked: ${problems.length} locked crate version(s) withdrawn by their authors; update them:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`yanked: ${crates.length} crates from crates.io checked; none yanked.`);
