// Clients generated from protos/ by buf (protoc-gen-es), over Connect through the gateway.
// Only the interview service is in the first bundle; the others (and their schemas, which pull in
// events.proto) load on first use, so the first screen is interactive sooner on a slow phone.
import { createClient, type Client, type Interceptor, type Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-web";
import type { DescService } from "@bufbuild/protobuf";
import { InterviewService } from "./gen/wendu/v1/question_gen_pb";
import type { FeedbackService } from "./gen/wendu/v1/feedback_pb";
import type { TrainingService } from "./gen/wendu/v1/training_pb";
import type { ProfileService } from "./gen/wendu/v1/profile_pb";

export interface Api {
  interviews: Client<typeof InterviewService>;
  feedback: Client<typeof FeedbackService>;
  training: Client<typeof TrainingService>;
  profile: Client<typeof ProfileService>;
}

/** A client whose service schema is imported on its first call (unary methods only). */
function lazyClient<S extends DescService>(transport: Transport, load: () => Promise<S>): Client<S> {
  let client: Promise<Client<S>> | null = null;
  return new Proxy({} as Client<S>, {
    get(_, method: string) {
      return (...args: unknown[]) => {
        client ??= load().then((service) => createClient(service, transport));
        return client.then((c) => (c as unknown as Record<string, (...a: unknown[]) => unknown>)[method](...args));
      };
    },
  });
}

export function connect(token: string, baseUrl = location.origin): Api {
  const bearer: Interceptor = (next) => (request) => {
    request.header.set("Authorization", `Bearer ${token}`);
    return next(request);
  };
  const transport = createConnectTransport({ baseUrl, useBinaryFormat: true, interceptors: [bearer] });
  return {
    interviews: createClient(InterviewService, transport),
    feedback: lazyClient(transport, () => import("./gen/wendu/v1/feedback_pb").then((m) => m.FeedbackService)),
    training: lazyClient(transport, () => import("./gen/wendu/v1/training_pb").then((m) => m.TrainingService)),
    profile: lazyClient(transport, () => import("./gen/wendu/v1/profile_pb").then((m) => m.ProfileService)),
  };
}

export function newKey(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
