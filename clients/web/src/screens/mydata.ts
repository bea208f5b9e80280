import { toJson } from "@bufbuild/protobuf";
import type { App, Screen } from "../app";
import { t, type Key } from "../i18n";
import { InterviewSchema } from "../gen/wendu/v1/question_gen_pb";
import { ListHintsResponseSchema, ReportSchema } from "../gen/wendu/v1/feedback_pb";
import { PracticeProgressSchema } from "../gen/wendu/v1/training_pb";
import { ProfileSignal, ProfileSchema, type Profile } from "../gen/wendu/v1/profile_pb";
import { InterviewStatus } from "../gen/wendu/v1/common_pb";
import { actionButton, download, h } from "../ui";
import * as store from "../store";
import type { ConsentChoice } from "./landing";

/** Everything the candidate's token can read about them, as one JSON document. */
async function collect(app: App): Promise<Record<string, unknown>> {
  const interview = await app.api.interviews.getInterview({ interviewId: app.interviewId });
  const hints = await app.api.feedback.listHints({ interviewId: app.interviewId }).catch(() => null);
  const report =
    interview.status === InterviewStatus.COMPLETED ? await app.api.feedback.getReport({ interviewId: app.interviewId }).catch(() => null) : null;
  const practice = await app.api.training.getPracticeProgress({}).catch(() => null);
  const profile = await app.api.profile.getProfile({ candidateId: app.claims.candidateId }).catch(() => null);
  return {
    exportedAt: new Date().toISOString(),
    candidateId: app.claims.candidateId,
    consents: store.load<ConsentChoice | null>(app.interviewId, "consents", null),
    interview: toJson(InterviewSchema, interview),
    hints: hints ? toJson(ListHintsResponseSchema, hints) : null,
    report: report ? toJson(ReportSchema, report) : null,
    practice: practice ? toJson(PracticeProgressSchema, practice) : null,
    profile: profile ? toJson(ProfileSchema, profile) : null,
  };
}

const SIGNAL_TEXT: Partial<Record<ProfileSignal, Key>> = {
  [ProfileSignal.FOUNDER]: "signalFounder",
  [ProfileSignal.CAREER_SWITCHER]: "signalCareerSwitcher",
  [ProfileSignal.LED_PEOPLE]: "signalLedPeople",
  [ProfileSignal.DATA_WORK]: "signalDataWork",
  [ProfileSignal.CAREER_GAP]: "signalCareerGap",
  [ProfileSignal.NOTABLE_PROJECT]: "signalNotableProject",
};

function section(title: string, items: (string | Node)[], testId: string): HTMLElement | null {
  if (!items.length) return null;
  return h("div", { class: "profile-part" }, h("h3", null, title), h("ul", { "data-testid": testId }, items.map((item) => h("li", null, item))));
}

/** What the profile service read from the résumé, in the candidate's words: the facts that drive the questions. */
function resumeView(profile: Profile): HTMLElement[] {
  const roles = profile.experience
    .filter((job) => job.role || job.employer)
    .map((job) => {
      const title = job.role && job.employer ? t("roleAt", { role: job.role, employer: job.employer }) : job.role || job.employer;
      return job.period ? `${title} (${job.period})` : title;
    });
  const education = profile.education
    .filter((school) => school.institution)
    .map((school) => [school.institution, school.major].filter(Boolean).join(" · ") + (school.period ? ` (${school.period})` : ""));
  const notable = new Set(profile.notableProjectNames);
  const projects = [...new Set([...profile.projectNames, ...profile.notableProjectNames])].map((name) => (notable.has(name) ? `${name} (${t("profileNotable")})` : name));
  const signals = [...new Set(profile.signalKinds)].flatMap((kind) => (SIGNAL_TEXT[kind] ? [t(SIGNAL_TEXT[kind])] : []));
  const parts = [
    section(t("profileRoles"), roles, "profile-roles"),
    section(t("profileEducation"), education, "profile-education"),
    section(t("profileProjects"), projects, "profile-projects"),
    section(t("profileSkills"), profile.skills.length ? [profile.skills.join(" · ")] : [], "profile-skills"),
    section(t("profileSignals"), signals, "profile-signals"),
  ].filter((part): part is HTMLElement => part !== null);
  return parts.length ? parts : [h("p", { class: "muted" }, t("profileNone"))];
}

export function myData(app: App): Screen {
  return {
    render() {
      const consents = store.load<ConsentChoice | null>(app.interviewId, "consents", null);
      const yesNo = (value: boolean | undefined) => (value ? t("yes") : t("no"));
      const answers = h("div", { "aria-busy": "true" });
      app.api.interviews
        .getInterview({ interviewId: app.interviewId })
        .then((interview) => {
          answers.removeAttribute("aria-busy");
          const byId = new Map(interview.questions.map((q) => [q.questionId, q.text]));
          answers.replaceChildren(
            interview.answers.length
              ? h("ol", { "data-testid": "my-answers" }, interview.answers.map((a) => h("li", null, h("p", { class: "muted" }, byId.get(a.questionId) ?? ""), h("p", null, a.text))))
              : h("p", { class: "muted" }, t("dataNoAnswers")),
          );
        })
        .catch(() => answers.removeAttribute("aria-busy"));

      // The consents as given on this device, then as the profile service holds them (the truth,
      // also when they were given elsewhere). Same three lines either way: nothing moves.
      const consentLines = (given: ConsentChoice | null | undefined) => [
        h("li", null, `${t("consentResume")}: ${yesNo(given?.resumeUse)}`),
        h("li", null, `${t("consentExternal")}: ${yesNo(given?.externalData)}`),
        h("li", null, `${t("consentAi")}: ${yesNo(given?.aiScoring)}`),
      ];
      const consentList = h("ul", { class: "plain", "data-testid": "my-consents" }, consentLines(consents));
      const resume = h("div", { "aria-busy": "true", "data-testid": "my-profile" }, h("p", { class: "muted" }, "…"));
      app.api.profile
        .getProfile({ candidateId: app.claims.candidateId })
        .then((profile) => {
          resume.removeAttribute("aria-busy");
          resume.replaceChildren(...resumeView(profile));
          if (profile.consents) consentList.replaceChildren(...consentLines(profile.consents));
        })
        .catch(() => {
          resume.removeAttribute("aria-busy");
          resume.replaceChildren(h("p", { class: "muted" }, t("profileNone")));
        });

      const emailInput = h("input", { id: "erase-email", type: "email", autocomplete: "email", required: true }) as HTMLInputElement;
      const dialog = h(
        "dialog",
        { "aria-labelledby": "erase-q" },
        h("p", { id: "erase-q" }, t("eraseConfirm")),
        // The address they were invited at: a forwarded link does not carry it, so the link alone
        // cannot erase anyone (docs/privacy.md).
        h("label", { for: "erase-email" }, t("eraseEmailLabel")),
        emailInput,
        h(
          "div",
          { class: "row" },
          actionButton(
            t("eraseYes"),
            async () => {
              await app.api.profile.eraseCandidate({
                candidateId: app.claims.candidateId,
                confirmEmail: emailInput.value,
              });
              store.forgetAll(app.interviewId);
              sessionStorage.clear();
              dialog.close();
              app.erased = true;
              app.go("erased");
            },
            "danger",
          ),
          h("button", { type: "button", class: "secondary", autofocus: true, on: { click: () => dialog.close() } }, t("eraseNo")),
        ),
      );
      return h(
        "section",
        { "data-screen": "data" },
        h("h1", null, t("dataTitle")),
        h("p", null, t("dataIntro")),
        h(
          "div",
          { class: "card" },
          h("h2", null, t("dataConsents")),
          consentList,
        ),
        h("div", { class: "card" }, h("h2", null, t("profileTitle")), h("p", { class: "muted" }, t("profileIntro")), resume),
        h("div", { class: "card" }, h("h2", null, t("dataAnswers")), answers),
        h(
          "div",
          { class: "card actions wrap" },
          actionButton(
            t("export"),
            async () => {
              const data = await collect(app);
              download(`wendu-my-data-${app.claims.candidateId}.json`, "application/json", JSON.stringify(data, null, 2));
            },
            "secondary",
          ),
          h("button", { type: "button", class: "danger", on: { click: () => dialog.showModal() } }, t("erase")),
          h("button", { type: "button", class: "link", on: { click: () => app.back() } }, t("back")),
        ),
        dialog,
      );
    },
  };
}

export function erased(): Screen {
  return {
    render: () =>
      h("section", { class: "card calm", "data-screen": "erased" }, h("h1", null, t("erasedTitle")), h("p", null, t("erasedText"))),
  };
}
