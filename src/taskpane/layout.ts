import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The pane's shared layout classes: vertical stacks at four spacings, rows of buttons, and lists without the
 * browser's indent. Components add only what is theirs.
 * @example const layout = useLayout(); <div className={layout.stack}>…<div className={layout.spread}><Button/><Button/></div></div>
 */
export const useLayout = makeStyles({
  /** Sections of a step, a step's parts. */
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** The pane's top-level panels. */
  stackWide: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  /** A heading with its text, a field with its note. */
  stackNarrow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** Lines of a list or a group of short texts. */
  stackTight: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  /** Back on the left, the next action on the right. */
  spread: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  /** A text with its button beside it, the button wrapping below when the pane is narrow. */
  spreadWrap: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** Buttons on the right. */
  end: { display: "flex", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
  /** Buttons on the left, at their own width. */
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  /** A list indented as the pane's text, not as the browser's default. */
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
