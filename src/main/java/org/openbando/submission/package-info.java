/**
 * Deadline day: the submit, withdraw, receipt and snapshot endpoints, the protocol register (group commit, plain JDBC,
 * docs/adr/0006), protocol numbers, the frozen snapshot with its SHA-256, the receipt PDF/A, the outbox of the proposal
 * process. Owns {@code submission}, {@code submission_member}, {@code protocol_counter}. Its JDBC reads the other
 * features' tables only through their readers ({@code DraftReader}, {@code CallReader}, {@code OrganizationReader}) and
 * writes the proposal's status through {@code ProposalStatuses}. Offers {@code SubmissionService}, {@code Submissions}
 * (what later phases read: the submission in force, the typed {@code Snapshot}, counts per enterprise),
 * {@code SubmissionReceipt}, {@code ReceiptDocuments}, {@code ProcessStarts}, {@code SubmissionLoad}, and the events
 * {@code ProposalSubmitted} and {@code SubmissionWithdrawn}.
 */
package org.openbando.submission;
