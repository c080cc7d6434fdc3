// What the release build ships. Leptos pulls in wasm-streams, whose JavaScript classes are wasm exports that no
// optimiser may remove; the app patches in a stand-in without them (src/stand_ins/wasm-streams). This test fails if
// the patch stops applying, for example after a Leptos update.
import { test, expect } from "./fixtures.js";
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const WASM_OPT = new URL("./node_modules/binaryen/bin/wasm-opt", import.meta.url).pathname;

/** The address of the program the app's page loads. */
async function programPath(request) {
  const html = await (await request.get("/")).text();
  return html.match(/href="?(\/[^"\s>]+_bg\.wasm)/)[1];
}

/** The program at `path` (by default the one the app's page loads), as bytes. */
async function programBytes(request, path) {
  return (await request.get(path ?? (await programPath(request)))).body();
}

test("the program exports only what the app's own glue needs, not wasm-streams' classes", async ({ request }) => {
  const wasmPath = await programPath(request);
  const program = new WebAssembly.Module(await programBytes(request, wasmPath));
  const exported = WebAssembly.Module.exports(program).map((entry) => entry.name);
  expect(exported).toContain("main");
  expect(exported.filter((name) => /intounderlying/i.test(name))).toEqual([]);
  const glue = await (await request.get(wasmPath.replace(/_bg\.wasm$/, ".js"))).text();
  expect(glue).not.toMatch(/IntoUnderlying/);
});

// The oldest browsers the app runs in (README, "Browsers"): the program may use only the WebAssembly features they
// all have. Reference types, the newest of them, came in Chrome 96, Firefox 79 and Safari 15.1. A newer Rust that
// turned on, say, exception handling or tail calls by default would lock out older phones without a sign; this
// fails instead. wasm-opt validates the instructions themselves, once the section where the compiler lists the
// features it enabled is stripped (wasm-opt would otherwise allow those).
const OLDEST_BROWSERS_FEATURES = [
  "mutable-globals",
  "sign-ext",
  "nontrapping-float-to-int",
  "bulk-memory",
  "bulk-memory-opt",
  "multivalue",
  "reference-types",
  "call-indirect-overlong",
];

test("the program uses no WebAssembly feature the oldest supported browsers lack", async ({ request }) => {
  const folder = mkdtempSync(join(tmpdir(), "hg-wasm-"));
  const shipped = join(folder, "shipped.wasm");
  const stripped = join(folder, "stripped.wasm");
  writeFileSync(shipped, await programBytes(request));
  const wasmOpt = (...args) => spawnSync(WASM_OPT, args, { encoding: "utf8" });
  expect(wasmOpt(shipped, "--strip-target-features", "-o", stripped).status).toBe(0);
  const allowed = ["--mvp-features", ...OLDEST_BROWSERS_FEATURES.map((feature) => `--enable-${feature}`)];
  const check = wasmOpt(stripped, ...allowed, "-o", join(folder, "checked.wasm"));
  expect(check.stderr.match(/requires [^\n]*/g) ?? [], "features beyond the oldest browsers").toEqual([]);
  expect(check.status).toBe(0);
  // The check can fail: without reference types, which the glue's externref table needs, the program is invalid.
  const withoutReferenceTypes = allowed.filter((flag) => !flag.includes("reference-types") && !flag.includes("overlong"));
  expect(wasmOpt(stripped, ...withoutReferenceTypes, "-o", join(folder, "older.wasm")).status).not.toBe(0);
  rmSync(folder, { recursive: true });
});

// Leptos inserts an element written wholly in literals, such as `<a href="tel:112">"Ring 112"</a>`, through
// innerHTML, which the Content-Security-Policy's Trusted Types refuse: that part of the page would not show. The
// program keeps such an element as its HTML, so this looks for HTML in the program. The e2e tests' CSP guard catches
// it on the pages they visit; this catches it anywhere, such as on the page shown when the data cannot be read.
test("the program holds no markup to insert as HTML, which Trusted Types would refuse", async ({ request }) => {
  const program = (await programBytes(request)).toString("latin1");
  const element = /<[a-z][a-z0-9-]*(\s[^<>]*)?>[^<>]*<\/[a-z][a-z0-9-]*>/g;
  const voidElement = /<(area|br|col|embed|hr|img|input|source|track|wbr)(\s[^<>]*)?\/?>/g;
  expect([...(program.match(element) ?? []), ...(program.match(voidElement) ?? [])]).toEqual([]);
});

/**
 * Runs .ci/licenses.mjs on made-up cargo metadata: the app, which depends on `crates` (name, licence, whether a
 * procedural macro), each a package in a folder of its own with a licence file. Returns the exit status, the error
 * output and the file written, if any.
 */
function licencesOf(crates) {
  const dir = mkdtempSync(join(tmpdir(), "hg-licences-"));
  try {
    const pkg = (name, license, kind, source) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, "LICENSE"), `The licence of ${name}.`);
      return { id: name, name, version: "1.0.0", license, authors: [], source, repository: null,
        manifest_path: join(dir, name, "Cargo.toml"), targets: [{ kind: [kind] }] };
    };
    const deps = crates.map(([name, license, procMacro]) =>
      pkg(name, license, procMacro ? "proc-macro" : "lib", "registry+https://github.com/rust-lang/crates.io-index"));
    const root = pkg("hjaelpeguiden", "none", "lib", null);
    const metadata = {
      packages: [root, ...deps],
      resolve: {
        root: root.id,
        nodes: [
          { id: root.id, deps: deps.map((d) => ({ pkg: d.id, dep_kinds: [{ kind: null }] })) },
          ...deps.map((d) => ({ id: d.id, deps: [] })),
        ],
      },
    };
    writeFileSync(join(dir, "metadata.json"), JSON.stringify(metadata));
    const run = spawnSync("node", [".ci/licenses.mjs", join(dir, "out")], {
      cwd: new URL("../..", import.meta.url).pathname,
      env: { ...process.env, HG_CARGO_METADATA: join(dir, "metadata.json") },
      encoding: "utf8",
    });
    let written = null;
    try {
      written = readFileSync(join(dir, "out", "tredjepart.txt"), "utf8");
    } catch {
      // Nothing written: the run failed.
    }
    return { status: run.status, stderr: run.stderr, written };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the licences list each crate linked into the wasm with its licence text, but not the app or a macro", () => {
  const { status, written } = licencesOf([["mit-crate", "MIT OR Apache-2.0", false], ["gpl-macro", "GPL-3.0", true]]);
  expect(status).toBe(0);
  expect(written).toContain("- mit-crate 1.0.0: MIT OR Apache-2.0");
  expect(written).toContain("The licence of mit-crate.");
  // A procedural macro runs in the compiler and ships nothing, and the app is not third-party.
  expect(written).not.toContain("gpl-macro");
  expect(written).not.toContain("- hjaelpeguiden");
});

test("a crate in the wasm under a licence not on the list fails the build, naming it", () => {
  const { status, stderr, written } = licencesOf([["mit-crate", "MIT", false], ["gpl-crate", "GPL-3.0-only", false]]);
  expect(status).toBe(1);
  expect(stderr).toContain("gpl-crate 1.0.0: GPL-3.0-only");
  expect(stderr).not.toContain("mit-crate");
  expect(written).toBeNull();
});

/**
 * Runs .ci/yanked.mjs on a made-up Cargo.lock of `crates` ([name, version]), with a made-up sparse index that holds
 * `index` (name → [version, yanked][]) and answers anything else 404, or, if `index` is null, with nothing listening.
 * Returns the exit status and the output.
 */
async function yankCheckOf(crates, index) {
  const dir = mkdtempSync(join(tmpdir(), "hg-yanked-"));
  const server = createServer((request, response) => {
    const name = request.url.split("/").pop();
    const versions = index?.[name];
    // The sparse index's layout: one, two or three letters have folders of their own, longer names two of two.
    const expected = name.length <= 2 ? `/${name.length}/${name}` : name.length === 3 ? `/3/${name[0]}/${name}`
      : `/${name.slice(0, 2)}/${name.slice(2, 4)}/${name}`;
    if (!versions || request.url !== expected) return response.writeHead(404).end();
    response.end(versions.map(([vers, yanked]) => JSON.stringify({ name, vers, yanked })).join("\n"));
  });
  try {
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address();
    if (index === null) await new Promise((resolve) => server.close(resolve));
    const lock = [
      "version = 4",
      ...crates.map(([name, version]) =>
        [`[[package]]`, `name = "${name}"`, `version = "${version}"`,
          `source = "registry+https://github.com/rust-lang/crates.io-index"`].join("\n")),
      // The app itself and a crate from a path have no crates.io source: not asked for.
      '[[package]]\nname = "hjaelpeguiden"\nversion = "0.1.0"',
    ].join("\n\n");
    writeFileSync(join(dir, "Cargo.lock"), lock);
    return await new Promise((resolve) => {
      execFile("node", [".ci/yanked.mjs", join(dir, "Cargo.lock")], {
        cwd: new URL("../..", import.meta.url).pathname,
        env: { ...process.env, HG_CRATES_INDEX: `http://127.0.0.1:${port}` },
      }, (error, stdout, stderr) => resolve({ status: error?.code ?? 0, stdout, stderr }));
    });
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a yanked crate version in the lock file fails the check, naming it", async () => {
  const index = { ab: [["1.0.0", false]], abc: [["0.2.0", false], ["0.3.0", true]], "serde-ok": [["1.0.1", false]] };
  const { status, stderr } = await yankCheckOf(
    [["ab", "1.0.0"], ["abc", "0.3.0"], ["serde-ok", "1.0.1"], ["serde-ok", "1.0.2"], ["unknown", "1.0.0"]], index);
  expect(status).toBe(1);
  expect(stderr).toContain("abc 0.3.0: yanked");
  // A version or a crate the index does not have cannot be checked, and is named too.
  expect(stderr).toContain("serde-ok 1.0.2: not in the index");
  expect(stderr).toContain("unknown 1.0.0: not in the index");
  expect(stderr).not.toMatch(/ab 1\.0\.0|serde-ok 1\.0\.1|hjaelpeguiden/);
});

test("a lock file of crates none yanked passes, and an index out of reach is an error, not a pass", async () => {
  const clean = await yankCheckOf([["a", "1.0.0"], ["abcd", "2.0.0"]],
    { a: [["1.0.0", false]], abcd: [["2.0.0", false]] });
  expect(clean.status).toBe(0);
  expect(clean.stdout).toContain("2 crates from crates.io checked; none yanked");
  const unreachable = await yankCheckOf([["a", "1.0.0"]], null);
  expect(unreachable.status).toBe(2);
  expect(unreachable.stderr).toContain("could not ask the index");
});
