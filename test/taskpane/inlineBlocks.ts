/**
 * Headings and paragraphs under `root` that are laid out inline (Fluent's Text and Subtitle render `display: inline`
 * unless given `block`, so a heading and the sentence after it run together on one line), by their text.
 * @example expect(inlineBlocks(document.body)).toEqual([])
 */
export function inlineBlocks(root: Element): string[] {
  return Array.from(root.querySelectorAll("h1, h2, h3, h4, h5, h6, p"))
    .filter((element) => getComputedStyle(element).display === "inline")
    .map((element) => element.textContent ?? "");
}
