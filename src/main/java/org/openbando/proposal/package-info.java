/**
 * Drafting: the proposal's content, its consortium, budget and TRL plan, its attachments, and the list of what still
 * blocks its submission. The one owner of a proposal's status: {@code ProposalStatuses} holds the table of allowed
 * transitions, writes every change with its audit (the deadline-day register's batch too) and takes the proposal's
 * lock. Owns {@code proposal} and {@code attachment}. Offers {@code ProposalService} (views, {@code readable},
 * {@code actionable}, {@code draftFacts}, the lines a caller may lead), {@code ProposalStatuses},
 * {@code AttachmentService}, {@code ProposalDocuments}, the view records, {@code DraftReader} (plain JDBC for deadline
 * day), the ports {@code DraftRules} (which the eligibility feature implements with its rules) and
 * {@code CompletionTerms} (until when a request to complete documents takes files, also eligibility's),
 * {@code ProposalTexts}, its message bundle (the pages, what blocks a draft, the form's errors), and {@code FieldLabels} (a field's label for
 * people from its JSON path).
 */
package org.openbando.proposal;
