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

/**
 * Headings and paragraphs under `root` with a margin of their own (the browser's default 1em), by their text: the
 * pane spaces them with its containers' gaps, so a margin would double the space.
 * @example expect(marginedBlocks(document.body)).toEqual([])
 */
export function marginedBlocks(root: Element): string[] {
  return Array.from(root.querySelectorAll("h1, h2, h3, h4, h5, h6, p"))
    .filter((element) => {
      const style = getComputedStyle(element);
      return ![style.marginTop, style.marginBottom].every((margin) => margin === "0" || margin === "0px");
    })
    .map((element) => element.textContent ?? "");
}
