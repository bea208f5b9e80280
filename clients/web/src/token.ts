// The candidate token arrives in the link's fragment (#...), which browsers never send to a server.
// Its claims (interview, candidate, expiry) are readable here; the services verify its signature.

export interface CandidateClaims {
  token: string;
  tenantId: string;
  interviewId: string;
  candidateId: string;
  expiresAt: number | null;
}

export type TokenProblem = "missing" | "malformed" | "expired";

function decodeBase64Url(text: string): string {
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function readToken(fragment: string, now = Date.now()): CandidateClaims | TokenProblem {
  const token = decodeURIComponent(fragment.replace(/^#/, "")).trim();
  if (!token) return "missing";
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== "wdu1") return "malformed";
  try {
    const claims = JSON.parse(decodeBase64Url(parts[1])) as Record<string, unknown>;
    const roles = claims.r as unknown;
    if (!Array.isArray(roles) || !roles.includes("candidate") || typeof claims.i !== "string") return "malformed";
    const expiresAt = typeof claims.exp === "number" ? claims.exp * 1000 : null;
    if (expiresAt !== null && expiresAt < now) return "expired";
    return {
      token,
      tenantId: String(claims.t ?? ""),
      interviewId: claims.i,
      candidateId: String(claims.c ?? ""),
      expiresAt,
    };
  } catch {
    return "malformed";
  }
}
