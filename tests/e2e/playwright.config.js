// End-to-end tests against the release build in dist/, served by server.mjs with the production headers.
// Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser here.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.js/,
  timeout: 60_000,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: "http://127.0.0.1:8080",
    viewport: { width: 360, height: 740 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-gpu"],
    },
  },
  webServer: {
    command: "node server.mjs ../../dist",
    url: "http://127.0.0.1:8080/",
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
