// A small static server for dist/: serves files, falls back to index.html for app routes (deep links), and sends
// the same security and caching headers the README asks the production host to send. Used by `make run` and the
// e2e tests, so what is tested is what is documented. No dependencies.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
};

/** The production header set (see README, "Deployment headers"). */
export function securityHeaders(csp) {
  return {
    "Content-Security-Policy": `${csp}; frame-ancestors 'none'`,
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
}

/**
 * Files with a content hash in their name never change, so browsers may keep them (and the service worker's first
 * copy then comes from the HTTP cache, not a second download). Everything else, above all index.html and sw.js,
 * is checked on every load, so a new build reaches people at once.
 */
function cacheControl(path) {
  return /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

const indexHtml = await readFile(join(root, "index.html"), "utf8");
// The release build's HTML is minified, so the attributes of the CSP meta tag may come in any order.
const csp = indexHtml.match(/<meta[^>]*Content-Security-Policy[^>]*>/)?.[0].match(/content="([^"]+)"/)?.[1];
if (!csp) {
  console.error(`server: no Content-Security-Policy meta tag in ${join(root, "index.html")}`);
  process.exit(1);
}
const headers = securityHeaders(csp);

/**
 * Every file of the build in brotli and gzip, made once before the server listens: like a production host, the
 * server sends them when the browser accepts them, so `make bench` and the e2e tests see production's transfer
 * sizes. Made up front, not on first use, because brotli at quality 11 takes the wasm about 2 s on this machine's
 * cores, and more under load: a first visit to a server just started then waited for it, which made the offline
 * tests (which start their own server) miss their 5 s for the app to start, and put 2 s outliers in the timings.
 */
const encoded = new Map();
function compress(encoding, body) {
  return encoding === "br"
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body, { level: 9 });
}
for (const name of await readdir(root, { recursive: true })) {
  const path = join(root, name);
  if (!(await stat(path)).isFile()) continue;
  const body = await readFile(path);
  for (const encoding of ["br", "gzip"]) encoded.set(`${encoding} ${path}`, compress(encoding, body));
}

/** The body in the best encoding the browser accepts. A file added after the start is compressed when asked for. */
function encode(key, body, acceptEncoding) {
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : "identity";
  if (encoding === "identity") return { encoding, bytes: body };
  const cacheKey = `${encoding} ${key}`;
  if (!encoded.has(cacheKey)) encoded.set(cacheKey, compress(encoding, body));
  return { encoding, bytes: encoded.get(cacheKey) };
}

// LOG_REQUESTS=1 prints a line for each request, for tests that count what a visit downloads (start-server.mjs).
const logRequests = process.env.LOG_REQUESTS === "1";

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (logRequests) console.log(`request ${path}`);
  const file = normalize(join(root, path));
  let key = join(root, "index.html");
  let body;
  let type = types[".html"];
  try {
    if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error("not a file");
    key = file;
    body = await readFile(file);
    type = types[extname(file)] ?? "application/octet-stream";
  } catch {
    // An app route: the app itself decides between a page and its friendly 404.
    body = Buffer.from(indexHtml);
  }
  const { encoding, bytes } = encode(key, body, request.headers["accept-encoding"] ?? "");
  response.writeHead(200, {
    ...headers,
    "Content-Type": type,
    "Cache-Control": cacheControl(path),
    "Content-Encoding": encoding,
    Vary: "Accept-Encoding",
  });
  response.end(bytes);
});
// PORT=0 picks a free port (make bench); the line below names the one in use.
server.listen(port, host, () => console.log(`Hjælpeguiden: http://${host}:${server.address().port}/`));
