import { ConnectError } from "@connectrpc/connect";
import type { Api } from "../api";
import type { App, Screen } from "../app";
import { formatDateTime, pick, screenTexts, t } from "../i18n";
import { CandidateRequestKind } from "../gen/wendu/v1/common_pb";
import type { CandidateRequest } from "../gen/wendu/v1/question_gen_pb";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { ReportStatus, type Report } from "../gen/wendu/v1/feedback_pb";
import type { LearningPlan } from "../gen/wendu/v1/training_pb";
import { radarChart } from "../radar";
import { actionButton, download, h } from "../ui";
import * as store from "../store";

// The HR chat card, in zh and en (loaded with this screen).
const tx = screenTexts({
  en: {
    hrChatTitle: "A chat with HR",
    hrChatIntro: "Questions about the role or the next steps? Ask for a short chat and a person at the employer will get in touch.",
    hrChatStatus: "You asked for a chat on {date}. HR will contact you at the e-mail address your invitation was sent to.",
  },
  zh: {
    hrChatTitle: "与 HR 聊一聊",
    hrChatIntro: "对职位或后续流程有疑问？申请一次简短交流，雇主方的工作人员会联系你。",
    hrChatStatus: "你已于 {date} 申请交流。HR 会通过收到邀请的邮箱联系你。",
  },
});

const POLL_MS = 1500;
const MAX_POLLS = 80;

function items(title: string, list: Report["strengths"], testId: string): HTMLElement | null {
  if (!list.length) return null;
  return h(
    "div",
    { class: "card", "data-testid": testId },
    h("h2", null, title),
    h(
      "ul",
      { class: "plain items" },
      list.map((item) => h("li", null, h("p", null, item.text), item.evidenceQuote ? h("blockquote", { class: "quote" }, `“${item.evidenceQuote}”`) : null)),
    ),
  );
}

/** Ask HR for a short chat, and see that it was asked (read back from the server, so a reload or
 * another device shows it too). HR answers by e-mail: there is no chat inside Wendu yet. */
function hrChat(api: Api, interviewId: string, requested: CandidateRequest | null): HTMLElement {
  const card = h("div", { class: "card", "data-testid": "hr-chat" }, h("h2", null, tx("hrChatTitle")));
  const statusOf = (request: CandidateRequest) =>
    tx("hrChatStatus", { date: request.createdAt ? formatDateTime(timestampDate(request.createdAt)) : "" });
  if (requested) {
    card.append(h("p", { role: "status", "data-testid": "hr-chat-status" }, statusOf(requested)));
    return card;
  }
  const status = h("p", { role: "status", class: "status", "data-testid": "hr-chat-status" });
  const button = actionButton(
    t("requestHrChat"),
    async () => {
      const request = await api.interviews.requestHrChat({ interviewId, note: "" });
      status.textContent = statusOf(request);
      // The button has done its work: focus moves to what it produced, not to the page's top.
      status.setAttribute("tabindex", "-1");
      button.remove();
      status.focus();
    },
    "secondary",
  );
  card.append(h("p", { class: "muted" }, tx("hrChatIntro")), button, status);
  return card;
}

function feeling(api: Api, interviewId: string): HTMLElement {
  const sent = store.load<number>(interviewId, "feeling", 0);
  const form = h("form", { class: "card feel", "data-testid": "feeling", on: { submit: (e: Event) => e.preventDefault() } });
  const title = h("h2", { id: "feel-title" }, t("feelTitle"));
  if (sent) {
    form.append(title, h("p", { role: "status" }, t("feelThanks")));
    return form;
  }
  const labels = [t("feel1"), t("feel2"), t("feel3"), t("feel4"), t("feel5")];
  const comment = h("textarea", { id: "feel-comment", rows: 3, maxLength: 1000 });
  form.append(
    h(
      "fieldset",
      null,
      h("legend", null, title),
      h("p", { class: "muted" }, t("feelIntro")),
      h(
        "div",
        { class: "scale" },
        labels.map((label, i) => h("label", { class: "scale-item" }, h("input", { type: "radio", name: "feel", value: String(i + 1) }), h("span", null, label))),
      ),
    ),
    h("label", { for: comment.id, class: "field-label" }, t("feelComment")),
    comment,
    actionButton(t("feelSend"), async () => {
      const chosen = new FormData(form).get("feel");
      if (!chosen) {
        form.querySelector<HTMLInputElement>("input[name=feel]")?.focus();
        return;
      }
      await api.feedback.submitCandidateFeedback({ interviewId, rating: Number(chosen), comment: comment.value });
      store.save(interviewId, "feeling", Number(chosen));
      form.replaceChildren(h("h2", null, t("feelTitle")), h("p", { role: "status", tabindex: "-1" }, t("feelThanks")));
    }),
  );
  return form;
}

export function report(app: App, api: Api, interviewId: string, practice: boolean): Screen {
  let loaded: Report | null = null;
  let plan: LearningPlan | null = null;
  let hrChatRequest: CandidateRequest | null = null;
  let polls = 0;
  let timer = 0;
  let root: HTMLElement | null = null;

  async function poll() {
    try {
      const fetched = await api.feedback.getReport({ interviewId });
      if (fetched.status === ReportStatus.READY) {
        loaded = fetched;
        if (!practice) {
          // Read together before the first draw, so nothing moves once the report is shown.
          [plan, hrChatRequest] = await Promise.all([
            app.api.training.getLearningPlan({ candidateId: app.claims.candidateId }).catch(() => null),
            api.interviews
              .listCandidateRequests({ interviewId, kind: CandidateRequestKind.HR_CHAT })
              .then((listed) => listed.requests[0] ?? null, () => null),
          ]);
        }
        redraw();
        return;
      }
    } catch (error) {
      // NOT_FOUND until feedback has read the completion: keep polling a little.
      void ConnectError.from(error);
    }
    if (++polls < MAX_POLLS) timer = window.setTimeout(poll, POLL_MS);
  }

  function redraw() {
    if (!root) return;
    const fresh = build();
    root.replaceWith(fresh);
    root = fresh;
  }

  function build(): HTMLElement {
    const title = h("h1", null, practice ? t("practiceReportTitle") : t("reportTitle"));
    if (!loaded) {
      return h("section", { "data-screen": "report" }, title, h("div", { class: "card calm", role: "status", "aria-busy": "true" }, h("p", null, t("generating"))));
    }
    const r = loaded;
    const points = r.competencies.map((c) => ({ label: pick(c.name) || c.competencyId, score: c.notAssessed ? null : c.score }));
    const status = h("p", { role: "status", class: "status" });
    const courses = plan?.courses.length ? plan.courses : r.courseSuggestions;
    return h(
      "section",
      { "data-screen": practice ? "practice-report" : "report" },
      practice ? h("p", { class: "banner practice" }, t("practiceBanner")) : null,
      title,
      h(
        "div",
        { class: "card" },
        h("p", { class: "lead" }, t("overall", { score: r.overallScore.toFixed(1) })),
        h("div", { class: "radar-wrap" }, radarChart(points, t("radarLabel"))),
        h(
          "table",
          { class: "scores" },
          h("tbody", null, r.competencies.map((c) => h("tr", null, h("th", { scope: "row" }, pick(c.name) || c.competencyId), h("td", null, c.notAssessed ? t("notAssessed") : c.score.toFixed(1)), h("td", { class: "muted" }, `${c.weightPercent}%`)))),
        ),
      ),
      items(t("strengths"), r.strengths, "strengths"),
      items(t("improvements"), r.improvements, "improvements"),
      courses.length
        ? h("div", { class: "card" }, h("h2", null, t("courses")), h("ul", null, courses.map((c) => h("li", null, pick(c.title) || c.courseId))))
        : null,
      h(
        "div",
        { class: "card actions wrap" },
        actionButton(
          t("downloadPdf"),
          async () => {
            const pdf = await api.feedback.renderReportPdf({ interviewId });
            download(pdf.filename || "wendu-report.pdf", pdf.contentType || "application/pdf", pdf.content as Uint8Array<ArrayBuffer>);
          },
          "secondary",
        ),
        practice
          ? null
          : actionButton(
              t("requestReview"),
              async () => {
                await api.feedback.requestReview({ interviewId, reason: "" });
                status.textContent = t("reviewRequested");
              },
              "secondary",
            ),
        practice ? h("button", { type: "button", class: "secondary", on: { click: () => app.go("ready") } }, t("backToReal")) : null,
        status,
      ),
      practice ? null : hrChat(api, interviewId, hrChatRequest),
      feeling(api, interviewId),
    );
  }

  return {
    render() {
      root = build();
      if (!loaded && polls === 0 && !timer) void poll();
      return root;
    },
    dispose() {
      window.clearTimeout(timer);
      root = null;
    },
  };
}
