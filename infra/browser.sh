#!/usr/bin/env bash
# Install what the browser tests need, idempotently, and verify that it runs:
#   chromium, fonts-noto-cjk  -> from Debian apt (needs root the first time; the CJK font renders zh)
#   pango, pangoft2, harfbuzz-subset, fonts-dejavu-core
#                             -> from Debian apt: the system libraries WeasyPrint loads to lay out the
#                                report's PDF (feedback RenderReportPdf) and the font of en PDFs
#   playwright-core (pinned)  -> <work>/browser/node_modules (npm; it never downloads a browser:
#                                the tests launch /usr/bin/chromium through executablePath)
# Env: WENDU_WORK_DIR (<repo>/.work).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

PLAYWRIGHT_CORE_VERSION=1.65.1
CHROMIUM=/usr/bin/chromium
# (The libraries also come with chromium today; listed because the feedback service loads them itself.)
APT_PACKAGES=(chromium fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
BROWSER_DIR="$WORK_DIR/browser"

# (Outputs are captured before matching: with pipefail, `cmd | grep -q` fails when grep exits early.)
apt_installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do apt_installed "$pkg" || missing+=("$pkg"); done
if [ "${#missing[@]}" -eq 0 ] && [ -x "$CHROMIUM" ]; then
  log "apt packages already installed: ${APT_PACKAGES[*]}"
else
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]:-chromium}; install as root: apt-get install -y ${APT_PACKAGES[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they do not know a package (or are too old to download it).
  needs_update=0
  for pkg in "${missing[@]}"; do
    policy="$(apt-cache policy "$pkg" 2>/dev/null || true)"
    [[ "$policy" =~ Candidate:\ [^\(] ]] || needs_update=1
  done
  if [ "$needs_update" = 1 ]; then
    log "apt-get update (package lists do not know ${missing[*]}) ..."
    apt-get update -qq
  fi
  log "installing ${missing[*]} from apt ..."
  if ! apt-get install -y -qq "${APT_PACKAGES[@]}" > /dev/null; then
    log "install failed; refreshing the package lists and retrying once ..."
    apt-get update -qq
    apt-get install -y -qq "${APT_PACKAGES[@]}" > /dev/null
  fi
fi
"$CHROMIUM" --version > /dev/null 2>&1 || die "$CHROMIUM does not run"
[ -n "$(fc-list ':lang=zh' family)" ] || die "no font with Chinese glyphs (fonts-noto-cjk) is known to fontconfig"

# playwright-core: skip when the pinned version is already installed.
installed_version() {
  node -p "require('$BROWSER_DIR/node_modules/playwright-core/package.json').version" 2>/dev/null || true
}
if [ "$(installed_version)" = "$PLAYWRIGHT_CORE_VERSION" ]; then
  log "playwright-core $PLAYWRIGHT_CORE_VERSION already in $BROWSER_DIR"
else
  command -v npm > /dev/null || die "npm is required to install playwright-core"
  log "installing playwright-core $PLAYWRIGHT_CORE_VERSION into $BROWSER_DIR ..."
  mkdir -p "$BROWSER_DIR"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --silent --no-audit --no-fund --save-exact \
    --prefix "$BROWSER_DIR" "playwright-core@$PLAYWRIGHT_CORE_VERSION"
fi
[ "$(installed_version)" = "$PLAYWRIGHT_CORE_VERSION" ] || die "playwright-core in $BROWSER_DIR is not $PLAYWRIGHT_CORE_VERSION"

# Smoke test: playwright-core drives the apt chromium (no download, no network).
node --input-type=module -e "
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const { chromium } = createRequire('$BROWSER_DIR/package.json')('playwright-core');
const profile = mkdtempSync(join(tmpdir(), 'wendu-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '$CHROMIUM', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.setContent('<p>ok</p>');
if ((await page.textContent('p')) !== 'ok') throw new Error('page did not render');
console.log(context.browser()?.version() ?? 'ok');
await context.close();
rmSync(profile, { recursive: true, force: true });
" > /dev/null || die "playwright-core could not drive $CHROMIUM"

printf 'chromium:        %s (%s)\n' "$("$CHROMIUM" --version 2>/dev/null)" "$CHROMIUM"
printf 'playwright-core: %s (%s)\n' "$(installed_version)" "$BROWSER_DIR/node_modules/playwright-core"
printf 'node:            %s\n' "$(node --version)"
printf 'cjk font:        %s\n' "$(fc-match 'sans-serif:lang=zh-cn' family)"
