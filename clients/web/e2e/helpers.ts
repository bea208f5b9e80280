import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { ANSWERS, EMPLOYER, staff, type Invitation, type Lang } from "./platform";

export function langOf(testInfo: TestInfo): Lang {
  return testInfo.project.name.startsWith("zh") ? "zh" : "en";
}

/** No serious or critical axe violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Save a screenshot for the docs when WENDU_SCREENSHOTS_DIR is set (make web-screenshots). */
export async function snap(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  const dir = process.env.WENDU_SCREENSHOTS_DIR;
  if (!dir) return;
  const device = testInfo.project.name.endsWith("desktop") ? "desktop" : "phone";
  await page.screenshot({ path: `${dir}/web-${screen}-${langOf(testInfo)}-${device}.png`, fullPage: true, scale: "css", animations: "disabled" });
}

/** The answer a prepared candidate gives, chosen from why the server asked (read as the HR suite). */
export async function answerFor(invitation: Invitation, questionId: string, lang: Lang): Promise<string> {
  const interview = await staff().interviews.getInterview({ interviewId: invitation.interviewId });
  const question = interview.questions.find((q) => q.questionId === questionId);
  const script = ANSWERS[lang];
  const reason = (question?.reason ?? "").toLowerCase();
  if (question?.followsUpQuestionId) {
    if (reason.includes("missing result")) return script.followUpResult;
    if (reason.includes("missing action")) return script.followUpSteps;
    return script.followUp;
  }
  if (reason.includes("founder")) return script.cashFlow;
  if (reason.includes("data_work") || question?.competencyIds.includes("data_driven")) return script.data;
  return script.default;
}

export async function currentQuestionId(page: Page): Promise<string> {
  const card = page.locator("[data-question-id]");
  await expect(card).toBeVisible({ timeout: 30_000 });
  return (await card.getAttribute("data-question-id"))!;
}

export async function answerCurrent(page: Page, invitation: Invitation, lang: Lang): Promise<{ questionId: string; text: string }> {
  const questionId = await currentQuestionId(page);
  const text = await answerFor(invitation, questionId, lang);
  await page.locator(`#answer-${questionId}`).fill(text);
  await page.getByRole("button", { name: lang === "zh" ? "提交回答" : "Send answer" }).click();
  return { questionId, text };
}

/** Landing (consent) -> choices -> guide -> readiness -> the interview's first question. */
export async function reachInterview(page: Page, invitation: Invitation, lang: Lang, testInfo?: TestInfo): Promise<void> {
  const zh = lang === "zh";
  await page.goto(invitation.link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "欢迎！我们一起做好准备" : "Welcome — let's get you ready");
  // Who is inviting: the employer the HR suite named on the position, never a tenant id.
  await expect(page.getByTestId("inviter")).toHaveText(
    zh ? `${EMPLOYER.zh} 邀请你参加「产品经理」的初面。` : `${EMPLOYER.en} invites you to a first interview for Product Manager.`,
  );
  if (testInfo) await snap(page, testInfo, "landing");
  await page.getByLabel(zh ? "使用我的简历来个性化提问" : "Use my résumé to personalise the questions").check();
  await page.getByLabel(zh ? "允许 AI 为我的回答评分" : "Let the AI score my answers", { exact: false }).check();
  await page.getByRole("button", { name: zh ? "继续，做出我的选择" : "Continue to my choices" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "你的选择" : "Your choices");
  if (testInfo) await snap(page, testInfo, "choices");
  await page.getByRole("button", { name: zh ? "保存我的选择" : "Save my choices" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "面试如何进行" : "How the interview works");
  await expect(page.getByText("40%")).toBeVisible();
  if (testInfo) await snap(page, testInfo, "guide");
  await page.getByRole("button", { name: zh ? "检查我的设备与流程" : "Check my setup" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "快速检查，也可以先练习" : "A quick check, and practice if you like");
  if (testInfo) await snap(page, testInfo, "readiness");
  await page.getByRole("button", { name: zh ? "我准备好了：开始面试" : "I'm ready: start the interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "你的面试" : "Your interview");
}
