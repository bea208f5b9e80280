import type { App, Screen } from "../app";
import { t } from "../i18n";
import { h } from "../ui";
import { guideFor } from "./landing";

export function guide(app: App): Screen {
  return {
    render() {
      const body = h("div", { "aria-busy": "true" });
      guideFor(app)
        .then((guide) => {
          body.removeAttribute("aria-busy");
          body.replaceChildren(
            h(
              "div",
              { class: "card" },
              h("h2", null, t("weights")),
              h(
                "ul",
                { class: "weights" },
                guide.dimensions.map((d) =>
                  h(
                    "li",
                    null,
                    h("div", { class: "weight-head" }, h("strong", null, d.name), h("span", { class: "pct" }, `${d.weightPercent}%`)),
                    h("div", { class: "bar-track", "aria-hidden": "true" }, h("div", { class: "bar-fill", style: `width:${d.weightPercent}%` })),
                    h("p", { class: "muted" }, d.meaning),
                    d.strongAnswer ? h("p", null, "✓ ", d.strongAnswer) : null,
                  ),
                ),
              ),
            ),
            h("div", { class: "card" }, h("h2", null, t("steps")), h("ol", null, guide.steps.map((s) => h("li", null, h("strong", null, s.title), " — ", s.detail)))),
            h("div", { class: "card" }, h("h2", null, t("star")), h("p", null, guide.starMethod), h("h2", null, t("timing")), h("p", null, guide.timingNote)),
          );
        })
        .catch(() => body.removeAttribute("aria-busy"));
      return h(
        "section",
        { "data-screen": "guide" },
        h("h1", null, t("guideTitle")),
        body,
        h("div", { class: "actions" }, h("button", { type: "button", class: "primary", on: { click: () => app.go("ready") } }, t("toReadiness"))),
      );
    },
  };
}
