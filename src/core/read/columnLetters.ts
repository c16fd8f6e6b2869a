/**
 * Zero-based column index → the sheet's column letters (A … Z, AA … XFD), as messages name columns.
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
