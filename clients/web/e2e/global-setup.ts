import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
import { STATE_FILE } from "./platform";

/** Start the real platform (five services + gateway) for the browser tests. */
export default function globalSetup(): void {
  // WENDU_WEB_REUSE=1 with WENDU_WEB_KEEP_PLATFORM=1 on the previous run: iterate without a restart.
  if (process.env.WENDU_WEB_REUSE && existsSync(STATE_FILE)) return;
  const uv = process.env.WENDU_UV ?? resolve(HERE, "../../../.work/bin/uv");
  execFileSync(uv, ["run", "--frozen", "--no-sync", "python", "tools/e2e_platform.py", "up", STATE_FILE], {
    stdio: "inherit",
    cwd: resolve(HERE, ".."),
  });
}
