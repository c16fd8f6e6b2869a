/** A point of a two-colour scale: a number and the colour ("#RRGGBB") a cell holding it gets. */
export interface ScalePoint {
  value: number;
  color: string;
}

/** The red, green and blue of "#RRGGBB", 0–255 each. */
function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) throw new Error(`Not a colour "#RRGGBB": "${color}"`);
  return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
}

/**
 * The fill Excel's two-colour scale gives a number: the colours interpolated linearly in RGB by
 * (value − minimum) / (maximum − minimum), clamped to [0, 1] (at or below the minimum its colour, at or above the
 * maximum its colour), each channel rounded. A scale whose two numbers are equal gives the maximum's colour from it on.
 * @example scaleColor(0.5, { value: 0, color: "#FFFFFF" }, { value: 1, color: "#63BE7B" }) // "#B1DFBD"
 */
export function scaleColor(value: number, minimum: ScalePoint, maximum: ScalePoint): string {
  const span = maximum.value - minimum.value;
  const share = span > 0 ? (value - minimum.value) / span : value >= maximum.value ? 1 : 0;
  const t = Math.min(1, Math.max(0, share));
  const low = channels(minimum.color);
  const high = channels(maximum.color);
  return `#${low
    .map((channel, i) => Math.round(channel + (high[i] - channel) * t).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}
