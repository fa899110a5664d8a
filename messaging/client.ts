/**
 * Sending requests to the background from a content script or an extension page.
 */
import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType, ResponseOf } from './protocol';

/** Sends a request and returns the background's value, or throws its error message. */
export async function send<T extends RequestType>(request: Request<T>): Promise<ResponseOf<T>> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error(`Clausemark: no answer from the background to ${request.type}`);
  if (!reply.ok) throw new Error(`Clausemark: ${request.type} failed: ${reply.error}`);
  return reply.value;
}
