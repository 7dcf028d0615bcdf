/**
 * Calls for proposals: lines A and B with their budgets, timeline, clusters and thematic areas admitted, evaluation
 * criteria, aid intensities, and the rules the officer sets. Owns {@code grant_call} and its child tables. Offers
 * {@code CallService} ({@code rules(callId)}: the one immutable {@code CallRules} every later phase judges by),
 * {@code CallView}, {@code SubmissionWindow} (when a call takes submissions), the event {@code CallPublished},
 * {@code CallReader} (the rules in plain JDBC, for the deadline-day path only), and {@code CallTexts}, its message
 * bundle.
 */
package org.openbando.call;
