import { expect, test } from "@playwright/test";
import { answerCurrent, expectAccessible, langOf, reachInterview, snap } from "./helpers";
import { invite, staff } from "./platform";
import { CandidateRequestKind } from "../src/gen/wendu/v1/common_pb";

// The whole path, in zh and en, on a phone and a desktop: @matrix runs it in all four projects.
test("a candidate goes from the invitation link to the report, with live hints, a follow-up quoting them and the radar @matrix", async ({ page }, testInfo) => {
  const lang = langOf(testInfo);
  const zh = lang === "zh";
  const invitation = await invite(lang);

  await reachInterview(page, invitation, lang, testInfo);
  await expectAccessible(page, "interview");
  const slotBefore = await page.getByTestId("hint-slot").boundingBox();
  const first = await answerCurrent(page, invitation, lang);

  // The hint for that answer arrives live in its reserved slot.
  const hint = page.getByTestId("hint");
  await expect(hint).toBeVisible({ timeout: 30_000 });
  // The slot was reserved: the hint fills it without moving anything below it.
  // (polled: the live region is redrawn as the stream moves on)
  const slotBox = async () => {
    const box = await page.getByTestId("hint-slot").boundingBox();
    return box ? `${box.y}/${box.height}` : "redrawing";
  };
  await expect.poll(slotBox).toBe(`${slotBefore?.y}/${slotBefore?.height}`);
  await snap(page, testInfo, "interview-hint");
  // Acted on once: the candidate adds what it asked for.
  await page.getByRole("button", { name: zh ? "补充这个回答" : "Add to that answer" }).click();
  await page.getByLabel(zh ? "你想补充的内容" : "What you'd like to add").fill(zh ? "结果月度支出降低了40%。" : "As a result our monthly burn fell by 40%.");
  await page.getByRole("button", { name: zh ? "补充" : "Add it", exact: true }).click();
  await expect(page.getByTestId("hint-slot")).toContainText(zh ? "已补充到你的回答中" : "Added to your answer");

  // Follow the interview to its end; a follow-up quotes the candidate's own words.
  let quoted = "";
  let lastId = first.questionId;
  const answered: string[] = [first.text];
  const finish = page.getByRole("button", { name: zh ? "完成并查看我的报告" : "Finish and see my report" });
  for (let turn = 0; turn < 10; turn++) {
    await expect(finish.or(page.locator(`[data-question-id]:not([data-question-id="${lastId}"])`))).toBeVisible({ timeout: 30_000 });
    if (await finish.isVisible()) break;
    const quote = page.getByTestId("follow-up-quote");
    if (!quoted && (await quote.isVisible())) {
      quoted = (await quote.textContent()) ?? "";
      await snap(page, testInfo, "interview-follow-up");
    }
    const { questionId, text } = await answerCurrent(page, invitation, lang);
    answered.push(text);
    lastId = questionId;
  }
  expect(quoted, "a follow-up quoted an earlier answer").not.toBe("");
  expect(answered.some((text) => quoted.includes(text.slice(0, 24)))).toBe(true);

  await page.getByRole("button", { name: zh ? "完成并查看我的报告" : "Finish and see my report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh ? "你的报告" : "Your report");
  await expect(page.getByTestId("radar").locator("polygon.radar-shape")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("strengths").or(page.getByTestId("improvements")).first()).toContainText("“");
  await snap(page, testInfo, "report");
  await expectAccessible(page, "report");

  // A chat with HR: asked for once, and its status read back from the server after a reload.
  const hrChat = page.getByTestId("hr-chat");
  await hrChat.getByRole("button", { name: zh ? "申请与 HR 聊 10 分钟" : "Ask for a 10-minute chat with HR" }).click();
  const requested = zh ? /你已于 .+ 申请交流。HR 会通过收到邀请的邮箱联系你。/ : /You asked for a chat on .+\. HR will contact you at the e-mail address your invitation was sent to\./;
  await expect(page.getByTestId("hr-chat-status")).toHaveText(requested);
  await expect(page.getByTestId("hr-chat-status")).toBeFocused();
  const listed = await staff().interviews.listCandidateRequests({ interviewId: invitation.interviewId, kind: CandidateRequestKind.HR_CHAT });
  expect(listed.requests).toHaveLength(1);
  await page.reload();
  await expect(page.getByTestId("radar").locator("polygon.radar-shape")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("hr-chat-status")).toHaveText(requested);
  await expect(hrChat.getByRole("button")).toHaveCount(0);
  await snap(page, testInfo, "report-hr-chat");
  await expectAccessible(page, "report: HR chat requested");

  // The last question: how did it feel?
  await page.getByRole("radio", { name: zh ? "5 — 很好" : "5 — good" }).check();
  await page.getByLabel(zh ? "还有什么想说的？（可选）" : "Anything to add? (optional)").fill(zh ? "问题很友好。" : "Kind questions.");
  await page.getByRole("button", { name: zh ? "提交" : "Send", exact: true }).click();
  await expect(page.getByTestId("feeling")).toContainText(zh ? "谢谢你的反馈" : "Thank you for telling us");
});
