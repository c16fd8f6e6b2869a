/** A chart's value axis: its bounds, the step between gridlines, the gridlines' values and how many decimals they need. */
export interface ValueAxis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
  decimals: number;
}

/** Steps of 1, 2 and 5 times a power of ten, as Excel's automatic axis takes them. */
const NICE_STEPS = [1, 2, 5, 10];

/**
 * The value axis Excel's automatic bounds would give values from `low` to `high`: zero always on it, about
 * `targetTicks` intervals of 1, 2 or 5 × 10ⁿ, bounds on a gridline. Non-finite bounds count as 0; an axis of only
 * zeros runs from 0 to 1.
 * @example valueAxis(0, 930, 5) // { min: 0, max: 1000, step: 200, ticks: [0, 200, 400, 600, 800, 1000], decimals: 0 }
 * @example valueAxis(-3, 7, 5).ticks // [-4, -2, 0, 2, 4, 6, 8]
 */
export function valueAxis(low: number, high: number, targetTicks: number): ValueAxis {
  let from = Math.min(0, Number.isFinite(low) ? low : 0, Number.isFinite(high) ? high : 0);
  let to = Math.max(0, Number.isFinite(low) ? low : 0, Number.isFinite(high) ? high : 0);
  if (from === to) to = from + 1;
  const raw = (to - from) / Math.max(1, Math.round(targetTicks));
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = NICE_STEPS.map((nice) => nice * magnitude).find((candidate) => candidate >= raw * (1 - 1e-12)) ?? 10 * magnitude;
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const round = (value: number) => Number(value.toFixed(decimals));
  from = round(Math.floor(from / step + 1e-9) * step);
  to = round(Math.ceil(to / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let n = 0; from + n * step <= to + step / 2; n += 1) ticks.push(round(from + n * step));
  return { min: from, max: to, step, ticks, decimals };
}
