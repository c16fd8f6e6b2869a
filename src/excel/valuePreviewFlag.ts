/**
 * Whether Excel calls a worksheet function for a formula's value preview (Invocation.isInValuePreview), read only
 * where the runtime has CustomFunctionsRuntime 1.5; older runtimes, calls outside Office and an Office not ready yet
 * (no context or requirements) are never a preview. The flag is typed as text but documented as true/false: both are
 * read. Source: Microsoft Learn, "Work with formula value preview mode in your custom functions".
 * @example isInValuePreview(invocation) // true while the user previews part of a formula that calls the function
 */
export function isInValuePreview(invocation: CustomFunctions.Invocation | undefined): boolean {
  try {
    if (!(typeof Office !== "undefined" && Office.context.requirements.isSetSupported("CustomFunctionsRuntime", "1.5"))) return false;
    const flag: unknown = invocation?.isInValuePreview;
    return flag === true || flag === "true";
  } catch {
    return false;
  }
}
