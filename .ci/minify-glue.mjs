// Trunk post-build step: minifies wasm-bindgen's JS glue with terser. Trunk 0.21's own JS minifier cannot parse the
// glue (it warns "Failed to minify JS" and leaves it as is); terser takes about 1.7 KB brotli off every first visit.
// The file keeps its name, so the page's modulepreload integrity hash (SRI) is rewritten to the minified bytes.
// Fails the build if the glue or its integrity attribute is not found exactly once.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// terser is one of the npm packages the Makefile installs (tests/e2e/package-lock.json), like wasm-opt.
import { minify } from "../tests/e2e/node_modules/terser/main.js";

const dir = process.env.TRUNK_STAGING_DIR ?? "dist";
const glue = readdirSync(dir).filter((name) => name.endsWith(".js") && name !== "sw.js");
if (glue.length !== 1) {
  console.error(`minify-glue: expected one JS glue file, found ${glue.length}`);
  process.exit(1);
}
const [name] = glue;
const source = readFileSync(join(dir, name), "utf8");
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
writeFileSync(join(dir, name), code);

const page = join(dir, "index.html");
const html = readFileSync(page, "utf8");
const integrity = `sha384-${createHash("sha384").update(code, "utf8").digest("base64")}`;
const link = new RegExp(`(<link[^>]*href="?/${name.replace(/[.]/g, "\\.")}"?[^>]*integrity=)"?sha384-[A-Za-z0-9+/=]+"?`, "g");
const found = html.match(link)?.length ?? 0;
if (found !== 1) {
  console.error(`minify-glue: expected one integrity attribute for ${name} in index.html, found ${found}`);
  process.exit(1);
}
writeFileSync(page, html.replace(link, `$1${integrity}`));
console.log(`minify-glue: ${name} ${source.length} -> ${code.length} bytes`);
