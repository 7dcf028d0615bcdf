/**
 * Reports for auditors and the public (issue 15): read-only projections of the call's life. The funding report of a
 * call per line (page, PDF/A, CSV, XLSX, each figure drilling down to the projects it counts), the open data of funded
 * projects, the dossier of a project (one ZIP with a manifest of SHA-256s, verifiable offline), the search of the
 * audit trail, and the auditor's pages.
 *
 * <p>Reads every other feature only through its facades and view records ({@link org.openbando.report.ProjectFacts}
 * gathers one call's projects in a few bulk reads); changes nothing, so nothing depends on it. Owns its caches of
 * frozen facts only (what a submission froze never changes).
 *
 * <p>Who owns what here: {@link org.openbando.report.ProjectFactsReader} (the call's projects in a few bulk reads
 * through the facades {@code submission.FrozenSubmissions}, {@code proposal.ProposalService#statusesInCall},
 * {@code ranking.RankingLists}, {@code evaluation.Outcomes}, {@code funding.AwardFacts},
 * {@code organization.OrganizationPlaces}), {@link org.openbando.report.FundingReports} with the rules of
 * {@code ReportRules} (one named function per figure; the drill-down applies the very rule its figure applied), the JSON
 * API {@code ReportResource}, the texts {@link org.openbando.report.ReportTexts} / {@link org.openbando.report.ReportLabels};
 * the exports, open data, dossiers, audit search and auditor's pages render or extend these.
 */
package org.openbando.report;
