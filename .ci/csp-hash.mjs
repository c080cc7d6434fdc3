// Trunk post-build hook: hashes trunk's inline loader <script> and writes the hash into the Content-Security-Policy
// meta tag, so the policy needs no 'unsafe-inline'. Fails the build if the loader or the placeholder is missing.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
const html = readFileSync(file, "utf8");
const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
if (scripts.length !== 1 || !html.includes("'sha256-TRUNK-LOADER'")) {
  console.error(`csp-hash: expected one inline script and the placeholder, found ${scripts.length} script(s)`);
  process.exit(1);
}
const hash = createHash("sha256").update(scripts[0], "utf8").digest("base64");
writeFileSync(file, html.replace("'sha256-TRUNK-LOADER'", `'sha256-${hash}'`));
console.log(`csp-hash: loader sha256-${hash}`);
