import { toJson } from "@bufbuild/protobuf";
import type { App, Screen } from "../app";
import { screenTexts, t } from "../i18n";
import { InterviewSchema } from "../gen/wendu/v1/question_gen_pb";
import { ListHintsResponseSchema, ReportSchema } from "../gen/wendu/v1/feedback_pb";
import { PracticeProgressSchema } from "../gen/wendu/v1/training_pb";
import { type ProfileSignal, ProfileSchema, type Profile } from "../gen/wendu/v1/profile_pb";
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

// By ProfileSignal value (1 founder ... 6 notable project; see profile.proto). Numbers rather than the
// generated enum, whose import would pull the whole profile schema file into this chunk.
// What My data says about the résumé, in zh and en (loaded with this screen).
const tx = screenTexts({
  en: {
    profileTitle: "What Wendu read from your résumé",
    profileIntro: "This is what shapes your questions. If something is wrong, tell the employer; you can also withdraw consent to résumé use.",
    profileNone: "Nothing was read from a résumé, so your questions are not personalised.",
    profileRoles: "Roles",
    profileEducation: "Education",
    profileProjects: "Projects",
    profileSkills: "Skills",
    profileNotable: "stands out",
    profileSignals: "What the interview may ask about",
    signalFounder: "You founded a venture — you may be asked about a hard decision you made as a founder.",
    signalCareerSwitcher: "You changed careers — you may be asked what carried over from your earlier work.",
    signalLedPeople: "You led people — you may be asked how you led a team through something.",
    signalDataWork: "You worked with data — you may be asked how data changed a decision.",
    signalCareerGap: "There is a break between two jobs — you may be asked, kindly, what you did or learned then. You can keep it short.",
    signalNotableProject: "A project stands out (an award, a launch, a patent) — you may be asked about your part in it.",
    roleAt: "{role} at {employer}",
  },
  zh: {
    profileTitle: "温度从你的简历中读到的内容",
    profileIntro: "这些内容决定了你会被问到哪些问题。如有不准确之处，请告诉雇主；你也可以撤回对使用简历的授权。",
    profileNone: "没有从简历中读取任何内容，因此你的问题不是个性化的。",
    profileRoles: "工作经历",
    profileEducation: "教育经历",
    profileProjects: "项目",
    profileSkills: "技能",
    profileNotable: "亮点",
    profileSignals: "面试可能会问到的方面",
    signalFounder: "你有创业经历——可能会问到你作为创始人做过的一个艰难决定。",
    signalCareerSwitcher: "你有转行经历——可能会问到你从之前的工作中带来了什么。",
    signalLedPeople: "你带过团队——可能会问到你如何带领团队完成一件事。",
    signalDataWork: "你做过数据相关工作——可能会问到数据如何改变了一个决定。",
    signalCareerGap: "两段工作之间有一段间隔——可能会友善地问到那段时间你做了什么、学到了什么。简单说明即可。",
    signalNotableProject: "有一个项目很突出（获奖、上线、专利）——可能会问到你在其中的角色。",
    roleAt: "{employer} · {role}",
  },
});

const SIGNAL_TEXT: Partial<Record<ProfileSignal, Parameters<typeof tx>[0]>> = {
  1: "signalFounder",
  2: "signalCareerSwitcher",
  3: "signalLedPeople",
  4: "signalDataWork",
  5: "signalCareerGap",
  6: "signalNotableProject",
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
      const title = job.role && job.employer ? tx("roleAt", { role: job.role, employer: job.employer }) : job.role || job.employer;
      return job.period ? `${title} (${job.period})` : title;
    });
  const education = profile.education
    .filter((school) => school.institution)
    .map((school) => [school.institution, school.major].filter(Boolean).join(" · ") + (school.period ? ` (${school.period})` : ""));
  const notable = new Set(profile.notableProjectNames);
  const projects = [...new Set([...profile.projectNames, ...profile.notableProjectNames])].map((name) => (notable.has(name) ? `${name} (${tx("profileNotable")})` : name));
  const signals = [...new Set(profile.signalKinds)].flatMap((kind) => (SIGNAL_TEXT[kind] ? [tx(SIGNAL_TEXT[kind]!)] : []));
  const parts = [
    section(tx("profileRoles"), roles, "profile-roles"),
    section(tx("profileEducation"), education, "profile-education"),
    section(tx("profileProjects"), projects, "profile-projects"),
    section(tx("profileSkills"), profile.skills.length ? [profile.skills.join(" · ")] : [], "profile-skills"),
    section(tx("profileSignals"), signals, "profile-signals"),
  ].filter((part): part is HTMLElement => part !== null);
  return parts.length ? parts : [h("p", { class: "muted" }, tx("profileNone"))];
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
          resume.replaceChildren(h("p", { class: "muted" }, tx("profileNone")));
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
        h("div", { class: "card" }, h("h2", null, tx("profileTitle")), h("p", { class: "muted" }, tx("profileIntro")), resume),
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
