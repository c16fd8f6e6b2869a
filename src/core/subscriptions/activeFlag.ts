/** What a cell saying whether a customer is still active may hold, lower-cased: TRUE/FALSE in en/da/sv, yes/no, ja/nej, 1/0. */
const ACTIVE_WORDS: ReadonlyMap<string, boolean> = new Map<string, boolean>([
  ["true", true], ["false", false], ["sand", true], ["falsk", false], ["sant", true], ["falskt", false],
  ["yes", true], ["no", false], ["ja", true], ["nej", false], ["1", true], ["0", false],
]);

/**
 * Whether a cell says yes or no: a logical value, the number 1 or 0, or one of the words TRUE/FALSE (en), SAND/FALSK
 * (da), SANT/FALSKT (sv), yes/no, ja/nej, 1/0 in any case; undefined when it says neither.
 * @example yesNoFlag(" Ja ") // true
 * @example yesNoFlag("maybe") // undefined
 */
export function yesNoFlag(cell: unknown): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  return typeof cell === "string" ? ACTIVE_WORDS.get(cell.trim().toLowerCase()) : undefined;
}
