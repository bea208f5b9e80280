import { defineConfig, devices } from "@playwright/test";

// The browser tests drive Debian's chromium (infra/browser.sh installs it; nothing is downloaded)
// against the real platform, which global-setup starts (Kafka + FerretDB must be up: make infra-up).
// The full zh/en x phone/desktop matrix runs for the main journey only; the other journeys run once,
// to keep the suite to a few minutes on two cores.
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.WENDU_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic"],
  },
};
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const desktop = { viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: "e2e",
  // screens.spec.ts only takes the docs' screenshots (make web-screenshots).
  testIgnore: process.env.WENDU_SCREENSHOTS_DIR ? [] : ["**/screens.spec.ts"],
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: Number(process.env.WENDU_WEB_TEST_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  use: { trace: "retain-on-failure", actionTimeout: 15_000 },
  projects: [
    { name: "en-phone", use: { ...chromium, ...phone, locale: "en-GB" }, grep: /@matrix/ },
    { name: "zh-phone", use: { ...chromium, ...phone, locale: "zh-CN" }, grep: /@matrix/ },
    { name: "en-desktop", use: { ...chromium, ...desktop, locale: "en-GB" }, grep: /@matrix/ },
    { name: "zh-desktop", use: { ...chromium, ...desktop, locale: "zh-CN" }, grep: /@matrix/ },
    { name: "once", use: { ...chromium, ...phone, locale: "en-GB" }, grepInvert: /@matrix/ },
  ],
});
