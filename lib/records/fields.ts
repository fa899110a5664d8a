/**
 * Field checks for the records Clausemark stores, and how a check says what is wrong. The same
 * checks guard every way in: messages from content scripts (messaging/) and backup files
 * (lib/export/backup.ts). A check's problem names its place as a path from the checked value
 * down, so that each caller can say where that is in what it received.
 */

/** Field names and list indexes from a checked value down to one part of it. */
export type Path = ReadonlyArray<string | number>;

/** What is wrong with a value, and where in it. */
export interface Problem {
  /** Where: [] for the value itself. */
  path: Path;
  /** What is wrong there, for a person ("expected …"). */
  reason: string;
}

/** A value read from untrusted input: rebuilt field by field, or the first problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Longest title or other short text. */
export const MAX_TEXT = 2_000;
/** Longest URL. */
export const MAX_URL = 8_192;

/** A refusal naming where and why. */
export function refusal(path: Path, reason: string): { ok: false; problem: Problem } {
  return { ok: false, problem: { path, reason } };
}

/** A problem found in a part of a value, placed in the value (`path` leads to the part). */
export function within(path: Path, problem: Problem): Problem {
  return { path: [...path, ...problem.path], reason: problem.reason };
}

/** A path as written after its root: `.body.tags[2]`. */
export function pathText(path: Path): string {
  return path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
}

/** A problem as a message, with `root` naming the checked value: `annotation.body.colour: expected …`. */
export function problemText(root: string, problem: Problem): string {
  return `${root}${pathText(problem.path)}: ${problem.reason}`;
}

/** A plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of at most `max` characters, or null. */
export function isOptionalText(value: unknown, max = MAX_TEXT): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= max);
}

/** A document fingerprint: 16 to 64 lower-case hex digits. */
export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16,64}$/.test(value);
}

/** A lower-case UUID, as annotations are keyed. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
}

/** An eId: lower-case words and numbers joined by underscores (art_25, sec_5__list_1__indent_3). */
export function isEId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && /^[a-z]+(?:_[0-9a-z]+)*(?:__[a-z]+(?:_[0-9a-z]+)*)*$/.test(value);
}

/** A language tag as pages declare them: zh, en, ru-RU, zh-Hans-CN. */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value);
}

/** An http(s) or file URL of a page a document was seen at, or a text was taken from. */
export function isSourceUrl(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_URL && /^(https?|file):/.test(value);
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,3}))?Z$/;

/**
 * An ISO 8601 time in UTC, as `Date.toISOString` writes it (the fraction may be shorter or
 * absent), that names a real instant: 2026-02-31T10:00:00Z or 25:61 matches the pattern, but
 * `Date.parse` reads no instant from it (or another one), so no later copy could be compared
 * with it.
 */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_TIME.exec(value);
  if (!match) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === `${match[1]}.${(match[2] ?? '').padEnd(3, '0')}Z`;
}

/** The reason given for a value that is not an `isIsoTime`. */
export const EXPECTED_TIME = 'expected an ISO time (UTC)';

/** A calendar date, YYYY-MM-DD, of a day that exists (2021-02-29 does not). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoTime(`${value}T00:00:00Z`);
}
