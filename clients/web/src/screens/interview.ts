// The interview: one question at a time, live hints and follow-ups over the server stream, a draft
// that survives a reload, and pause/resume/reconnect that lose nothing and show nothing twice.
import { Code, ConnectError } from "@connectrpc/connect";
import type { Api } from "../api";
import { newKey } from "../api";
import type { App, Screen } from "../app";
import { t } from "../i18n";
import { InterviewStatus } from "../gen/wendu/v1/common_pb";
import type { Hint, Interview, InterviewUpdate, Question } from "../gen/wendu/v1/question_gen_pb";
import { actionButton, h } from "../ui";
import * as store from "../store";

type Connection = "live" | "offline" | "reconnecting";
interface Pending {
  questionId: string;
  text: string;
  key: string;
  supplement: boolean;
}

const QUOTE_CHARS = 180;

function quote(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text;
}

function isNetworkError(error: unknown): boolean {
  const code = ConnectError.from(error).code;
  return code === Code.Unavailable || code === Code.Unknown || code === Code.Canceled || code === Code.DeadlineExceeded || code === Code.Internal;
}

export function interviewScreen(app: App, api: Api, interviewId: string, practice: boolean): Screen {
  const questions = new Map<string, Question>();
  const answers = new Map<string, string>(); // question id -> the answer text (with any addition)
  const answerIds = new Map<string, string>(); // answer id -> question id
  const hintsByAnswer = new Map<string, Hint>();
  const acted = new Set<string>(store.load<string[]>(interviewId, "hints-acted", []));
  let interview: Interview | null = null;
  let lastSeq = 0;
  let currentId = "";
  let hint: Hint | null = null;
  let hintState: "shown" | "adding" | "added" = "shown";
  let status = InterviewStatus.IN_PROGRESS;
  let allAnswered = false;
  let connection: Connection = navigator.onLine ? "live" : "offline";
  let waiting = false;
  let pending: Pending | null = store.load<Pending | null>(interviewId, "pending", null);
  let root: HTMLElement | null = null;
  let started = false;
  const abort = new AbortController();

  const rerender = () => {
    if (!root) return;
    const active = document.activeElement as HTMLElement | null;
    const focusId = active?.id;
    const selection = active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : null;
    const fresh = build();
    root.replaceWith(fresh);
    root = fresh;
    if (focusId) {
      const again = document.getElementById(focusId);
      if (again) {
        again.focus({ preventScroll: true });
        if (selection && again instanceof HTMLTextAreaElement) again.setSelectionRange(selection[0], selection[1]);
      }
    }
  };

  function remember(answer: { answerId: string; questionId: string; text: string }) {
    answers.set(answer.questionId, answer.text);
    answerIds.set(answer.answerId, answer.questionId);
  }

  function apply(update: InterviewUpdate) {
    // The stream resumes after the highest seq seen: an item at or below it was already applied.
    const seq = Number(update.seq);
    if (seq <= lastSeq) return;
    lastSeq = seq;
    switch (update.item.case) {
      case "question": {
        const question = update.item.value;
        questions.set(question.questionId, question);
        if (!answers.has(question.questionId)) {
          currentId = question.questionId;
          waiting = false;
        }
        break;
      }
      case "hint": {
        const incoming = update.item.value;
        if (hintsByAnswer.has(incoming.answerId)) break; // at most one hint per answer
        hintsByAnswer.set(incoming.answerId, incoming);
        if (!acted.has(incoming.hintId)) {
          hint = incoming;
          hintState = "shown";
        }
        break;
      }
      case "status":
        status = update.item.value.status;
        allAnswered = update.item.value.allQuestionsAnswered;
        if (allAnswered && currentId && answers.has(currentId)) waiting = false;
        break;
    }
  }

  async function follow() {
    let delay = 500;
    while (!abort.signal.aborted) {
      if (!navigator.onLine) {
        connection = "offline";
        rerender();
        await new Promise<void>((resolve) => window.addEventListener("online", () => resolve(), { once: true, signal: abort.signal }));
        continue;
      }
      try {
        if (connection !== "live") {
          // Back after a drop: one small call proves the way is open, then what waited is sent.
          await api.interviews.getInterview({ interviewId }, { signal: abort.signal });
          connection = "live";
          rerender();
          void sendPending().catch(() => undefined);
        }
        const stream = api.interviews.streamInterview({ interviewId, afterSeq: BigInt(lastSeq) }, { signal: abort.signal });
        for await (const update of stream) {
          if (connection !== "live") {
            connection = "live";
            void sendPending();
          }
          delay = 500;
          apply(update);
          rerender();
        }
        if (status === InterviewStatus.COMPLETED) return;
      } catch (error) {
        if (abort.signal.aborted) return;
        if (!isNetworkError(error)) throw error;
      }
      connection = navigator.onLine ? "reconnecting" : "offline";
      rerender();
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }

  async function sendPending() {
    if (!pending) return;
    const sending = pending;
    try {
      const response = await api.interviews.submitAnswer({
        interviewId,
        questionId: sending.questionId,
        text: sending.text,
        idempotencyKey: sending.key,
        supplement: sending.supplement,
      });
      const answer = response.answer!;
      connection = "live";
      if (sending.supplement) {
        answers.set(sending.questionId, answer.text || `${answers.get(sending.questionId) ?? ""}\n${sending.text}`);
        hintState = "added";
      } else {
        remember({ answerId: answer.answerId, questionId: answer.questionId, text: answer.text });
        store.forget(interviewId, `draft:${sending.questionId}`);
        if (currentId === sending.questionId) waiting = true;
      }
      pending = null;
      store.forget(interviewId, "pending");
      rerender();
    } catch (error) {
      if (isNetworkError(error)) {
        // Kept with its idempotency key: sent again on reconnect, it makes one answer, never two.
        connection = navigator.onLine ? "reconnecting" : "offline";
        rerender();
        return;
      }
      pending = null;
      store.forget(interviewId, "pending");
      rerender();
      throw error;
    }
  }

  function submit(questionId: string, text: string, supplement: boolean) {
    pending = { questionId, text, key: newKey(), supplement };
    store.save(interviewId, "pending", pending);
    return sendPending();
  }

  async function load() {
    let fresh = await api.interviews.getInterview({ interviewId });
    if (fresh.status === InterviewStatus.SCHEDULED) fresh = await api.interviews.startInterview({ interviewId });
    interview = fresh;
    status = fresh.status;
    allAnswered = fresh.allQuestionsAnswered;
    for (const answer of fresh.answers) remember(answer);
    rerender();
    await follow();
  }

  function questionCard(): HTMLElement {
    if (status === InterviewStatus.PAUSED) {
      return h(
        "div",
        { class: "card calm", "data-testid": "paused" },
        h("h2", null, t("pausedTitle")),
        h("p", null, t("pausedText")),
        actionButton(t("resume"), async () => {
          const updated = await api.interviews.resumeInterview({ interviewId });
          status = updated.status;
          rerender();
        }),
      );
    }
    const question = questions.get(currentId);
    if (!question || answers.has(currentId)) {
      if (allAnswered) {
        return h(
          "div",
          { class: "card calm" },
          h("h2", null, t("allAnswered")),
          actionButton(t("finish"), async () => {
            await api.interviews.completeInterview({ interviewId });
            status = InterviewStatus.COMPLETED;
            abort.abort();
            app.go(practice ? "practice-report" : "report");
          }),
        );
      }
      return h("div", { class: "card calm", "aria-busy": "true" }, h("p", { class: "muted" }, waiting || answers.size ? t("waiting") : t("reconnecting")));
    }
    const followed = question.followsUpQuestionId ? answers.get(question.followsUpQuestionId) : undefined;
    const draftKey = `draft:${question.questionId}`;
    const sendingThis = pending !== null && pending.questionId === question.questionId && !pending.supplement;
    const box = h("textarea", {
      id: `answer-${question.questionId}`,
      rows: 7,
      value: sendingThis ? pending!.text : store.load<string>(interviewId, draftKey, ""),
      "aria-describedby": "draft-note",
      on: {
        input: (event: Event) => store.save(interviewId, draftKey, (event.target as HTMLTextAreaElement).value),
      },
    });
    const position = [...questions.keys()].indexOf(question.questionId) + 1;
    return h(
      "div",
      { class: "card question", "data-question-id": question.questionId },
      h("p", { class: "eyebrow" }, question.followsUpQuestionId ? t("followUp") : t("questionOf", { n: position })),
      followed
        ? h("blockquote", { class: "quote", "data-testid": "follow-up-quote" }, h("span", { class: "muted" }, t("youSaid"), " "), `“${quote(followed)}”`)
        : null,
      h("h2", { class: "question-text", id: "question-text" }, question.text),
      h("label", { for: box.id, class: "field-label" }, t("yourAnswer")),
      box,
      h("p", { class: "muted small", id: "draft-note" }, t("draftSaved")),
      sendingThis
        ? h("p", { class: "status", role: "status" }, connection === "live" ? t("sending") : t("offline"))
        : actionButton(t("send"), async () => {
            const text = box.value.trim();
            if (!text) {
              box.focus();
              return;
            }
            await submit(question.questionId, text, false);
          }),
    );
  }

  function hintSlot(): HTMLElement {
    // Always the same height, so a hint appearing moves nothing on the page.
    const slot = h("aside", { class: "hint-slot", tabindex: "0", "aria-label": t("hintArea"), "aria-live": "polite", "data-testid": "hint-slot" });
    if (!hint) {
      slot.append(h("p", { class: "muted" }, t("noHint")));
      return slot;
    }
    const current = hint;
    slot.classList.add("has-hint");
    if (hintState === "added") {
      slot.append(h("p", null, "✓ ", t("added")));
      return slot;
    }
    slot.append(h("p", { class: "hint-text", "data-testid": "hint" }, h("strong", null, t("hintFor")), " ", current.text));
    const act = () => {
      acted.add(current.hintId);
      store.save(interviewId, "hints-acted", [...acted]);
    };
    if (hintState === "adding") {
      const addition = h("textarea", { id: `addition-${current.hintId}`, rows: 3 });
      slot.append(
        h("label", { for: addition.id, class: "field-label" }, t("addition")),
        addition,
        h(
          "div",
          { class: "row" },
          actionButton(t("sendAddition"), async () => {
            const text = addition.value.trim();
            if (!text) return;
            act();
            await submit(current.questionId, text, true);
          }),
        ),
      );
    } else {
      slot.append(
        h(
          "div",
          { class: "row" },
          h("button", { type: "button", class: "secondary", on: { click: () => { hintState = "adding"; rerender(); document.getElementById(`addition-${current.hintId}`)?.focus(); } } }, t("addToAnswer")),
          h("button", { type: "button", class: "link", on: { click: () => { act(); hint = null; rerender(); } } }, t("dismiss")),
        ),
      );
    }
    return slot;
  }

  function build(): HTMLElement {
    const used = Math.round((interview?.timeUsedSeconds ?? 0) / 60);
    return h(
      "section",
      { "data-screen": practice ? "practice" : "interview" },
      practice ? h("p", { class: "banner practice" }, t("practiceBanner")) : null,
      h("h1", null, t("interviewTitle")),
      h(
        "p",
        { class: "connection", role: "status", "data-connection": connection },
        connection === "offline" ? t("offline") : connection === "reconnecting" ? t("reconnecting") : t("noCountdown"),
      ),
      hintSlot(),
      questionCard(),
      h(
        "div",
        { class: "actions spread" },
        status === InterviewStatus.IN_PROGRESS
          ? actionButton(
              t("pause"),
              async () => {
                const updated = await api.interviews.pauseInterview({ interviewId });
                status = updated.status;
                rerender();
              },
              "secondary",
            )
          : null,
        h("span", { class: "muted small" }, t("timeUsed", { minutes: used })),
        practice ? h("button", { type: "button", class: "link", on: { click: () => { abort.abort(); app.go("ready"); } } }, t("backToReal")) : null,
      ),
    );
  }

  const online = () => {
    connection = "reconnecting";
    rerender();
    void sendPending().catch(() => undefined);
  };
  const offline = () => {
    connection = "offline";
    rerender();
  };

  return {
    render() {
      root = build();
      if (!started) {
        started = true;
        window.addEventListener("online", online, { signal: abort.signal });
        window.addEventListener("offline", offline, { signal: abort.signal });
        load().catch((error) => {
          if (abort.signal.aborted) return;
          root?.replaceChildren(h("p", { class: "error", role: "alert" }, ConnectError.from(error).code === Code.Unauthenticated ? t("linkExpired") : t("oopsText")));
        });
      }
      return root;
    },
    dispose() {
      abort.abort();
      root = null;
    },
  };
}
