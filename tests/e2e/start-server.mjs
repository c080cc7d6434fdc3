// Starts server.mjs in a child process for scripts and tests that need a server of their own (make bench, the
// Lighthouse runs, the offline tests that stop their server on purpose). Port 0 picks a free port.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Serves `dist` on `port`; resolves once it listens, with its origin, a `stop()` that waits for it to close, and
 * `requested()`, the paths asked for so far, in order (with `logRequests` only).
 */
export async function startServer(dist, port = 0, { logRequests = false } = {}) {
  const server = spawn("node", [fileURLToPath(new URL("./server.mjs", import.meta.url)), dist], {
    env: { ...process.env, PORT: String(port), LOG_REQUESTS: logRequests ? "1" : "0" },
  });
  const origin = await new Promise((resolve, reject) => {
    server.stdout.once("data", (line) => resolve(String(line).match(/http:\/\/[^/\s]+/)[0]));
    server.once("exit", (code) => reject(new Error(`the static server stopped (exit ${code})`)));
  });
  // A pipe may split a line between two chunks, so only whole lines are read; the rest waits for the next chunk.
  const paths = [];
  let partLine = "";
  server.stdout.on("data", (chunk) => {
    const lines = (partLine + chunk).split("\n");
    partLine = lines.pop();
    for (const line of lines) if (line.startsWith("request ")) paths.push(line.slice("request ".length));
  });
  const requested = () => [...paths];
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const closed = new Promise((resolve) => server.once("close", resolve));
    server.kill();
    await closed;
  };
  return { origin, stop, requested };
}
