package org.openbando.funding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the funding pages (the officer's concession checklist, the list per call, the beneficiary's page), used in
 * templates as {@code fundpages:key}. Italian is the default; the texts are in {@code messages/fundpages_it.properties}
 * and {@code messages/fundpages_en.properties} (same keys). The funding feature's own texts (problems, documents) are in
 * its bundle {@code funding}. Enumerations are passed by name.
 */
@MessageBundle(value = "fundpages", locale = "it")
public interface FundingPageTexts {

    @Message
    String award_status(String status);

    @Message
    String joining_status(String status);

    @Message
    String line(String line);

    @Message
    String lead();

    @Message
    String grant();

    @Message
    String full_grant();

    @Message
    String partial(String grant, String full);

    @Message
    String moved_up();

    @Message
    String funding_link();

    @Message
    String my_funding();

    @Message
    String my_funding_none();

    @Message
    String readonly();

    @Message
    String done(String what);

    @Message
    String form_error();

    @Message
    String by_at(String by, String at);

    @Message
    String not_done();

    @Message
    String done_badge();

    @Message
    String version_hint(long version);

    @Message
    String computation_title();

    @Message
    String computation_intro();

    @Message
    String partner();

    @Message
    String category();

    @Message
    String eligible_cost();

    @Message
    String intensity();

    @Message
    String explanation();

    @Message
    String total();




    @Message
    String checklist_title();

    @Message
    String checklist_intro();

    @Message
    String cup();

    @Message
    String cup_help();

    @Message
    String cor();

    @Message
    String cor_help();

    @Message
    String durc();

    @Message
    String durc_issued_on();

    @Message
    String durc_valid_until(String day);

    @Message
    String antimafia();

    @Message
    String antimafia_required();

    @Message
    String antimafia_reference();

    @Message
    String line_b_commitment();

    @Message
    String line_b_commitment_record();

    @Message
    String save();

    @Message
    String complete_title();

    @Message
    String complete_ready();

    @Message
    String complete_missing();

    @Message
    String complete();

    @Message
    String decision_title();

    @Message
    String decision_pending();

    @Message
    String decided_at();

    @Message
    String decision_document();

    @Message
    String accept_by(String day);

    @Message
    String accepted(String by, String at);

    @Message
    String renounced(String at, String reason);

    @Message
    String renounced_amount(String amount);

    @Message
    String joining_title();

    @Message
    String joining_due(String day);

    @Message
    String to_join();

    @Message
    String to_join_confirmed();

    @Message
    String to_join_missing();

    @Message
    String proofs();

    @Message
    String proof_file();

    @Message
    String proof_cluster();

    @Message
    String proof_uploaded();

    @Message
    String proof_verdict();

    @Message
    String verdict(String verdict);

    @Message
    String confirm();

    @Message
    String reject();

    @Message
    String reject_reason();

    @Message
    String notice_title();

    @Message
    String notice_at(String at);

    @Message
    String observations_due(String day);

    @Message
    String observations();

    @Message
    String observations_none();

    @Message
    String revocation_title();

    @Message
    String revocation_intro();

    @Message
    String revocation_reason();

    @Message
    String revoke();

    @Message
    String obligation_met();

    @Message
    String revoked(String at, String reason);

    @Message
    String documents();

    @Message
    String document_kind(String kind);

    @Message
    String documents_none();

    @Message
    String call_title(String code);

    @Message
    String call_intro();

    @Message
    String call_none();

    @Message
    String call_link();

    @Message
    String project();

    @Message
    String terms();

    @Message
    String open();

    @Message
    String back_to_call();

    @Message
    String title(String acronym);

    @Message
    String benef_title(String acronym);

    @Message
    String benef_intro();

    @Message
    String accept_title();

    @Message
    String accept_intro();

    @Message
    String accept();

    @Message
    String renounce_title();

    @Message
    String renounce_reason();

    @Message
    String renounce();

    @Message
    String renounce_part_title();

    @Message
    String renounce_part_intro();

    @Message
    String renounce_amount();

    @Message
    String renounce_part();

    @Message
    String proof_title();

    @Message
    String proof_intro();

    @Message
    String proof_enterprise();

    @Message
    String proof_upload();

    @Message
    String observations_title();

    @Message
    String observations_intro();

    @Message
    String observations_text();

    @Message
    String send_observations();

    @Message
    String outcome_title();

    @Message
    String outcome_accepted();

    @Message
    String outcome_revoked();

    @Message
    String outcome_renounced();

    @Message
    String outcome_forfeited();

    @Message
    String outcome_confirmed();

    @Message
    String confirm_accept();
}
