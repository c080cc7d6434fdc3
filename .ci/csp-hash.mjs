// Trunk post-build hook: hashes the inline <script>s (trunk's loader, and index.html's check that the app can start)
// and writes the hashes into the Content-Security-Policy meta tag, so the policy needs no 'unsafe-inline'. Fails the
// build if a script or the placeholder is missing.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const file = join(process.env.TRUNK_STAGING_DIR ?? "dist", "index.html");
const html = readFileSync(file, "utf8");
const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((s) => s.trim());
// Trunk's loader and index.html's start check.
if (scripts.length !== 2 || !html.includes("'sha256-TRUNK-LOADER'")) {
  console.error(`csp-hash: expected two inline scripts and the placeholder, found ${scripts.length} script(s)`);
  process.exit(1);
}
const hashes = scripts.map((script) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`);
writeFileSync(file, html.replace("'sha256-TRUNK-LOADER'", hashes.join(" ")));
console.log(`csp-hash: inline scripts ${hashes.join(" ")}`);
