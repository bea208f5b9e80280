// Render an interview-guide HTML file in headless Debian Chromium (driven by playwright-core) at
// phone size and describe what a reader sees, as JSON on stdout.
//
//   node tests/browser/render_guide.mjs <page.html> <out.png>
//
// One phone viewport (390x844, deviceScaleFactor 2, mobile) in a freshly launched browser with a
// fresh --user-data-dir. Reported: the page's visible text and lang, each scoring dimension (its
// name, the weight it shows and carries, whether it and its weight bar are visible, the bar's
// width relative to its track), horizontal overflow, every request the page attempted (anything
// but the file itself and data: URLs is aborted), console and page errors, and the full-page
// screenshot's colour statistics, measured by decoding the PNG in the browser itself.
//
// Needs: /usr/bin/chromium and playwright-core in <work>/browser (bash infra/browser.sh).
// Env: WENDU_WORK_DIR (<repo>/.work), CHROMIUM (/usr/bin/chromium).
// Exit codes: 0 rendered (the JSON says how well), 2 usage, 3 setup missing, 1 anything else.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK_DIR = process.env.WENDU_WORK_DIR || join(REPO_ROOT, '.work');
const BROWSER_DIR = join(WORK_DIR, 'browser');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

function fail(code, message) {
  process.stderr.write(`render_guide: ${message}\n`);
  process.exit(code);
}

// Runs in the page.
function describePage() {
  const isVisible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      && parseFloat(style.opacity) > 0;
  };
  const dimensions = [...document.querySelectorAll('[data-competency]')].map((section) => {
    const bar = section.querySelector('.bar span');
    const track = section.querySelector('.bar');
    const weight = section.querySelector('.weight');
    return {
      competencyId: section.dataset.competency,
      dataWeight: Number(section.dataset.weight),
      name: section.querySelector('.name')?.innerText ?? '',
      shownWeight: weight?.innerText ?? '',
      visible: isVisible(section),
      weightVisible: weight ? isVisible(weight) : false,
      barVisible: bar ? isVisible(bar) : false,
      barFraction: bar && track ? bar.getBoundingClientRect().width / track.getBoundingClientRect().width : 0,
    };
  });
  return {
    lang: document.documentElement.lang,
    title: document.title,
    text: document.body.innerText,
    dimensions,
    scriptCount: document.scripts.length,
    scrollWidth: document.documentElement.scrollWidth,
  };
}

// Runs in the page: decode a PNG (as a data: URL) on a canvas and count its colours.
async function pngStats(dataUrl) {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const colours = new Set();
  const background = [data[0], data[1], data[2]];
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    if (Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1])
      + Math.abs(data[i + 2] - background[2]) > 48) ink += 1;
  }
  return { width: canvas.width, height: canvas.height, distinctColors: colours.size, inkFraction: ink / (data.length / 4) };
}

async function main() {
  const [htmlArg, pngArg] = process.argv.slice(2);
  if (!htmlArg || !pngArg) fail(2, 'usage: node tests/browser/render_guide.mjs <page.html> <out.png>');
  const htmlPath = resolve(htmlArg);
  const pngPath = resolve(pngArg);
  if (!existsSync(htmlPath)) fail(2, `no such file: ${htmlPath}`);
  if (!existsSync(CHROMIUM)) fail(3, `${CHROMIUM} is missing: run \`bash infra/browser.sh\``);
  const packageJson = join(BROWSER_DIR, 'node_modules', 'playwright-core', 'package.json');
  if (!existsSync(packageJson)) fail(3, `playwright-core is missing from ${BROWSER_DIR}: run \`bash infra/browser.sh\``);
  const require = createRequire(join(BROWSER_DIR, 'package.json'));
  const { chromium } = require('playwright-core');

  const fileUrl = pathToFileURL(htmlPath).href;
  const profile = mkdtempSync(join(tmpdir(), 'wendu-chromium-guide-'));
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...PHONE, serviceWorkers: 'block', timeout: 30_000,
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url === fileUrl || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(fileUrl, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    const described = await page.evaluate(describePage);
    await page.screenshot({ path: pngPath, fullPage: true });
    const dataUrl = `data:image/png;base64,${readFileSync(pngPath).toString('base64')}`;
    const screenshot = await page.evaluate(pngStats, dataUrl);
    process.stdout.write(`${JSON.stringify({
      url: fileUrl,
      chromium: context.browser()?.version() ?? null,
      viewport: PHONE.viewport,
      ...described,
      horizontalOverflow: described.scrollWidth > PHONE.viewport.width,
      screenshot,
      requests: requests.filter((url) => !url.startsWith('data:')),
      consoleErrors,
      pageErrors,
    }, null, 2)}\n`);
  } finally {
    if (context) await context.close().catch(() => {});
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`render_guide: could not remove ${profile}: ${error}\n`);
    }
  }
}

main().catch((error) => fail(1, error && error.stack ? error.stack : String(error)));
