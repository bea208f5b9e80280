import { svg } from "./ui";

export interface RadarPoint {
  label: string;
  /** 0 - 10, or null when not assessed (drawn at the centre, labelled by the caller). */
  score: number | null;
}

/** An SVG radar chart of competency scores (0-10), with a text alternative given by the caller. */
export function radarChart(points: RadarPoint[], label: string): SVGElement {
  const size = 320;
  const centre = size / 2;
  const radius = 110;
  const count = Math.max(points.length, 3);
  const at = (index: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    return [centre + Math.cos(angle) * radius * (value / 10), centre + Math.sin(angle) * radius * (value / 10)];
  };
  const chart = svg("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": label, class: "radar", "data-testid": "radar" });
  for (const ring of [2.5, 5, 7.5, 10]) {
    const ringPoints = Array.from({ length: count }, (_, i) => at(i, ring).join(",")).join(" ");
    chart.append(svg("polygon", { points: ringPoints, class: "radar-ring" }));
  }
  points.forEach((_, i) => {
    const [x, y] = at(i, 10);
    chart.append(svg("line", { x1: centre, y1: centre, x2: x, y2: y, class: "radar-axis" }));
  });
  const shape = points.map((p, i) => at(i, p.score ?? 0).join(",")).join(" ");
  chart.append(svg("polygon", { points: shape, class: "radar-shape" }));
  points.forEach((p, i) => {
    const [x, y] = at(i, p.score ?? 0);
    chart.append(svg("circle", { cx: x, cy: y, r: 4, class: "radar-dot" }));
    const [lx, ly] = at(i, 12.6);
    const anchor = Math.abs(lx - centre) < 8 ? "middle" : lx > centre ? "start" : "end";
    chart.append(svg("text", { x: lx, y: ly + 4, "text-anchor": anchor, class: "radar-label" }, p.label));
  });
  return chart;
}
