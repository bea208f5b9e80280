// Every text a candidate reads, in zh and en. The page language can be switched on every screen.

export type Lang = "en" | "zh";

const en = {
  appName: "Wendu",
  switchTo: "中文",
  switchLabel: "切换到中文",
  skip: "Skip to content",
  myData: "My data",
  back: "Back",
  continue: "Continue",
  // landing
  welcomeTitle: "Welcome — let's get you ready",
  invitedBy: "{employer} invites you to a first interview for {position}.",
  invitedAnonymously: "You are invited to a first interview for {position}.",
  whoInvites: "Who is inviting you",
  whatHappens: "What happens",
  whatHappensText:
    "You answer a few questions in writing, one at a time. Take your time: there is no countdown, and you can pause and come back.",
  howLong: "How long",
  howLongText: "Usually about {minutes} minutes, {questions} questions.",
  dataUsed: "What data is used",
  consentTitle: "Your consent, purpose by purpose",
  consentIntro: "Choose what you agree to. You can change this later, and you can erase your data at any time.",
  consentResume: "Use my résumé to personalise the questions",
  consentExternal: "Use public profiles I link (portfolio, code) — optional",
  consentAi: "Let the AI score my answers (without it, a person screens you instead)",
  consentSaved: "Your choices are saved.",
  start: "Continue to my choices",
  // choices
  choicesTitle: "Your choices",
  slot: "When would you like to take it?",
  slotNow: "Now",
  timeZoneNote: "Times are shown in your time zone: {zone}.",
  windowNote: "The employer's window: {start} – {end}.",
  mode: "How you answer",
  modeText: "Text",
  modeVoice: "Voice (transcribed)",
  modeVideo: "Video (transcribed)",
  language: "Interview language",
  firstScreen: "Who screens you first",
  firstScreenAi: "The AI interview, with a report right after",
  firstScreenHuman: "A person at the employer (HR will contact you)",
  saveChoices: "Save my choices",
  choicesSaved: "Saved. Your slot: {slot}.",
  humanRequested: "Thank you. We told HR you prefer a person for the first screen; they will contact you. Nothing else is needed from you now.",
  humanTitle: "A person will screen you",
  // guide
  guideTitle: "How the interview works",
  weights: "What is looked at, and how much it counts",
  steps: "Steps",
  star: "How to structure an answer",
  timing: "Time",
  toReadiness: "Check my setup",
  // readiness + practice
  readyTitle: "A quick check, and practice if you like",
  readyIntro: "Answer one short question to see the flow and the kind of hint you may get. Nothing is stored.",
  yourAnswer: "Your answer",
  check: "Check",
  exampleHint: "Example hint",
  practiceTitle: "Practice interviews",
  practiceText: "As many as you like. Practice results are yours alone: the employer never sees them.",
  startPractice: "Start a practice interview",
  practiceBanner: "Practice — the employer never sees this.",
  backToReal: "Back to my interview",
  startReal: "I'm ready: start the interview",
  // interview
  interviewTitle: "Your interview",
  questionOf: "Question {n}",
  followUp: "Follow-up",
  youSaid: "You said:",
  draftSaved: "Draft saved on this device",
  send: "Send answer",
  sending: "Sending…",
  hintArea: "Hints",
  noHint: "If a hint can help, it appears here. Hints are optional.",
  hintFor: "About your last answer:",
  addToAnswer: "Add to that answer",
  addition: "What you'd like to add",
  sendAddition: "Add it",
  dismiss: "No thanks",
  added: "Added to your answer. Thank you!",
  pause: "Pause",
  resume: "Resume",
  pausedTitle: "Paused",
  pausedText: "Take the time you need. Your answers and your draft are safe.",
  offline: "You are offline. Your draft is safe; we'll reconnect by ourselves.",
  reconnecting: "Reconnecting…",
  waiting: "Thinking about your answer…",
  allAnswered: "That was the last question. Thank you!",
  finish: "Finish and see my report",
  noCountdown: "No countdown — take your time.",
  timeUsed: "Time so far: {minutes} min (guidance only)",
  // report
  reportTitle: "Your report",
  practiceReportTitle: "Your practice report",
  generating: "Your report is being prepared — it usually takes a few seconds.",
  overall: "Overall: {score} / 10",
  radarLabel: "Radar chart of your scores per competency",
  notAssessed: "not assessed",
  strengths: "Strengths",
  improvements: "To improve",
  courses: "Courses and your learning plan",
  downloadPdf: "Download PDF",
  requestReview: "Ask a person to review",
  reviewRequested: "A person will review your interview.",
  reviewReason: "Anything they should know? (optional)",
  requestHrChat: "Ask for a 10-minute chat with HR",
  feelTitle: "How did this interview feel?",
  feelIntro: "One last question. Your answer helps make interviews kinder.",
  feel1: "1 — bad",
  feel2: "2",
  feel3: "3",
  feel4: "4",
  feel5: "5 — good",
  feelComment: "Anything to add? (optional)",
  feelSend: "Send",
  feelThanks: "Thank you for telling us.",
  // my data
  dataTitle: "My data",
  dataIntro: "Everything this interview holds about you that you can see here. You can download it or erase it.",
  dataConsents: "Consents",
  dataAnswers: "Your answers",
  dataHints: "Hints you received",
  dataNoAnswers: "No answers yet.",
  export: "Download my data (JSON)",
  erase: "Erase my data",
  eraseConfirm: "This erases your data from every Wendu service, including this interview. It cannot be undone. Erase?",
  eraseEmailLabel: "To confirm it is you, type the e-mail address your invitation was sent to",
  eraseYes: "Yes, erase everything",
  eraseNo: "Keep my data",
  erasedTitle: "Your data is erased",
  erasedText: "We erased your data from every service. You can close this page.",
  yes: "yes",
  no: "no",
  // errors
  linkProblemTitle: "This link does not open an interview",
  linkExpired: "This link has expired. That happens after an interview ends or when the window has passed — it is not your fault.",
  linkInvalid: "This link is not valid here. It may be incomplete, or meant for another site.",
  linkMissing: "Open the link from your invitation e-mail to start.",
  linkHelp: "Please ask the employer for a new link. Anything you already answered is kept safe.",
  oopsTitle: "Something went wrong on our side",
  oopsText: "Your answers are safe. Please try again in a moment.",
  tryAgain: "Try again",
  endedTitle: "This interview has ended",
  endedText: "This interview is closed ({reason}). If you think this is a mistake, please contact the employer.",
};

export type Key = keyof typeof en;

const zh: Record<Key, string> = {
  appName: "温度",
  switchTo: "English",
  switchLabel: "Switch to English",
  skip: "跳到正文",
  myData: "我的数据",
  back: "返回",
  continue: "继续",
  welcomeTitle: "欢迎！我们一起做好准备",
  invitedBy: "{employer} 邀请你参加「{position}」的初面。",
  invitedAnonymously: "你受邀参加「{position}」的初面。",
  whoInvites: "邀请方",
  whatHappens: "流程",
  whatHappensText: "你将逐一书面回答几个问题。慢慢来：没有倒计时，可以随时暂停，稍后继续。",
  howLong: "时长",
  howLongText: "通常约 {minutes} 分钟，{questions} 个问题。",
  dataUsed: "会使用哪些数据",
  consentTitle: "按用途逐项授权",
  consentIntro: "请选择你同意的用途。之后可以更改，也可以随时删除你的数据。",
  consentResume: "使用我的简历来个性化提问",
  consentExternal: "使用我关联的公开资料（作品集、代码）——可选",
  consentAi: "允许 AI 为我的回答评分（不同意则改由真人初筛）",
  consentSaved: "你的选择已保存。",
  start: "继续，做出我的选择",
  choicesTitle: "你的选择",
  slot: "你想什么时候参加？",
  slotNow: "现在",
  timeZoneNote: "时间按你所在的时区显示：{zone}。",
  windowNote: "雇主设定的时间范围：{start} – {end}。",
  mode: "作答方式",
  modeText: "文字",
  modeVoice: "语音（转写）",
  modeVideo: "视频（转写）",
  language: "面试语言",
  firstScreen: "初筛方式",
  firstScreenAi: "AI 面试，结束后立即获得报告",
  firstScreenHuman: "由雇主的工作人员初筛（HR 会联系你）",
  saveChoices: "保存我的选择",
  choicesSaved: "已保存。你的时间：{slot}。",
  humanRequested: "谢谢。我们已告诉 HR 你希望由真人初筛，他们会联系你。现在你无需再做任何事。",
  humanTitle: "将由真人为你初筛",
  guideTitle: "面试如何进行",
  weights: "考察什么，各占多少",
  steps: "步骤",
  star: "如何组织回答",
  timing: "时间",
  toReadiness: "检查我的设备与流程",
  readyTitle: "快速检查，也可以先练习",
  readyIntro: "回答一个简短的问题，熟悉流程并看看可能收到的提示。不会保存任何内容。",
  yourAnswer: "你的回答",
  check: "检查",
  exampleHint: "示例提示",
  practiceTitle: "模拟面试",
  practiceText: "想练几次都可以。模拟结果只属于你：雇主永远看不到。",
  startPractice: "开始一次模拟面试",
  practiceBanner: "模拟练习——雇主看不到这些内容。",
  backToReal: "回到我的正式面试",
  startReal: "我准备好了：开始面试",
  interviewTitle: "你的面试",
  questionOf: "第 {n} 题",
  followUp: "追问",
  youSaid: "你提到：",
  draftSaved: "草稿已保存在本设备",
  send: "提交回答",
  sending: "正在提交…",
  hintArea: "提示",
  noHint: "如果有能帮到你的提示，会显示在这里。提示仅供参考。",
  hintFor: "关于你刚才的回答：",
  addToAnswer: "补充这个回答",
  addition: "你想补充的内容",
  sendAddition: "补充",
  dismiss: "不用了",
  added: "已补充到你的回答中，谢谢！",
  pause: "暂停",
  resume: "继续",
  pausedTitle: "已暂停",
  pausedText: "需要多久都可以。你的回答和草稿都已妥善保存。",
  offline: "网络已断开。草稿已保存，恢复网络后会自动重新连接。",
  reconnecting: "正在重新连接…",
  waiting: "正在阅读你的回答…",
  allAnswered: "这是最后一个问题。谢谢你！",
  finish: "完成并查看我的报告",
  noCountdown: "没有倒计时——慢慢来。",
  timeUsed: "已用时间：{minutes} 分钟（仅供参考）",
  reportTitle: "你的报告",
  practiceReportTitle: "你的模拟报告",
  generating: "正在生成你的报告，通常只需几秒钟。",
  overall: "总分：{score} / 10",
  radarLabel: "各项能力得分雷达图",
  notAssessed: "未评估",
  strengths: "优势",
  improvements: "可以提升",
  courses: "课程与学习计划",
  downloadPdf: "下载 PDF",
  requestReview: "申请人工复核",
  reviewRequested: "将有工作人员复核你的面试。",
  reviewReason: "有什么需要他们知道的吗？（可选）",
  requestHrChat: "申请与 HR 聊 10 分钟",
  feelTitle: "这次面试感觉如何？",
  feelIntro: "最后一个问题。你的回答会让面试变得更友善。",
  feel1: "1 — 很差",
  feel2: "2",
  feel3: "3",
  feel4: "4",
  feel5: "5 — 很好",
  feelComment: "还有什么想说的？（可选）",
  feelSend: "提交",
  feelThanks: "谢谢你的反馈。",
  dataTitle: "我的数据",
  dataIntro: "这里列出本次面试中你可以查看的全部个人数据。你可以下载或删除。",
  dataConsents: "授权",
  dataAnswers: "你的回答",
  dataHints: "你收到的提示",
  dataNoAnswers: "还没有回答。",
  export: "下载我的数据（JSON）",
  erase: "删除我的数据",
  eraseConfirm: "这会从温度的所有服务中删除你的数据，包括本次面试，且无法恢复。确定删除吗？",
  eraseEmailLabel: "为确认是你本人，请输入收到面试邀请的邮箱地址",
  eraseYes: "是的，全部删除",
  eraseNo: "保留我的数据",
  erasedTitle: "你的数据已删除",
  erasedText: "我们已从所有服务中删除你的数据。你可以关闭此页面。",
  yes: "是",
  no: "否",
  linkProblemTitle: "这个链接无法打开面试",
  linkExpired: "这个链接已过期。面试结束或时间范围已过时会出现这种情况——这不是你的问题。",
  linkInvalid: "这个链接在这里无效。它可能不完整，或属于其他网站。",
  linkMissing: "请从邀请邮件中打开链接开始。",
  linkHelp: "请联系雇主获取新链接。你已经提交的回答都会被妥善保存。",
  oopsTitle: "我们这边出了点问题",
  oopsText: "你的回答是安全的。请稍后再试。",
  tryAgain: "重试",
  endedTitle: "本次面试已结束",
  endedText: "本次面试已关闭（{reason}）。如果你认为有误，请联系雇主。",
};

const dictionaries: Record<Lang, Record<Key, string>> = { en, zh };
let current: Lang = savedLang() ?? (navigator.language.toLowerCase().startsWith("zh") ? "zh" : "en");

/** The language the candidate picked on this device before, if any. */
export function savedLang(): Lang | null {
  try {
    const saved = localStorage.getItem("wendu:lang");
    if (saved === "en" || saved === "zh") return saved;
  } catch {
    /* no storage */
  }
  return null;
}

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang, remember = true): void {
  current = next;
  document.documentElement.lang = next === "zh" ? "zh-CN" : "en";
  if (!remember) return;
  try {
    localStorage.setItem("wendu:lang", next);
  } catch {
    /* no storage */
  }
}

/** Texts of a screen that loads on demand: they travel in its chunk, not in the first bundle. */
export function screenTexts<K extends string>(texts: Record<Lang, Record<K, string>>) {
  return (key: K, params: Record<string, string | number> = {}): string => format(texts[current][key], params);
}

function format(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

export function t(key: Key, params: Record<string, string | number> = {}): string {
  return format(dictionaries[current][key], params);
}

/** A LocalizedText from the API in the page's language. */
export function pick(text: { zh: string; en: string } | undefined): string {
  if (!text) return "";
  return (current === "zh" ? text.zh : text.en) || text.en || text.zh;
}

export function formatDateTime(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat(current === "zh" ? "zh-CN" : "en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}
