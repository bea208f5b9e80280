import { t } from "../i18n";
import type { Screen } from "../app";
import { h } from "../ui";

/** A kind page for a link that cannot open an interview: expired, not ours, or incomplete. */
export function linkProblem(kind: "expired" | "invalid" | "missing"): Screen {
  return {
    render: () =>
      h(
        "section",
        { class: "card calm", "data-screen": "link-problem" },
        h("h1", null, t("linkProblemTitle")),
        h("p", null, t(kind === "expired" ? "linkExpired" : kind === "missing" ? "linkMissing" : "linkInvalid")),
        kind === "missing" ? null : h("p", null, t("linkHelp")),
      ),
  };
}

export function oops(retry: () => void): Screen {
  return {
    render: () =>
      h(
        "section",
        { class: "card calm", "data-screen": "oops" },
        h("h1", null, t("oopsTitle")),
        h("p", null, t("oopsText")),
        h("button", { type: "button", class: "primary", on: { click: retry } }, t("tryAgain")),
      ),
  };
}

export function ended(reason: string): Screen {
  return {
    render: () =>
      h(
        "section",
        { class: "card calm", "data-screen": "ended" },
        h("h1", null, t("endedTitle")),
        h("p", null, t("endedText", { reason: reason || "—" })),
      ),
  };
}
