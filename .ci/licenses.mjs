// Trunk pre-build step: writes the licences of the third-party code the app ships, as one plain text file that the
// footer links to (dist/licenser/tredjepart.txt). The wasm holds code from the crates below, and most of their
// licences (MIT, Apache-2.0, BSD, Unicode) ask that their notices go with every copy; every visitor gets a copy.
//
// The crates are those linked into the wasm: the app's normal dependencies for wasm32, followed down, but not into
// procedural macros, which run in the compiler and ship nothing. (The linker then drops much of them, but their
// notices are kept all the same.) Each crate's own licence files are copied, each distinct text once; a crate whose
// package has none is named with its licence and repository. Fails the build naming the crate if a licence is not
// one of the permissive ones below, so a new dependency under another licence is a decision, not an accident.
//
// Usage: node .ci/licenses.mjs <out-dir>. The folder is not at the build's top level, so the service worker does not
// keep the file (.ci/service-worker.mjs) and a first visit does not download it. HG_CARGO_METADATA names a file to
// read cargo's metadata from instead of asking cargo, for the tests (tests/e2e/build.spec.js).
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const ALLOWED = new Set(["MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "Zlib", "Unicode-3.0",
  "Unicode-DFS-2016", "Unlicense", "CC0-1.0", "BSL-1.0"]);
const LICENCE_FILE = /^(licen[cs]e|copying|unlicense)/i;

const outDir = process.argv[2];
if (!outDir) {
  console.error("licenses: usage: node .ci/licenses.mjs <out-dir>");
  process.exit(1);
}
const metadata = JSON.parse(
  process.env.HG_CARGO_METADATA
    ? readFileSync(process.env.HG_CARGO_METADATA, "utf8")
    : execFileSync("cargo", ["metadata", "--format-version", "1", "--locked", "--filter-platform", "wasm32-unknown-unknown"], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }),
);
const packages = new Map(metadata.packages.map((p) => [p.id, p]));
const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
const isProcMacro = (p) => p.targets.some((t) => t.kind.includes("proc-macro"));

const linked = new Set();
const pending = [metadata.resolve.root];
while (pending.length > 0) {
  const id = pending.pop();
  if (linked.has(id) || isProcMacro(packages.get(id))) continue;
  linked.add(id);
  for (const dep of nodes.get(id).deps) {
    if (dep.dep_kinds.some((kind) => kind.kind === null)) pending.push(dep.pkg);
  }
}
// The app's own crates (the root and the wasm-streams stand-in) are not third-party.
const crates = [...linked]
  .map((id) => packages.get(id))
  .filter((p) => p.source !== null)
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));

const refused = [];
const texts = new Map(); // licence text -> names of the crates that ship it
const listed = [];
for (const crate of crates) {
  const name = `${crate.name} ${crate.version}`;
  const terms = (crate.license ?? "").split(/\s+OR\s+|\s+AND\s+|\/|[()]/).map((t) => t.trim()).filter(Boolean);
  if (terms.length === 0 || terms.some((term) => !ALLOWED.has(term))) {
    refused.push(`${name}: ${crate.license ?? crate.license_file ?? "no licence given"}`);
  }
  const folder = dirname(crate.manifest_path);
  const files = readdirSync(folder)
    .filter((file) => LICENCE_FILE.test(file) && statSync(join(folder, file)).isFile())
    .sort();
  for (const file of files) {
    const text = readFileSync(join(folder, file), "utf8").trim();
    texts.set(text, [...(texts.get(text) ?? []), name]);
  }
  const where = files.length > 0 ? "" : `; no licence file in the package, see ${crate.repository ?? "crates.io"}`;
  const authors = crate.authors.length > 0 ? `; ${crate.authors.join(", ")}` : "";
  listed.push(`- ${name}: ${crate.license}${authors}${where}`);
}
if (refused.length > 0) {
  console.error(`licenses: a crate in the wasm has a licence not on the list in .ci/licenses.mjs:\n${refused.join("\n")}`);
  process.exit(1);
}

const rule = "=".repeat(78);
const document = [
  "Hjælpeguiden – licenser for tredjepartssoftware",
  "Hjælpeguiden – third-party software licences",
  "",
  "Hjælpeguiden er bygget med disse open source-biblioteker. Her er deres licenser.",
  "Hjælpeguiden is built with these open-source libraries. Here are their licences.",
  "",
  `${crates.length} crates:`,
  ...listed,
  ...[...texts].flatMap(([text, users]) => ["", rule, `Used by: ${users.join(", ")}`, rule, "", text]),
  "",
].join("\n");
mkdirSync(outDir, { recursive: true });
// A byte order mark, so a browser reads the file as UTF-8 ("Hjælpeguiden") even from a host that sends text/plain
// without a charset.
writeFileSync(join(outDir, "tredjepart.txt"), `\uFEFF${document}`);
console.log(`licenses: ${crates.length} crates, ${texts.size} licence texts -> ${join(outDir, "tredjepart.txt")}`);
