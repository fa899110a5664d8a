/**
 * Highlights and notes: the protocol's annotation part (issue 6).
 */
import type { Handlers, RouterContext, Validators } from './context';

export interface AnnotationProtocol {}

export const annotationValidators: Validators<keyof AnnotationProtocol> = {};

export function annotationHandlers(context: RouterContext): Handlers<keyof AnnotationProtocol> {
  void context;
  return {};
}
