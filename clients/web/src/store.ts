// What the app remembers on this device, per interview: the step reached, choices, drafts, the
// idempotency key of an answer being sent. Never personal data beyond the candidate's own draft.

export function key(interviewId: string, name: string): string {
  return `wendu:${interviewId}:${name}`;
}

export function load<T>(interviewId: string, name: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key(interviewId, name));
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function save(interviewId: string, name: string, value: unknown): void {
  try {
    localStorage.setItem(key(interviewId, name), JSON.stringify(value));
  } catch {
    // Private mode or a full disk: the app still works, only without surviving a reload.
  }
}

export function forget(interviewId: string, name: string): void {
  try {
    localStorage.removeItem(key(interviewId, name));
  } catch {
    /* see save */
  }
}

/** Remove everything this app stored for an interview (after erasure). */
export function forgetAll(interviewId: string): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const name = localStorage.key(i);
      if (name?.startsWith(`wendu:${interviewId}:`)) localStorage.removeItem(name);
    }
  } catch {
    /* see save */
  }
}
