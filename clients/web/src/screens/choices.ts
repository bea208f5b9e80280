import type { App, Screen } from "../app";
import { formatDateTime, t } from "../i18n";
import { Language } from "../gen/wendu/v1/common_pb";
import { InterviewMode } from "../gen/wendu/v1/question_gen_pb";
import { timestampDate, timestampFromDate } from "@bufbuild/protobuf/wkt";
import { actionButton, h } from "../ui";
import * as store from "../store";
import type { ConsentChoice } from "./landing";

const SLOT_HOURS = [9, 14, 19];
const MAX_DAYS = 7;

export function candidateTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Slots the candidate can pick: now (if the window is open), then a few hours of the next days in
 * the candidate's own time zone, all inside the employer's window. */
export function slotOptions(windowStart: Date, windowEnd: Date, now = new Date()): { value: string; date: Date | null }[] {
  const options: { value: string; date: Date | null }[] = [];
  if (now >= windowStart && now < windowEnd) options.push({ value: "now", date: null });
  for (let day = 0; day <= MAX_DAYS; day++) {
    for (const hour of SLOT_HOURS) {
      const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + day, hour, 0, 0);
      if (date > now && date >= windowStart && date < windowEnd) options.push({ value: date.toISOString(), date });
    }
  }
  return options;
}

function radio(name: string, value: string, label: string, checked: boolean, disabled = false): HTMLElement {
  return h(
    "label",
    { class: "check" },
    h("input", { type: "radio", name, value, checked, disabled }),
    h("span", null, label),
  );
}

export function choices(app: App): Screen {
  return {
    render() {
      const interview = app.interview;
      const consents = store.load<ConsentChoice>(app.interviewId, "consents", { resumeUse: false, externalData: false, aiScoring: true });
      const windowStart = interview.windowStart ? timestampDate(interview.windowStart) : new Date();
      const windowEnd = interview.windowEnd ? timestampDate(interview.windowEnd) : new Date(Date.now() + 7 * 86400_000);
      const zone = candidateTimeZone();
      const slots = slotOptions(windowStart, windowEnd);
      const chosenSlot = interview.slotStart ? timestampDate(interview.slotStart).toISOString() : slots[0]?.value;
      const slotSelect = h(
        "select",
        { id: "slot", name: "slot" },
        slots.map((slot) =>
          h("option", { value: slot.value, selected: slot.value === chosenSlot }, slot.date ? formatDateTime(slot.date) : t("slotNow")),
        ),
      );
      const modes = [InterviewMode.TEXT, ...interview.offeredModes.filter((m) => m !== InterviewMode.TEXT)];
      const modeLabel: Record<number, string> = {
        [InterviewMode.TEXT]: t("modeText"),
        [InterviewMode.VOICE]: t("modeVoice"),
        [InterviewMode.VIDEO]: t("modeVideo"),
      };
      const currentMode = interview.mode || InterviewMode.TEXT;
      const form = h(
        "form",
        { class: "card", on: { submit: (event: Event) => event.preventDefault() } },
        h("label", { for: "slot", class: "field-label" }, t("slot")),
        slotSelect,
        h("p", { class: "muted", "data-testid": "time-zone" }, t("timeZoneNote", { zone })),
        h(
          "p",
          { class: "muted", "data-testid": "window" },
          t("windowNote", { start: formatDateTime(windowStart), end: formatDateTime(windowEnd) }),
        ),
        h(
          "fieldset",
          null,
          h("legend", null, t("mode")),
          modes.map((mode) => radio("mode", String(mode), modeLabel[mode], mode === currentMode)),
        ),
        h(
          "fieldset",
          null,
          h("legend", null, t("language")),
          radio("language", "zh", "中文", interview.language === Language.ZH),
          radio("language", "en", "English", interview.language !== Language.ZH),
        ),
        h(
          "fieldset",
          null,
          h("legend", null, t("firstScreen")),
          radio("first", "ai", t("firstScreenAi"), consents.aiScoring, !consents.aiScoring),
          radio("first", "human", t("firstScreenHuman"), !consents.aiScoring),
        ),
      );
      const status = h("p", { role: "status", class: "status" });
      form.append(
        status,
        actionButton(t("saveChoices"), async () => {
          const data = new FormData(form);
          const slot = String(data.get("slot") ?? "now");
          const updated = await app.api.interviews.chooseInterviewOptions({
            interviewId: app.interviewId,
            slotStart: slot === "now" ? undefined : timestampFromDate(new Date(slot)),
            mode: Number(data.get("mode")) as InterviewMode,
            language: data.get("language") === "zh" ? Language.ZH : Language.EN,
          });
          app.interview = updated;
          status.textContent = t("choicesSaved", {
            slot: updated.slotStart ? formatDateTime(timestampDate(updated.slotStart)) : t("slotNow"),
          });
          if (data.get("first") === "human") {
            await app.api.interviews.requestHumanScreen({ interviewId: app.interviewId });
            app.go("human");
          } else {
            app.go("guide");
          }
        }),
      );
      return h("section", { "data-screen": "choices" }, h("h1", null, t("choicesTitle")), form);
    },
  };
}

export function humanScreen(_app: App): Screen {
  return {
    render: () =>
      h(
        "section",
        { class: "card calm", "data-screen": "human" },
        h("h1", null, t("humanTitle")),
        h("p", null, t("humanRequested")),
      ),
  };
}
