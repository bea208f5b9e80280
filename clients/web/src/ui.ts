// A tiny DOM helper: no framework, so the first screen is interactive fast on a phone.

type Child = Node | string | number | false | null | undefined;
type Props = Record<string, unknown> & { class?: string; on?: Record<string, (event: Event) => void> };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (key === "on") {
      for (const [name, handler] of Object.entries(value as Record<string, (event: Event) => void>)) {
        element.addEventListener(name, handler);
      }
    } else if (key === "class") {
      element.className = String(value);
    } else if (value === true) {
      element.setAttribute(key, "");
    } else if (value !== false && value !== undefined && value !== null) {
      if (key in element && !key.startsWith("aria-") && !key.startsWith("data-") && key !== "for" && key !== "role") {
        (element as unknown as Record<string, unknown>)[key] = value;
      } else {
        element.setAttribute(key, String(value));
      }
    }
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== false && child !== null && child !== undefined) parent.appendChild(document.createTextNode(String(child)));
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (SVGElement | string)[]): SVGElement {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** Replace the page's main content and move focus to its heading, so screen readers announce it. */
export function show(screen: HTMLElement): void {
  const main = document.getElementById("main")!;
  main.replaceChildren(screen);
  const heading = main.querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: false });
    document.title = `${heading.textContent} · Wendu`;
  }
  window.scrollTo(0, 0);
}

export function download(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = h("a", { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

let describeError: (error: unknown) => string = () => "Error";

/** How a failed action is told to the candidate (set once by main, in the page's language). */
export function setErrorText(describe: (error: unknown) => string): void {
  describeError = describe;
}

/** A button that shows it is busy while its action runs, cannot be pressed twice, and says kindly
 * (in an alert next to it) when the action failed. */
export function actionButton(label: string, action: () => Promise<void>, className = "primary"): HTMLButtonElement {
  const button = h("button", { type: "button", class: className }, label);
  button.addEventListener("click", async () => {
    if (button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    button.disabled = true;
    let alert = button.nextElementSibling;
    if (alert?.classList.contains("error")) alert.textContent = "";
    try {
      await action();
    } catch (error) {
      if (!alert?.classList.contains("error")) {
        alert = h("p", { class: "error", role: "alert" });
        button.after(alert);
      }
      alert.textContent = describeError(error);
    } finally {
      button.removeAttribute("aria-busy");
      button.disabled = false;
    }
  });
  return button;
}
