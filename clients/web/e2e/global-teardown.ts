import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));

export default function globalTeardown(): void {
  if (process.env.WENDU_WEB_KEEP_PLATFORM) return;
  const uv = process.env.WENDU_UV ?? resolve(HERE, "../../../.work/bin/uv");
  execFileSync(uv, ["run", "--frozen", "--no-sync", "python", "tools/e2e_platform.py", "down"], {
    stdio: "inherit",
    cwd: resolve(HERE, ".."),
  });
}
