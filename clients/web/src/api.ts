// Clients generated from protos/ by buf (protoc-gen-es), over Connect through the gateway.
import { createClient, type Client, type Interceptor } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import { InterviewService } from "./gen/wendu/v1/question_gen_pb";
import { FeedbackService } from "./gen/wendu/v1/feedback_pb";
import { TrainingService } from "./gen/wendu/v1/training_pb";
import { ProfileService } from "./gen/wendu/v1/profile_pb";

export interface Api {
  interviews: Client<typeof InterviewService>;
  feedback: Client<typeof FeedbackService>;
  training: Client<typeof TrainingService>;
  profile: Client<typeof ProfileService>;
}

export function connect(token: string, baseUrl = location.origin): Api {
  const bearer: Interceptor = (next) => (request) => {
    request.header.set("Authorization", `Bearer ${token}`);
    return next(request);
  };
  const transport = createConnectTransport({ baseUrl, useBinaryFormat: true, interceptors: [bearer] });
  return {
    interviews: createClient(InterviewService, transport),
    feedback: createClient(FeedbackService, transport),
    training: createClient(TrainingService, transport),
    profile: createClient(ProfileService, transport),
  };
}

export function newKey(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
