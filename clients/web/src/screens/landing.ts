import type { App, Screen } from "../app";
import { lang, t } from "../i18n";
import { Language } from "../gen/wendu/v1/common_pb";
import type { InterviewGuide } from "../gen/wendu/v1/training_pb";
import { actionButton, h } from "../ui";
import * as store from "../store";

export interface ConsentChoice {
  resumeUse: boolean;
  externalData: boolean;
  aiScoring: boolean;
}

const guides = new Map<string, Promise<InterviewGuide>>();

/** The position's guide in the page's language (cached: landing, choices and guide all read it). */
export function guideFor(app: App): Promise<InterviewGuide> {
  const language = lang() === "zh" ? Language.ZH : Language.EN;
  const cacheKey = `${app.interviewId}:${language}`;
  let guide = guides.get(cacheKey);
  if (!guide) {
    guide = app.ready.then((interview) => app.api.training.getInterviewGuide({ positionId: interview.positionId, language }));
    guide.catch(() => guides.delete(cacheKey));
    guides.set(cacheKey, guide);
  }
  return guide;
}

export function landing(app: App): Screen {
  return {
    render() {
      const consent = store.load<ConsentChoice>(app.interviewId, "consents", {
        resumeUse: false,
        externalData: false,
        aiScoring: false,
      });
      // The first visit shows this screen before the interview is read: everything static is drawn
      // at once and the server's parts fill slots of about their size, so little moves when they land.
      const inviter = h("p", { class: "lead", "data-testid": "inviter" }, "\u00a0");
      const employerTerm = h("dt", null, t("whoInvites"));
      const employerSlot = h("dd", { "data-testid": "employer" }, "\u00a0");
      const howLongSlot = h("dd", null, "\u00a0");
      const facts = h(
        "div",
        { class: "facts", "aria-busy": "true" },
        inviter,
        h(
          "dl",
          null,
          employerTerm,
          employerSlot,
          h("dt", null, t("whatHappens")),
          h("dd", null, t("whatHappensText")),
          h("dt", null, t("howLong")),
          howLongSlot,
        ),
      );
      const dataUse = h("ul", { class: "plain data-use", "aria-busy": "true" });
      const loaded = () => {
        facts.removeAttribute("aria-busy");
        dataUse.removeAttribute("aria-busy");
      };
      Promise.all([guideFor(app), app.ready])
        .then(([guide, interview]) => {
          // The employer as the HR suite names it on the position; a tenant id means nothing to a candidate.
          const employer = interview.employerName.trim();
          inviter.textContent = employer
            ? t("invitedBy", { employer, position: guide.positionTitle })
            : t("invitedAnonymously", { position: guide.positionTitle });
          if (employer) {
            employerSlot.textContent = employer;
          } else {
            employerTerm.remove();
            employerSlot.remove();
          }
          howLongSlot.textContent = t("howLongText", {
            minutes: guide.expectedMinutes || 20,
            questions: interview.plan?.mainQuestions || guide.plannedQuestions,
          });
          dataUse.replaceChildren(
            ...guide.dataUse.map((item) => h("li", null, h("strong", null, item.title), " — ", item.detail)),
          );
          loaded();
        })
        .catch(loaded);

      const box = (name: keyof ConsentChoice, label: string) =>
        h(
          "label",
          { class: "check" },
          h("input", {
            type: "checkbox",
            name,
            checked: consent[name],
            on: {
              change: (event: Event) => {
                consent[name] = (event.target as HTMLInputElement).checked;
              },
            },
          }),
          h("span", null, label),
        );
      const status = h("p", { role: "status", class: "status" });
      return h(
        "section",
        { "data-screen": "landing" },
        h("h1", null, t("welcomeTitle")),
        h("div", { class: "card" }, facts),
        h("div", { class: "card" }, h("h2", null, t("dataUsed")), dataUse),
        h(
          "form",
          { class: "card", on: { submit: (event: Event) => event.preventDefault() } },
          h(
            "fieldset",
            null,
            h("legend", null, h("h2", null, t("consentTitle"))),
            h("p", { class: "muted" }, t("consentIntro")),
            box("resumeUse", t("consentResume")),
            box("externalData", t("consentExternal")),
            box("aiScoring", t("consentAi")),
          ),
          status,
          actionButton(t("start"), async () => {
            const candidate = await app.api.profile.updateConsents({
              candidateId: app.claims.candidateId,
              consents: consent,
            });
            store.save(app.interviewId, "consents", consent);
            await app.ready;
            sessionStorage.setItem(`wendu:${app.interviewId}:candidate`, JSON.stringify({ name: candidate.displayName, email: candidate.email }));
            status.textContent = t("consentSaved");
            app.go("choices");
          }),
        ),
      );
    },
  };
}
