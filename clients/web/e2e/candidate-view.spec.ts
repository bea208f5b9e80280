import { expect, test } from "@playwright/test";
import { expectAccessible, langOf, snap } from "./helpers";
import { EMPLOYER, SWITCHER_RESUME, invite } from "./platform";

// What the candidate sees of themselves before the interview: who invites them (on a landing that
// does not jump as the server's parts arrive), and what Wendu read from their résumé (the facts that
// drive the questions). In zh and en, on a phone and a desktop.
test("the invitation names the employer without shifting the page, and My data shows what Wendu read from the résumé @matrix", async ({ page }, testInfo) => {
  const lang = langOf(testInfo);
  const zh = lang === "zh";
  const invitation = await invite(lang, { resume: SWITCHER_RESUME[lang] });

  // Layout shifts not caused by the candidate, as Chromium reports them (the CLS of Web Vitals).
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(invitation.link);
  await expect(page.getByTestId("inviter")).toContainText(EMPLOYER[lang]);
  await expect(page.getByTestId("employer")).toHaveText(EMPLOYER[lang]);
  // The landing is shown before the interview is read; what arrives fills slots kept for it.
  await expect(page.locator(".data-use li").first()).toBeVisible();
  const shifted = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0));
  expect(shifted, "cumulative layout shift of the landing").toBeLessThan(0.1);
  await expect(page.getByText(zh ? "邀请方" : "Who is inviting you", { exact: true })).toBeVisible();
  await expectAccessible(page, "landing");

  await page.getByRole("button", { name: zh ? "我的数据" : "My data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "我的数据" : "My data");
  await expect(page.getByRole("heading", { level: 2, name: zh ? "温度从你的简历中读到的内容" : "What Wendu read from your résumé" })).toBeVisible();
  const profile = page.getByTestId("my-profile");
  await expect(profile.getByTestId("profile-roles")).toContainText(zh ? "北辰健康 · 产品经理 (2021-2024)" : "Product manager at Northstar Health (2021-2024)");
  await expect(profile.getByTestId("profile-roles")).toContainText(zh ? "瑞金医院 · 护士" : "Nurse at Ruijin Hospital");
  await expect(profile.getByTestId("profile-education")).toContainText(zh ? "复旦大学" : "Fudan University");
  await expect(profile.getByTestId("profile-projects")).toContainText(zh ? "康路患者随访App (亮点)" : "CarePath (stands out)");
  await expect(profile.getByTestId("profile-skills")).toContainText("SQL");
  // The signals, in words: why the interview may ask what it asks.
  const signals = profile.getByTestId("profile-signals");
  await expect(signals).toContainText(zh ? "你有转行经历" : "You changed careers");
  await expect(signals).toContainText(zh ? "有一个项目很突出" : "A project stands out");
  // The consents as the profile service holds them (given by the HR suite here, not on this device).
  await expect(page.getByTestId("my-consents")).toContainText(zh ? "使用我的简历来个性化提问: 是" : "Use my résumé to personalise the questions: yes");
  await snap(page, testInfo, "my-profile");
  await expectAccessible(page, "my data: résumé");

  // The same view in the other language, on the same page.
  await page.getByRole("button", { name: zh ? "Switch to English" : "切换到中文" }).click();
  await expect(page.getByTestId("profile-signals")).toContainText(zh ? "You changed careers" : "你有转行经历");
});
