import { CodedError } from "./codedError";

/**
 * What the user gave where a number was expected, kept for the error message: the text itself,
 * a logical value (TRUE/FALSE), or `undefined` for something that cannot be shown (an entity, an array).
 */
export type GivenValue = string | boolean | undefined;

/**
 * The parameters of each kind of input error. `row` and `column` are 1-based positions inside the
 * range the argument refers to; numbers are the offending values as received.
 */
export interface InputErrorParameters {
  /** A required argument is empty (omitted, a blank cell or ""). */
  required: Record<string, never>;
  /** The argument is text that is not a number, a logical value, or something else that is not a number. */
  notANumber: { value: GivenValue };
  /** A cell inside a range is neither a number nor blank. */
  cellNotANumber: { value: GivenValue; row: number; column: number };
  mustBeNonNegative: { value: number };
  /** Must be greater than 0 (it is divided by, or the result would be meaningless at 0). */
  mustBePositive: { value: number };
  /** Must be a whole number ≥ 0 (0, 1, 2, …). */
  mustBeWholeNumber: { value: number };
  /** A fraction (rate, share, margin) outside 0–1 that does not look like a percentage. */
  fractionRange: { value: number };
  /** A fraction that must lie strictly between 0 and 1 (a confidence level), given 0, 1 or a value outside. */
  openFractionRange: { value: number };
  /** A fraction above 1 and at most 100: most likely a percentage typed as a whole number (10 for 10 %). */
  rateLooksLikePercent: { value: number };
  /** The argument is greater than another argument that bounds it (conversions > visitors). */
  mustNotExceed: { value: number; limit: number; limitArgument: string };
  /** customersAtEnd − newCustomers (the retained customers) is more than customersAtStart. */
  retainedExceedsStart: { retained: number; customersAtStart: number };
  /** Retention 1 with discount 0 and no horizon: the value is infinite; the argument to give is named. */
  infiniteValue: { retentionRate: number; discountRate: number };
  /** A range has no values at all (every cell is blank). */
  noValues: Record<string, never>;
  /** A net-promoter answer that is not a whole number from 0 to 10. */
  invalidScore: { value: number; row: number; column: number };
  /** A survey answer that is not a whole number on the survey's scale (lowest to highest). */
  offScale: { value: number; row: number; column: number; lowest: number; highest: number };
  /** The argument is required because another argument is a single average rather than per-customer values. */
  countRequiredForAverage: { averageArgument: string };
  /** Valid inputs whose result does not fit in a floating-point number; `argument` lists the arguments involved. */
  resultTooLarge: Record<string, never>;
  /** A range that must be one column (or one row) has several of both. */
  notOneColumn: { rows: number; columns: number };
  /** Two ranges that must hold one value per customer (or row) have different lengths. */
  lengthMismatch: { length: number; otherArgument: string; otherLength: number };
  /** An RFM score that is not a whole number from 1 to 5; `row` is 1-based within the range (1 for a single value). */
  scoreOutOfRange: { value: number; row: number };
  /** A range of labelled model parameters (as KV.BGNBD / KV.GAMMAGAMMA spill them) lacks the named labels. */
  parametersMalformed: { missing: string };
  /** A number that is not an Excel date serial number (before 1900-01-01, the fictitious 1900-02-29, after 9999). */
  notADate: { value: number };
  /** Text that is not one of the accepted choices, listed in `choices` separated by ", ". */
  unknownChoice: { value: GivenValue; choices: string };
  /** Must be a whole number ≥ 1 (1, 2, 3, …): a number of periods stayed, a period of a subscription. */
  mustBePositiveWholeNumber: { value: number };
  /** A cell that must say whether a customer is still active: TRUE/FALSE, 1/0 or yes/no ("" for a blank cell). */
  notYesNo: { value: GivenValue };
  /** A survivors curve that grows: `survivors` customers at the start of `period` (0-based), more than `previous` one period before. */
  survivorsIncrease: { period: number; survivors: number; previous: number };
  /** A subscription model's data with fewer customers than it needs. */
  tooFewCustomers: { customers: number; minimum: number };
  /** Subscription data in which no customer cancelled, so churn cannot be estimated. */
  noChurners: { customers: number };
  /** Subscription data whose every cancellation is in the first period, so how churn changes with tenure is unknown. */
  churnOnlyInFirstPeriod: { churners: number };
  /** Subscription data whose retention does not rise with tenure: one `retentionRate` fits everyone (the sBG's α, β run to infinity). */
  retentionNotRising: { retentionRate: number };
  /** The likelihood maximization of a subscription model stopped after `iterations` steps without converging. */
  fitNotConverged: { iterations: number };
  /** With α ≤ 1 and no discounting the expected remaining lifetime of a subscriber is infinite. */
  infiniteLifetime: { alpha: number };
  /** A discount rate above 0 but below `minimum`: too small to make a difference that can be computed in time. */
  discountRateTooSmall: { value: number; minimum: number };
  /** A range of labelled sBG parameters (as KV.SBG spills them) lacks the named labels. */
  sbgParametersMalformed: { missing: string };
  /** A value of a range that must not be negative (interactions, a reach, a duration). */
  cellNegative: { value: number; row: number; column: number };
  /** A post's reach (or impressions) blank (null) or 0 beside its interactions: an engagement rate needs it > 0. */
  missingReach: { value: number | null; interactions: number; row: number; column: number };
  /** A cell that must be a date (an Excel date serial number, with or without a time of day); text is quoted, a number is not a date. */
  cellNotADate: { value: number | GivenValue; row: number; column: number };
  /** A duration so long (50 years or more) that it is a date: start times given without their ends. */
  durationLooksLikeDate: { value: number; row: number; column: number };
  /** A response's end (`end`) before its start (`start`, in the range `startArgument`); both in days since 1970-01-01 with the time as a fraction. */
  endBeforeStart: { start: number; end: number; startArgument: string; row: number; column: number };
  /** A row with an end (in `endArgument`) but a blank start. */
  missingStart: { endArgument: string; row: number; column: number };
  /** A value that must be a time of day (a fraction of a day from 0 to 1, or text such as "08:00"). */
  notATimeOfDay: { value: number | GivenValue };
  /** Business hours that close (`end`) no later than they open (`start`, the argument `startArgument`); fractions of a day. */
  businessHoursOrder: { start: number; end: number; startArgument: string };
  /** One of the opening and closing times given without the other (`given` names the one given). */
  businessHoursIncomplete: { given: string };
  /** Business hours given for durations, which have no start time to place within them. */
  businessHoursNeedTimes: Record<string, never>;
  /** Holidays given without business hours, which are what holidays are taken out of. */
  holidaysNeedBusinessHours: Record<string, never>;
}

export type InputErrorCode = keyof InputErrorParameters;

/**
 * A wrong input to a calculation, described structurally so that each user interface can word it
 * in the user's language (see src/i18n/errorMessages.ts). `argument` is the argument's name as the
 * user sees it in Excel's formula tooltip (e.g. `averageOrderValue`); for `resultTooLarge` it lists
 * the arguments involved, separated by ", ".
 * @example new InputError("mustBeNonNegative", "orders", { value: -3 })
 */
export class InputError<Code extends InputErrorCode = InputErrorCode> extends CodedError<InputErrorParameters, Code> {
  override readonly name = "InputError";

  constructor(
    code: Code,
    readonly argument: string,
    params: InputErrorParameters[Code],
  ) {
    super(code, params, argument);
  }
}
