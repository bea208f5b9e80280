import { expect, test } from "@playwright/test";
import { langOf, snap } from "./helpers";
import { invite, state } from "./platform";

// Only for the docs (make web-screenshots): the screens the journeys above do not pass through in
// every language and viewport. Not part of `make test` (playwright.config.ts ignores it there).
test("the remaining screens, for the docs @matrix", async ({ page }, testInfo) => {
  const lang = langOf(testInfo);
  const zh = lang === "zh";
  await page.goto(`${state().baseURL}#${state().expiredToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await snap(page, testInfo, "link-expired");

  const invitation = await invite(lang);
  await page.goto(invitation.link);
  await page.getByLabel(zh ? "允许 AI 为我的回答评分" : "Let the AI score my answers", { exact: false }).check();
  await page.getByRole("button", { name: zh ? "继续，做出我的选择" : "Continue to my choices" }).click();
  await page.getByRole("button", { name: zh ? "保存我的选择" : "Save my choices" }).click();
  await page.getByRole("button", { name: zh ? "检查我的设备与流程" : "Check my setup" }).click();
  await page.getByRole("button", { name: zh ? "开始一次模拟面试" : "Start a practice interview" }).click();
  await expect(page.locator("[data-question-id]")).toBeVisible({ timeout: 30_000 });
  await snap(page, testInfo, "practice");
  await page.getByRole("button", { name: zh ? "暂停" : "Pause" }).click();
  await expect(page.getByTestId("paused")).toBeVisible();
  await snap(page, testInfo, "paused");
  await page.getByRole("button", { name: zh ? "我的数据" : "My data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "我的数据" : "My data");
  await snap(page, testInfo, "my-data");
});
