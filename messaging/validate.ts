/**
 * Shape checks for requests arriving in the background. Anything a content script sends is
 * treated as untrusted input: a page can be hostile, and a compromised content script can
 * send anything. `parseRequest` returns the typed request or says precisely what is wrong.
 */
import type { Parsed, Validators } from './context';
import type { Request, RequestType } from './protocol';
import { annotationValidators } from './annotations';
import { coreValidators } from './core';
import { fail } from './fields';
import { libraryValidators } from './library';
import { isRecord } from '../lib/records/fields';

const VALIDATORS: Validators<RequestType> = { ...coreValidators, ...annotationValidators, ...libraryValidators };

/** Validates an incoming message and returns it typed, or an error naming the bad field. */
export function parseRequest(raw: unknown): Parsed<Request> {
  if (!isRecord(raw)) return fail('message is not an object');
  const type = raw.type;
  if (typeof type !== 'string' || !Object.hasOwn(VALIDATORS, type)) {
    return fail(`unknown message type ${JSON.stringify(String(type)).slice(0, 60)}`);
  }
  return (VALIDATORS[type as RequestType] as (raw: Record<string, unknown>) => Parsed<Request>)(raw);
}
