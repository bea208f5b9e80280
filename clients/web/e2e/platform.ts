// What the browser tests need from the real platform: its address, and an HR suite's side of things
// (a staff key that creates candidates, positions and interviews) through the same generated client.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
import { create } from "@bufbuild/protobuf";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { createClient, type Interceptor } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import { ProfileService, ConsentsSchema } from "../src/gen/wendu/v1/profile_pb";
import { InterviewService, PositionService } from "../src/gen/wendu/v1/question_gen_pb";
import { FeedbackService } from "../src/gen/wendu/v1/feedback_pb";
import { InterviewKind, Language } from "../src/gen/wendu/v1/common_pb";

export const STATE_FILE = resolve(HERE, "..", ".e2e-state.json");

interface State {
  baseURL: string;
  adminKey: string;
  expiredToken: string;
  foreignToken: string;
}

export function state(): State {
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as State;
}

export function staff() {
  const { baseURL, adminKey } = state();
  const bearer: Interceptor = (next) => (request) => {
    request.header.set("Authorization", `Bearer ${adminKey}`);
    return next(request);
  };
  const transport = createConnectTransport({ baseUrl: baseURL.replace(/\/$/, ""), useBinaryFormat: true, interceptors: [bearer] });
  return {
    profile: createClient(ProfileService, transport),
    positions: createClient(PositionService, transport),
    interviews: createClient(InterviewService, transport),
    feedback: createClient(FeedbackService, transport),
  };
}

export type Lang = "en" | "zh";

export const RESUME: Record<Lang, string> = {
  en:
    "Li Wei — Product lead\n2019-2023 Co-founder & CEO, Brightpath Learning (edtech startup, 12 people)\n" +
    "Founded the company and led a team of 8 engineers; raised a seed round.\n" +
    "2016-2019 Data analyst, Meituan. SQL, A/B tests, Python.\nSkills: product management, SQL, Python\n",
  zh:
    "李伟 — 产品负责人\n2019-2023 联合创始人兼CEO，明途教育（教育科技初创公司，12人）\n创办公司并带领8名工程师的团队，完成种子轮融资。\n" +
    "2016-2019 美团 数据分析师。SQL、A/B测试、Python。\n技能：产品管理、SQL、Python\n",
};

// A career switcher with a notable project: what the "My data" résumé view must show.
export const SWITCHER_RESUME: Record<Lang, string> = {
  en:
    "Chen Jing\nWork experience\n2021-2024 Product manager, Northstar Health\n" +
    "Switched careers from nursing to product management in 2021.\n2014-2021 Nurse, Ruijin Hospital\n" +
    "Projects\nCarePath — patient follow-up app\n- Launched to 200,000 patients; won the 2023 Digital Health Award.\n" +
    "Education\n2010-2014 Fudan University, Bachelor of Nursing\nSkills: SQL, user research, product management\n",
  zh:
    "陈静\n工作经历\n2021-2024 北辰健康 产品经理\n2021年从护士转行做产品经理。\n2014-2021 瑞金医院 护士\n" +
    "项目经历\n康路患者随访App\n- 上线后服务20万名患者，获2023年数字健康奖。\n教育经历\n2010-2014 复旦大学 护理学 本科\n技能：SQL、用户研究、产品管理\n",
};

// Who invites: the HR suite names the employer on the position.
export const EMPLOYER: Record<Lang, string> = { en: "Northwind Robotics", zh: "北风机器人" };

export interface Invitation {
  link: string;
  interviewId: string;
  candidateId: string;
  positionId: string;
  token: string;
  email: string;
}

export async function invite(
  language: Lang,
  options: { windowStart?: Date; windowEnd?: Date; title?: string; resume?: string; employerName?: string } = {},
): Promise<Invitation> {
  const api = staff();
  const lang = language === "zh" ? Language.ZH : Language.EN;
  const run = Math.random().toString(36).slice(2, 10);
  const email = `li.wei+${run}@example.com`;
  const candidate = await api.profile.createCandidate({
    displayName: language === "zh" ? "李伟" : "Li Wei",
    email,
    preferredLanguage: lang,
    resumeText: options.resume ?? RESUME[language],
    consents: create(ConsentsSchema, { resumeUse: true, aiScoring: true }),
  });
  const position = await api.positions.createPosition({
    title: options.title ?? (language === "zh" ? "产品经理" : "Product Manager"),
    employerName: options.employerName ?? EMPLOYER[language],
    competencies: [
      { competencyId: "communication", weightPercent: 30 },
      { competencyId: "problem_solving", weightPercent: 40 },
      { competencyId: "leadership", weightPercent: 30 },
    ],
  });
  const created = await api.interviews.createInterview({
    candidateId: candidate.candidateId,
    positionId: position.positionId,
    language: lang,
    kind: InterviewKind.SELECTION,
    windowStart: options.windowStart ? timestampFromDate(options.windowStart) : undefined,
    windowEnd: options.windowEnd ? timestampFromDate(options.windowEnd) : undefined,
  });
  return {
    link: `${state().baseURL}#${created.candidateToken}`,
    interviewId: created.interview!.interviewId,
    candidateId: candidate.candidateId,
    positionId: position.positionId,
    token: created.candidateToken,
    email,
  };
}

// What the candidate answers, by why the question was asked (as the terminal demo does). The first
// answer tells a decision and leaves out its result: the interviewer follows up and a hint asks for it.
export const ANSWERS: Record<Lang, Record<string, string>> = {
  en: {
    cashFlow:
      "In 2021 our cash runway fell to 3 months. As CEO my task was to extend it, so I decided to renegotiate our cloud contract and to move our school customers to annual plans.",
    supplement: "As a result our monthly burn fell by 40% and the runway grew to 9 months.",
    followUp:
      "I compared two options with my co-founder: let two engineers go or cut marketing. I decided to cut marketing because 70% of our users came from referrals; the trade-off was slower growth for two quarters.",
    followUpResult:
      "I measured it with the numbers we tracked every week: the key metric improved by 40% within two months, and I shared the figures with the team.",
    followUpSteps:
      "First I listed every cost and contract. Then I called our three largest suppliers myself to renegotiate, and I presented the new offer to our top 20 customers in person.",
    data:
      "At Meituan I analysed why new merchants left in their first month. 60% never finished onboarding. I proposed a shorter flow and ran an A/B test; completion rose from 40% to 65% and churn fell by 18%.",
    default:
      "I led a team of 8 engineers through an urgent launch when our main customer moved the deadline two weeks earlier. I split the work into two streams, took the payment integration myself and held a 10-minute check-in every morning. We shipped 3 days early.",
  },
  zh: {
    cashFlow: "2021年公司现金只够撑3个月。作为CEO，我的任务是延长现金跑道，于是我决定重新谈判云服务合同，并把学校客户转为年付。",
    supplement: "结果月度支出降低了40%，现金跑道延长到9个月。",
    followUp:
      "我和联合创始人比较了两个方案：裁掉两名工程师，或者削减市场预算。因为70%的用户来自口碑推荐，我决定削减市场预算；代价是接下来两个季度增长放缓。",
    followUpResult: "我用每周都在跟踪的数据来衡量：两个月内关键指标提升了40%，我把前后对比的数据同步给了团队。",
    followUpSteps: "首先我列出了所有成本和合同。然后我亲自给三家最大的供应商打电话重新谈判，并当面向前20大客户介绍新方案。",
    data: "在美团时，我分析了新商家在第一个月流失的原因。60%的商家没有完成入驻流程。我提出了更短的流程并做了A/B测试，完成率从40%提升到65%，首月流失率下降了18%。",
    default:
      "主要客户把截止日期提前了两周，我带领8名工程师完成了这次紧急上线。我把工作拆成两条线，亲自负责支付对接，每天早上开10分钟的站会。最终我们提前3天上线。",
  },
};
