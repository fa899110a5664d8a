/**
 * Chinese wire datelines: 新华社北京6月28日电, 新華社北京6月28日電, 人民网莫斯科6月28日电. A
 * republished copy opens its first paragraph with one or closes with one in brackets; the
 * structure stage keeps it out of the document's clauses, the detect stage reads the day from it.
 * One definition for every use, so that a traditional copy (電, 人民網) is read like a simplified one.
 */

/** The outlets whose datelines are recognised, simplified and traditional, as a regexp group. */
export const WIRE_OUTLET = '(?:新华社|新華社|人民网|人民網|中新社|中新网|中新網)';

/** A dateline, its day (6月28日) captured: outlet, place, day, 电 or 電. */
export const WIRE_DATELINE = `${WIRE_OUTLET}[\\p{Script=Han}]{1,12}?(\\d{1,2}月\\d{1,2}日)[电電]`;
