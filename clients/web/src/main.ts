import "./style.css";
import { Code, ConnectError } from "@connectrpc/connect";
import { connect } from "./api";
import { lang, savedLang, setLang, t } from "./i18n";
import { readToken } from "./token";
import { h, show } from "./ui";
import { InterviewStatus, Language } from "./gen/wendu/v1/common_pb";
import type { App, Practice, Screen, Step } from "./app";
import type { Api } from "./api";
import type { CandidateClaims } from "./token";
import { create } from "@bufbuild/protobuf";
import { FirstScreen, InterviewSchema, type Interview } from "./gen/wendu/v1/question_gen_pb";
import * as store from "./store";
import { landing } from "./screens/landing";
import { choices, humanScreen } from "./screens/choices";
import { linkProblem, oops, ended } from "./screens/problems";

let current: Screen | null = null;

function mount(screen: Screen): void {
  current?.dispose?.();
  current = screen;
  show(screen.render());
  // The first usable screen, for the benchmark (make bench-web) and any RUM tool: a User Timing mark.
  if (!performance.getEntriesByName("wendu:first-screen").length) performance.mark("wendu:first-screen");
}

function header(app: App | null): void {
  const bar = document.getElementById("bar")!;
  const other = lang() === "zh" ? "en" : "zh";
  bar.replaceChildren(
    // "Wendu" is 温度 (warmth): the mark shows the character beside the English name only.
    h("span", { class: "brand" }, lang() === "en" ? [h("span", { "aria-hidden": "true" }, "温"), " "] : null, t("appName")),
    h(
      "nav",
      { "aria-label": "Wendu" },
      app && !app.erased
        ? h("button", { type: "button", class: "link", on: { click: () => app.go("data") } }, t("myData"))
        : null,
      h(
        "button",
        {
          type: "button",
          class: "lang",
          lang: other === "zh" ? "zh-CN" : "en",
          "aria-label": t("switchLabel"),
          on: {
            click: () => {
              setLang(other);
              header(app);
              if (current) show(current.render());
            },
          },
        },
        t("switchTo"),
      ),
    ),
  );
  const skip = document.querySelector<HTMLAnchorElement>(".skip");
  if (skip) skip.textContent = t("skip");
}

// The first screens are in the main bundle; the rest load when the candidate gets there.
async function screenFor(app: App, step: Step): Promise<Screen> {
  switch (step) {
    case "landing":
      return landing(app);
    case "choices":
      return choices(app);
    case "human":
      return humanScreen(app);
    case "guide":
      return (await import("./screens/guide")).guide(app);
    case "ready":
      return (await import("./screens/readiness")).readiness(app);
    case "interview":
      return (await import("./screens/interview")).interviewScreen(app, app.api, app.interviewId, false);
    case "practice":
      return (await import("./screens/interview")).interviewScreen(app, app.practice!.api!, app.practice!.interviewId, true);
    case "report":
      return (await import("./screens/report")).report(app, app.api, app.interviewId, false);
    case "practice-report":
      return (await import("./screens/report")).report(app, app.practice!.api!, app.practice!.interviewId, true);
    case "data":
      return (await import("./screens/mydata")).myData(app);
    case "erased":
      return (await import("./screens/mydata")).erased();
  }
}

export function isLinkProblem(error: unknown): boolean {
  const code = ConnectError.from(error).code;
  return code === Code.Unauthenticated || code === Code.PermissionDenied || code === Code.NotFound;
}

function makeApp(claims: CandidateClaims, api: Api, ready: Promise<Interview>): App {
  const app: App = {
    claims,
    api,
    interviewId: claims.interviewId,
    // Filled in when `ready` resolves; every screen but the first waits for it.
    interview: create(InterviewSchema, { interviewId: claims.interviewId }),
    ready,
    erased: false,
    practice: store.load<Practice | null>(claims.interviewId, "practice", null),
    go(step: Step) {
      if (step !== "data" && step !== "erased") store.save(claims.interviewId, "step", step);
      if (step === "practice" || step === "practice-report") {
        app.practice = store.load<Practice | null>(claims.interviewId, "practice", null);
        if (app.practice) app.practice.api = connect(app.practice.token);
      }
      header(app);
      app.ready
        .then(() => screenFor(app, step))
        .then(mount, () => mount(oops(() => location.reload())));
    },
    back() {
      app.go(initialStep(app));
    },
  };
  const practice = app.practice as Practice | null;
  if (practice) practice.api = connect(practice.token);
  return app;
}

async function start(): Promise<void> {
  setLang(lang(), false);
  header(null);
  const claims = readToken(location.hash);
  if (typeof claims === "string") {
    mount(linkProblem(claims === "expired" ? "expired" : claims === "missing" ? "missing" : "invalid"));
    return;
  }
  const api = connect(claims.token);
  const loading = api.interviews.getInterview({ interviewId: claims.interviewId });
  const app = makeApp(claims, api, loading);
  // A first visit starts at the consent screen, which needs nothing from the server to be used:
  // it is shown at once, while the interview is read (one round trip less before it is usable).
  const firstVisit = store.load<Step | null>(claims.interviewId, "step", null) === null;
  if (firstVisit) {
    header(app);
    mount(landing(app));
  }
  try {
    app.interview = await loading;
  } catch (error) {
    if (isLinkProblem(error)) {
      const expired = ConnectError.from(error).rawMessage.includes("expired");
      mount(linkProblem(expired ? "expired" : "invalid"));
    } else {
      mount(oops(() => location.reload()));
    }
    return;
  }
  const interview = app.interview;
  // Until the candidate picks one, the page speaks the interview's language.
  const spoken = interview.language === Language.ZH ? "zh" : interview.language === Language.EN ? "en" : lang();
  const relabel = !savedLang() && spoken !== lang();
  if (relabel) setLang(spoken, false);
  const status = interview.status;
  if (status === InterviewStatus.ABANDONED || status === InterviewStatus.EXPIRED) {
    header(app);
    mount(ended(interview.endReason));
    return;
  }
  const step = initialStep(app);
  if (firstVisit && step === "landing") {
    if (relabel) {
      header(app);
      if (current) show(current.render());
    }
    return;
  }
  app.go(step);
}

function initialStep(app: App): Step {
  const status = app.interview.status;
  if (status === InterviewStatus.COMPLETED) return "report";
  if (status === InterviewStatus.IN_PROGRESS || status === InterviewStatus.PAUSED) return "interview";
  if (app.interview.firstScreen === FirstScreen.HUMAN) return "human";
  const saved = store.load<Step>(app.interviewId, "step", "landing");
  if ((saved === "practice" || saved === "practice-report") && !app.practice) return "ready";
  return saved === "data" || saved === "erased" || saved === "report" || saved === "interview" ? "landing" : saved;
}

window.addEventListener("hashchange", () => location.reload());
start().catch(() => mount(oops(() => location.reload())));
