/**
 * Reports for auditors and the public (issue 15): read-only projections of the call's life. The funding report of a
 * call per line (page, PDF/A, CSV, XLSX, each figure drilling down to the projects it counts), the open data of funded
 * projects, the dossier of a project (one ZIP with a manifest of SHA-256s, verifiable offline), the search of the
 * audit trail, and the auditor's pages.
 *
 * <p>Reads every other feature only through its facades and view records ({@link org.openbando.report.ProjectFacts}
 * gathers one call's projects in a few bulk reads); changes nothing, so nothing depends on it. Owns its caches of
 * frozen facts only (what a submission froze never changes).
 */
package org.openbando.report;
