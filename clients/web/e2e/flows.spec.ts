import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { answerCurrent, currentQuestionId, expectAccessible, reachInterview, snap } from "./helpers";
import { invite, state, staff } from "./platform";
import { InterviewStatus } from "../src/gen/wendu/v1/common_pb";

// Journeys that run once (one viewport and language each), beside the @matrix main journey.

test("a page reload mid-answer keeps the draft", async ({ page }) => {
  const invitation = await invite("en");
  await reachInterview(page, invitation, "en");
  const questionId = await currentQuestionId(page);
  await page.locator(`#answer-${questionId}`).fill("In 2021 our runway fell to three months, and");
  await page.reload();
  await expect(page.locator(`#answer-${questionId}`)).toHaveValue("In 2021 our runway fell to three months, and");
});

test("going offline and back resumes with nothing lost and nothing shown twice", async ({ page, context }) => {
  const invitation = await invite("en");
  await reachInterview(page, invitation, "en");
  const questionId = await currentQuestionId(page);
  const text = "I led a team of 8 engineers through an urgent launch; I split the work in two and we shipped 3 days early.";
  await page.locator(`#answer-${questionId}`).fill(text);
  await context.setOffline(true);
  await page.evaluate(() => window.dispatchEvent(new Event("offline")));
  await expect(page.getByRole("status").filter({ hasText: "You are offline" }).first()).toBeVisible();
  await page.getByRole("button", { name: "Send answer" }).click();
  await page.waitForTimeout(1500);
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  // The answer kept while offline is sent once, and the interview moves on.
  await expect(page.locator(`[data-question-id]:not([data-question-id="${questionId}"])`)).toBeVisible({ timeout: 40_000 });
  const interview = await staff().interviews.getInterview({ interviewId: invitation.interviewId });
  expect(interview.answers.filter((a) => a.questionId === questionId)).toHaveLength(1);
  expect(interview.answers[0].text).toBe(text);
  // Each question is on the page once: the resumed stream repeated nothing.
  await expect(page.locator("[data-question-id]")).toHaveCount(1);
  await expect(page.getByTestId("hint")).toHaveCount(await page.getByTestId("hint").count() > 0 ? 1 : 0);
});

test("pause and resume keep the question and the draft", async ({ page }) => {
  const invitation = await invite("zh");
  await page.goto("about:blank");
  await reachInterview(page, invitation, "zh");
  const questionId = await currentQuestionId(page);
  await page.locator(`#answer-${questionId}`).fill("草稿：我先列出了所有成本");
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.getByTestId("paused")).toContainText("已暂停");
  const paused = await staff().interviews.getInterview({ interviewId: invitation.interviewId });
  expect(paused.status).toBe(InterviewStatus.PAUSED);
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expect(page.locator(`#answer-${questionId}`)).toHaveValue("草稿：我先列出了所有成本");
});

test("a mock interview gives hints and a practice report the recruiter never sees", async ({ page }, testInfo) => {
  const invitation = await invite("en");
  await page.goto(invitation.link);
  await page.getByLabel("Let the AI score my answers", { exact: false }).check();
  await page.getByRole("button", { name: "Continue to my choices" }).click();
  await page.getByRole("button", { name: "Save my choices" }).click();
  await page.getByRole("button", { name: "Check my setup" }).click();
  // The readiness check answers with an example hint.
  await page.getByLabel("Your answer").fill("I organised a charity run.");
  await page.getByRole("button", { name: "Check" }).click();
  await expect(page.locator(".readiness-result")).not.toBeEmpty();
  await expectAccessible(page, "readiness");
  await page.getByRole("button", { name: "Start a practice interview" }).click();
  await expect(page.getByText("Practice — the employer never sees this.")).toBeVisible();
  const practiceId = await page.evaluate((iid) => JSON.parse(localStorage.getItem(`wendu:${iid}:practice`)!).interviewId, invitation.interviewId);
  const practiceInvitation = { ...invitation, interviewId: practiceId };
  let lastId = "";
  const finish = page.getByRole("button", { name: "Finish and see my report" });
  for (let turn = 0; turn < 10; turn++) {
    await expect(finish.or(page.locator(`[data-question-id]:not([data-question-id="${lastId}"])`))).toBeVisible({ timeout: 30_000 });
    if (await finish.isVisible()) break;
    if (turn === 0) {
      // Off the topic on purpose: such an answer always gets a hint that relates it back.
      lastId = await currentQuestionId(page);
      await page.locator(`#answer-${lastId}`).fill("My favourite food is noodles and I like to swim on weekends with friends.");
      await page.getByRole("button", { name: "Send answer" }).click();
      await expect(page.getByTestId("hint")).toBeVisible({ timeout: 30_000 });
      await snap(page, testInfo, "practice");
      continue;
    }
    lastId = (await answerCurrent(page, practiceInvitation, "en")).questionId;
  }
  await finish.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your practice report");
  await expect(page.getByTestId("radar").locator("polygon.radar-shape")).toBeVisible({ timeout: 60_000 });
  // The recruiter: the practice report is in no list, and asking for it finds nothing.
  const reports = await staff().feedback.listReports({ positionId: invitation.positionId });
  expect(reports.reports.map((r) => r.interviewId)).not.toContain(practiceId);
  await expect(staff().feedback.getReport({ interviewId: practiceId })).rejects.toThrow(/not.found|not_found/i);
  await page.getByRole("button", { name: "Back to my interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A quick check, and practice if you like");
});

test.describe("far from the employer", () => {
  test.use({ timezoneId: "Pacific/Auckland", locale: "en-NZ" });

  test("the choices show the slots in the candidate's own time zone", async ({ page }, testInfo) => {
    // The employer's window: the next three days, from midnight UTC.
    const start = new Date();
    start.setUTCHours(0, 0, 0, 0);
    start.setUTCDate(start.getUTCDate() + 1);
    const end = new Date(start.getTime() + 3 * 86400_000);
    const invitation = await invite("en", { windowStart: start, windowEnd: end });
    await page.goto(invitation.link);
    await page.getByLabel("Let the AI score my answers", { exact: false }).check();
    await page.getByRole("button", { name: "Continue to my choices" }).click();
    await expect(page.getByTestId("time-zone")).toContainText("Pacific/Auckland");
    await expectAccessible(page, "choices");
    const options = page.locator("#slot option");
    const value = await options.nth(1).getAttribute("value");
    const label = await options.nth(1).textContent();
    await page.locator("#slot").selectOption(value!);
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the interview works");
    await snap(page, testInfo, "guide-far");
    // The server holds the instant the candidate picked; shown in Auckland it reads as the option did.
    const chosen = await staff().interviews.getInterview({ interviewId: invitation.interviewId });
    const slot = new Date(Number(chosen.slotStart!.seconds) * 1000);
    expect(slot.toISOString()).toBe(value);
    const inAuckland = new Intl.DateTimeFormat("en-GB", { timeZone: "Pacific/Auckland", hour: "2-digit", minute: "2-digit" }).format(slot);
    expect(label).toContain(inAuckland);
    expect(["09:00", "14:00", "19:00"]).toContain(inAuckland);
  });
});

test("a candidate sees, exports and erases their data", async ({ page }, testInfo) => {
  const invitation = await invite("en");
  await reachInterview(page, invitation, "en");
  const { text } = await answerCurrent(page, invitation, "en");
  await page.getByRole("button", { name: "My data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My data");
  await expect(page.getByTestId("my-answers")).toContainText(text.slice(0, 30));
  await snap(page, testInfo, "my-data");
  await expectAccessible(page, "my data");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data (JSON)" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.interview.interviewId).toBe(invitation.interviewId);
  expect(JSON.stringify(exported.interview.answers)).toContain(text.slice(0, 30));
  await page.getByRole("button", { name: "Erase my data" }).click();
  // Without the address the invitation went to, nothing is erased: the link alone is not enough.
  await page.getByLabel(/e-mail address your invitation/).fill("someone.else@example.com");
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My data");
  await page.getByLabel(/e-mail address your invitation/).fill(invitation.email.toUpperCase());
  await page.getByRole("button", { name: "Yes, erase everything" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your data is erased");
  await expect(staff().profile.getCandidate({ candidateId: invitation.candidateId })).rejects.toThrow(/not.found|not_found/i);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("wendu:") && k !== "wendu:lang"))).toEqual([]);
});

test("expired, foreign and broken links get a kind page, never a stack trace", async ({ page }, testInfo) => {
  const { baseURL, expiredToken, foreignToken } = state();
  await page.goto(`${baseURL}#${expiredToken}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not open an interview");
  await expect(page.getByText("This link has expired")).toBeVisible();
  await expect(page.getByText("Please ask the employer for a new link")).toBeVisible();
  await snap(page, testInfo, "link-expired");
  await expectAccessible(page, "expired link");

  await page.goto(`${baseURL}#${foreignToken}`);
  await expect(page.getByText("This link is not valid here")).toBeVisible();
  const body = (await page.locator("body").textContent()) ?? "";
  expect(body).not.toMatch(/Error|stack|unauthenticated|at \w+ \(/i);

  await page.goto(`${baseURL}#not-a-token`);
  await expect(page.getByText("This link is not valid here")).toBeVisible();
  // The same page in Chinese.
  await page.getByRole("button", { name: "切换到中文" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("这个链接无法打开面试");
});
