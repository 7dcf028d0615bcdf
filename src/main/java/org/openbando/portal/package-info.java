/**
 * Pages that compose several phases: a call's page with the lines an applicant may lead, the applicant's proposal
 * page (draft, attachments, submission, receipt, review, timeline), the officer's dossier. They read every feature's
 * public surface and decide nothing: every action goes through a feature's service, like the API's. Offers nothing:
 * nothing depends on it.
 */
package org.openbando.portal;
