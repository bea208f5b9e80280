import type { Api } from "./api";
import type { CandidateClaims } from "./token";
import type { Interview } from "./gen/wendu/v1/question_gen_pb";

export type Step =
  | "landing"
  | "choices"
  | "human"
  | "guide"
  | "ready"
  | "interview"
  | "practice"
  | "report"
  | "practice-report"
  | "data"
  | "erased";

export interface Practice {
  interviewId: string;
  token: string;
  attempt: number;
  api?: Api;
}

/** What every screen may use: the candidate's claims, the API, the interview, and navigation. */
export interface App {
  claims: CandidateClaims;
  api: Api;
  interviewId: string;
  interview: Interview;
  /** Resolves (to the same interview) once it was read from the server. */
  ready: Promise<Interview>;
  practice: (Practice & { api?: Api }) | null;
  erased: boolean;
  go(step: Step): void;
  /** Leave "My data" for the screen the candidate is at. */
  back(): void;
}

export interface Screen {
  render(): HTMLElement;
  dispose?(): void;
}
