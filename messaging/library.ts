/**
 * The treaty library's part of the protocol (issue 5): storing the articles of treaties the
 * user opens, and looking articles up for reference cards. Request types are added here, with
 * their validators and handlers; the router and validator pick them up.
 */
import type { Handlers, RouterContext, Validators } from './context';

export interface LibraryProtocol {}

export const libraryValidators: Validators<keyof LibraryProtocol> = {};

export function libraryHandlers(context: RouterContext): Handlers<keyof LibraryProtocol> {
  void context;
  return {};
}
