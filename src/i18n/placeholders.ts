/**
 * Fills the `{name}` placeholders of a translated text from `values`; a placeholder without a value is left as it is,
 * so a missing value shows in the text instead of vanishing. Shared by every text table of the pane.
 * @example fillPlaceholders("Inserted {formula} in {address}.", { formula: "=KV.AOV(1000, 4)", address: "B2" }) // "Inserted =KV.AOV(1000, 4) in B2."
 */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
