import { makeStyles, tokens } from "@fluentui/react-components";

/** A flex container that still disappears when it has the `hidden` attribute (its `display` would otherwise win over the browser's `[hidden]` rule). */
const flex = { display: "flex", "&[hidden]": { display: "none" } } as const;

/**
 * The pane's shared layout classes: vertical stacks at four spacings, rows of buttons, and lists without the
 * browser's indent; each stack and row honours the `hidden` attribute. Components add only what is theirs.
 * @example const layout = useLayout(); <div className={layout.stack}>…<div className={layout.spread}><Button/><Button/></div></div>
 */
export const useLayout = makeStyles({
  /** Sections of a step, a step's parts. */
  stack: { ...flex, flexDirection: "column", gap: tokens.spacingVerticalM },
  /** The pane's top-level panels. */
  stackWide: { ...flex, flexDirection: "column", gap: tokens.spacingVerticalL },
  /** A heading with its text, a field with its note. */
  stackNarrow: { ...flex, flexDirection: "column", gap: tokens.spacingVerticalS },
  /** Lines of a list or a group of short texts. */
  stackTight: { ...flex, flexDirection: "column", gap: tokens.spacingVerticalXS },
  /** Back on the left, the next action on the right. */
  spread: { ...flex, justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  /** A text with its button beside it, the button wrapping below when the pane is narrow. */
  spreadWrap: { ...flex, alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** Buttons on the right. */
  end: { ...flex, justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
  /** Buttons on the left, at their own width. */
  row: { ...flex, gap: tokens.spacingHorizontalS },
  /** A list indented as the pane's text, not as the browser's default. */
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
