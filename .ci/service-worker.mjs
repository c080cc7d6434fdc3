// Trunk post-build step: fills in the service worker's file list and version (see public/sw.js).
// The list is every file of this build except robots.txt and the worker itself; index.html is stored as "/", the
// address every app route is served from. The version is a hash of those files' bytes, so any change to the build
// makes a new worker and a new cache. Fails the build if a placeholder is missing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const worker = join(dir, "sw.js");
const files = readdirSync(dir)
  .filter((name) => !["sw.js", "robots.txt"].includes(name) && statSync(join(dir, name)).isFile())
  .sort();
if (!files.includes("index.html")) {
  console.error("service-worker: index.html is missing from the build");
  process.exit(1);
}
const hash = createHash("sha256");
for (const name of files) hash.update(name).update(readFileSync(join(dir, name)));
const version = hash.digest("hex").slice(0, 16);
const urls = files.map((name) => (name === "index.html" ? "/" : `/${name}`));

const source = readFileSync(worker, "utf8");
if (!source.includes('"__HG_VERSION__"') || !source.includes("__HG_FILES__")) {
  console.error("service-worker: sw.js lacks the __HG_VERSION__ or __HG_FILES__ placeholder");
  process.exit(1);
}
// Whole-line comments are for readers of public/sw.js; every visitor downloads the worker, so they are dropped.
const code = source
  .split("\n")
  .filter((line) => line.trim() !== "" && !line.trim().startsWith("//"))
  .join("\n")
  .replace('"__HG_VERSION__"', JSON.stringify(version))
  .replace("__HG_FILES__", JSON.stringify(urls));
writeFileSync(worker, code);
console.log(`service-worker: version ${version}, ${urls.length} files`);
