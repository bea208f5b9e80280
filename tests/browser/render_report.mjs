// Render a report HTML file in headless Debian Chromium (driven by playwright-core) and describe
// what a reader sees, as JSON on stdout.
//
//   node tests/browser/render_report.mjs <page.html> <out.png>
//
// Two viewports, each in a freshly launched browser with a fresh --user-data-dir in a temp dir:
//   phone   390x844, deviceScaleFactor 2, mobile: full-page screenshot -> <out.png>
//   desktop 1280x800, deviceScaleFactor 1:      full-page screenshot -> <out>-desktop.png
// For each: the radar chart (the <svg>, its filled data polygon, its labels), the pixels the data
// polygon draws (the SVG's screenshot with and without the polygon), the page's visible text,
// horizontal overflow, the fonts Chromium used for the labels, console errors, and every request
// the page attempted. Anything but the file itself (and data: URLs) is aborted and reported: the
// page must be self-contained.
//
// Needs: /usr/bin/chromium and playwright-core in <work>/browser (bash infra/browser.sh).
// Env: WENDU_WORK_DIR (<repo>/.work), CHROMIUM (/usr/bin/chromium).
// Exit codes: 0 rendered (the JSON says how well), 2 usage, 3 setup missing, 1 anything else.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORK_DIR = process.env.WENDU_WORK_DIR || join(REPO_ROOT, '.work');
const BROWSER_DIR = join(WORK_DIR, 'browser');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
};
// Two pixels differ when a channel differs by more than this (anti-aliasing noise stays below).
const PIXEL_TOLERANCE = 24;

function fail(code, message) {
  process.stderr.write(`render_report: ${message}\n`);
  process.exit(code);
}

// --- a small PNG decoder (8-bit RGB/RGBA, not interlaced: what Chromium writes) -----------------

function decodePng(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buffer.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  let offset = 8;
  let header = null;
  const chunks = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitDepth: data[8],
        colorType: data[9],
        interlace: data[12],
      };
    } else if (type === 'IDAT') {
      chunks.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR');
  const { width, height, bitDepth, colorType, interlace } = header;
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) {
    throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(chunks));
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels] : 0;
      const up = y > 0 ? pixels[row - stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels] : 0;
      let predictor;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      pixels[row + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

function rgbAt(image, index) {
  const at = index * image.channels;
  return (image.pixels[at] << 16) | (image.pixels[at + 1] << 8) | image.pixels[at + 2];
}

function differs(a, b) {
  return Math.abs((a >> 16) - (b >> 16)) > PIXEL_TOLERANCE
    || Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff)) > PIXEL_TOLERANCE
    || Math.abs((a & 0xff) - (b & 0xff)) > PIXEL_TOLERANCE;
}

// How much of an image is not its most common colour, and how many colours it has.
function imageStats(png) {
  const image = decodePng(png);
  const total = image.width * image.height;
  const counts = new Map();
  for (let i = 0; i < total; i++) {
    const rgb = rgbAt(image, i);
    counts.set(rgb, (counts.get(rgb) || 0) + 1);
  }
  let background = 0;
  let backgroundCount = -1;
  for (const [rgb, count] of counts) {
    if (count > backgroundCount) [background, backgroundCount] = [rgb, count];
  }
  let ink = 0;
  for (let i = 0; i < total; i++) if (differs(rgbAt(image, i), background)) ink++;
  return {
    width: image.width,
    height: image.height,
    distinctColors: counts.size,
    background: `rgb(${background >> 16},${(background >> 8) & 0xff},${background & 0xff})`,
    inkPixels: ink,
    inkFraction: total ? ink / total : 0,
  };
}

function changedPixels(pngA, pngB) {
  const a = decodePng(pngA);
  const b = decodePng(pngB);
  if (a.width !== b.width || a.height !== b.height) return { comparable: false, changed: 0, total: 0 };
  const total = a.width * a.height;
  let changed = 0;
  for (let i = 0; i < total; i++) if (differs(rgbAt(a, i), rgbAt(b, i))) changed++;
  return { comparable: true, changed, total };
}

// --- in the page -------------------------------------------------------------------------------

// Runs inside the page: the chart's geometry, its labels and the page's overflow.
function describePage() {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
  };
  const isVisible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
      && Number(style.opacity) > 0;
  };
  const svg = document.querySelector('svg');
  const result = {
    svg: null,
    radarPolygon: null,
    labels: [],
    text: document.body ? document.body.innerText : '',
    scrollWidth: document.documentElement.scrollWidth,
    bodyScrollWidth: document.body ? document.body.scrollWidth : 0,
    innerWidth: window.innerWidth,
    clientWidth: document.documentElement.clientWidth,
    lang: document.documentElement.lang,
    title: document.title,
    scriptCount: document.scripts.length,
  };
  if (!svg) return result;
  const svgBox = box(svg);
  result.svg = {
    visible: isVisible(svg),
    box: svgBox,
    ariaLabel: svg.getAttribute('aria-label'),
    role: svg.getAttribute('role'),
    polygonCount: svg.querySelectorAll('polygon').length,
    lineCount: svg.querySelectorAll('line').length,
  };
  // The data polygon is the filled one (the grid rings are fill="none").
  const filled = [...svg.querySelectorAll('polygon')].filter((p) => {
    const fill = getComputedStyle(p).fill;
    return fill && fill !== 'none' && !/rgba\(\s*0,\s*0,\s*0,\s*0\s*\)/.test(fill);
  });
  const polygon = filled[filled.length - 1];
  if (polygon) {
    polygon.setAttribute('data-radar-under-test', '');
    result.radarPolygon = {
      visible: isVisible(polygon),
      box: box(polygon),
      pointCount: polygon.points.numberOfItems,
      fill: getComputedStyle(polygon).fill,
      stroke: getComputedStyle(polygon).stroke,
    };
  }
  // Each label must lie inside the SVG's box: outside it, the SVG's viewport clips it away.
  const slack = 0.5;
  // SVG text scales with the chart: its size on screen is its font size times the viewBox scale.
  const viewBox = svg.viewBox && svg.viewBox.baseVal;
  const scale = viewBox && viewBox.width ? svgBox.width / viewBox.width : 1;
  result.svg.scale = scale;
  result.labels = [...svg.querySelectorAll('text')].map((t) => {
    const b = box(t);
    const inside = b.x >= svgBox.x - slack && b.y >= svgBox.y - slack
      && b.x + b.width <= svgBox.x + svgBox.width + slack && b.y + b.height <= svgBox.y + svgBox.height + slack;
    const fontPx = parseFloat(getComputedStyle(t).fontSize) * scale;
    return { text: t.textContent, visible: isVisible(t), box: b, insideSvg: inside, fontPx };
  });
  return result;
}

// --- driving Chromium --------------------------------------------------------------------------

async function platformFonts(page, selector) {
  // Which fonts Chromium actually used to draw the text of each matching element (CDP).
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const fonts = [];
    for (const nodeId of nodeIds) {
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      fonts.push(used.map((f) => ({ family: f.familyName, glyphs: f.glyphCount })));
    }
    return fonts;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function polygonPixels(page) {
  const svg = page.locator('svg').first();
  const withPolygon = await svg.screenshot({ timeout: 10_000 });
  await page.evaluate(() => {
    document.querySelector('[data-radar-under-test]').style.visibility = 'hidden';
  });
  const withoutPolygon = await svg.screenshot({ timeout: 10_000 });
  await page.evaluate(() => {
    const polygon = document.querySelector('[data-radar-under-test]');
    polygon.style.visibility = '';
    polygon.removeAttribute('data-radar-under-test');
  });
  const diff = changedPixels(withPolygon, withoutPolygon);
  const ink = imageStats(withPolygon);
  return {
    polygonPixels: diff.changed,
    polygonFraction: diff.total ? diff.changed / diff.total : 0,
    comparable: diff.comparable,
    svgInkPixels: ink.inkPixels,
    svgInkFraction: ink.inkFraction,
    svgScreenshot: { width: ink.width, height: ink.height },
  };
}

async function renderIn(chromium, name, options, fileUrl, screenshotPath) {
  const profile = mkdtempSync(join(tmpdir(), `wendu-chromium-${name}-`));
  const requests = [];
  const consoleErrors = [];
  const pageErrors = [];
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      ...options,
      serviceWorkers: 'block',
      timeout: 30_000,
    });
    // Nothing may leave the page: everything but the file itself (and inline data: URLs) is aborted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url === fileUrl || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
    });
    const page = context.pages()[0] || (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(fileUrl, { waitUntil: 'load', timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);

    const described = await page.evaluate(describePage);
    await page.screenshot({ path: screenshotPath, fullPage: true });
    const screenshot = imageStats(readFileSync(screenshotPath));

    // The chart is drawn when hiding its data polygon changes pixels inside the SVG.
    let chartPixels = null;
    if (described.svg && described.svg.visible && described.radarPolygon) {
      try {
        chartPixels = await polygonPixels(page);
      } catch (error) {
        chartPixels = { error: String(error), comparable: false, polygonPixels: 0, polygonFraction: 0 };
      }
    }
    const labelFonts = described.svg ? await platformFonts(page, 'svg text') : [];
    described.labels.forEach((label, i) => {
      label.fonts = labelFonts[i] || [];
    });
    return {
      viewport: options.viewport,
      deviceScaleFactor: options.deviceScaleFactor,
      isMobile: options.isMobile,
      screenshotPath,
      screenshot,
      ...described,
      horizontalOverflow: described.scrollWidth > options.viewport.width,
      chartPixels,
      requests,
      externalRequests: requests.filter((url) => url !== fileUrl && !url.startsWith('data:')),
      consoleErrors,
      pageErrors,
      browserVersion: context.browser()?.version() ?? null,
    };
  } finally {
    if (context) await context.close().catch(() => {});
    // Chromium's helpers may still be writing to the profile for a moment after close.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      process.stderr.write(`render_report: could not remove ${profile}: ${error}\n`);
    }
  }
}

async function main() {
  const [htmlArg, pngArg] = process.argv.slice(2);
  if (!htmlArg || !pngArg) fail(2, 'usage: node tests/browser/render_report.mjs <page.html> <out.png>');
  const htmlPath = resolve(htmlArg);
  const pngPath = resolve(pngArg);
  if (!existsSync(htmlPath)) fail(2, `no such file: ${htmlPath}`);
  if (!existsSync(CHROMIUM)) fail(3, `${CHROMIUM} is missing: run \`bash infra/browser.sh\``);
  const packageJson = join(BROWSER_DIR, 'node_modules', 'playwright-core', 'package.json');
  if (!existsSync(packageJson)) fail(3, `playwright-core is missing from ${BROWSER_DIR}: run \`bash infra/browser.sh\``);
  const require = createRequire(join(BROWSER_DIR, 'package.json'));
  const { chromium } = require('playwright-core');

  const fileUrl = pathToFileURL(htmlPath).href;
  const desktopPng = pngPath.replace(/(\.png)?$/i, '-desktop.png');
  // The two browsers run side by side: each has its own profile, and nothing is shared.
  const [phone, desktop] = await Promise.all([
    renderIn(chromium, 'phone', VIEWPORTS.phone, fileUrl, pngPath),
    renderIn(chromium, 'desktop', VIEWPORTS.desktop, fileUrl, desktopPng),
  ]);
  const viewports = { phone, desktop };
  const all = Object.values(viewports);
  process.stdout.write(`${JSON.stringify({
    url: fileUrl,
    chromium: viewports.phone.browserVersion,
    playwrightCore: JSON.parse(readFileSync(packageJson, 'utf8')).version,
    externalRequests: [...new Set(all.flatMap((v) => v.externalRequests))],
    consoleErrors: all.flatMap((v) => v.consoleErrors),
    pageErrors: all.flatMap((v) => v.pageErrors),
    viewports,
  }, null, 2)}\n`);
}

main().catch((error) => fail(1, error && error.stack ? error.stack : String(error)));
