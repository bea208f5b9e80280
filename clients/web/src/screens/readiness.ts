import type { App, Screen } from "../app";
import { lang, t } from "../i18n";
import { InterviewStatus, Language } from "../gen/wendu/v1/common_pb";
import { actionButton, h } from "../ui";
import { newKey } from "../api";
import * as store from "../store";

export function readiness(app: App): Screen {
  return {
    render() {
      const language = lang() === "zh" ? Language.ZH : Language.EN;
      const question = h("p", { class: "question-text", id: "ready-q" });
      const answer = h("textarea", { id: "ready-answer", rows: 4, "aria-describedby": "ready-q" });
      const result = h("div", { class: "readiness-result", role: "status", "aria-live": "polite" });
      let questionId = "";
      app.api.training
        .getReadinessQuestion({ language })
        .then((q) => {
          questionId = q.questionId;
          question.textContent = q.text;
        })
        .catch(() => undefined);
      const progress = h("ul", { class: "plain" });
      app.api.training
        .getPracticeProgress({})
        .then((p) =>
          progress.replaceChildren(
            ...p.sessions.map((s, i) => h("li", null, `#${i + 1}: ${s.overallScore.toFixed(1)} / 10`)),
          ),
        )
        .catch(() => undefined);
      return h(
        "section",
        { "data-screen": "ready" },
        h("h1", null, t("readyTitle")),
        h(
          "div",
          { class: "card" },
          h("p", { class: "muted" }, t("readyIntro")),
          question,
          h("label", { for: "ready-answer", class: "field-label" }, t("yourAnswer")),
          answer,
          actionButton(
            t("check"),
            async () => {
              const r = await app.api.training.submitReadinessAnswer({ questionId, answerText: answer.value, language });
              result.replaceChildren(h("p", null, r.message));
              if (r.exampleHint) result.append(h("p", { class: "hint-text" }, h("strong", null, t("exampleHint"), ": "), r.exampleHint));
            },
            "secondary",
          ),
          result,
        ),
        h(
          "div",
          { class: "card" },
          h("h2", null, t("practiceTitle")),
          h("p", null, t("practiceText")),
          progress,
          actionButton(
            t("startPractice"),
            async () => {
              const mock = await app.api.training.startMockInterview({
                positionId: app.interview.positionId,
                language: app.interview.language,
                idempotencyKey: newKey(),
              });
              store.save(app.interviewId, "practice", { interviewId: mock.interviewId, token: mock.candidateToken, attempt: mock.attempt });
              app.go("practice");
            },
            "secondary",
          ),
        ),
        h(
          "div",
          { class: "actions" },
          actionButton(t("startReal"), async () => {
            if (app.interview.status === InterviewStatus.SCHEDULED) {
              app.interview = await app.api.interviews.startInterview({ interviewId: app.interviewId });
            }
            app.go("interview");
          }),
        ),
      );
    },
  };
}
