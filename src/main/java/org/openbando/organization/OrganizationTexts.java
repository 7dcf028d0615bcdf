package org.openbando.organization;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of the organisation pages, used in templates as {@code organization:key}, and the sentence that explains
 * the SME size test ({@code SizeComputation.reason}). Italian is the default; the texts are in
 * {@code messages/organization_it.properties} and {@code messages/organization_en.properties} (same keys).
 * Enumerations are passed by name. Public: the pages of later features and of the portal show these texts too.
 */
@MessageBundle(value = "organization", locale = "it")
@PublicApi
public interface OrganizationTexts {

    @Message
    String size(String size);

    @Message
    String type(String type);

    @Message
    String title();

    @Message
    String none();

    @Message
    String register();

    @Message
    String not_applicant();

    @Message
    String vat();

    @Message
    String name();

    @Message
    String type_label();

    @Message
    String address();

    @Message
    String city();

    @Message
    String legal_rep();

    @Message
    String figures(Integer year);

    @Message
    String staff();

    @Message
    String turnover();

    @Message
    String balance();

    @Message
    String year();

    @Message
    String size_title();

    @Message
    String size_sme();

    @Message
    String size_not_sme();

    @Message
    String computation();

    @Message
    String own();

    @Message
    String aggregated();

    @Message
    String relation(String relation);

    @Message
    String related();

    @Message
    String related_hint();

    @Message
    String related_name();

    @Message
    String holding();

    @Message
    String control();

    @Message
    String exempt();

    @Message
    String memberships();

    @Message
    String membership_hint();

    @Message
    String cluster();

    @Message
    String since();

    @Message
    String until();

    @Message
    String no_membership();

    @Message
    String lines();

    @Message
    String line_a_yes();

    @Message
    String line_b_yes();

    @Message
    String line_none();

    @Message
    String save();

    @Message
    String registered();

    // the SME size test in one sentence (SizeComputation.reason); numbers come written in the reader's language

    /** The class, then the tests that decided it, then the related enterprises counted. */
    @Message
    String size_reason(String label, String tests, String related);

    @Message
    String size_staff(String awu, String comparison, String limit);

    @Message
    String size_turnover(String amount, String comparison, String limit);

    @Message
    String size_balance(String amount, String comparison, String limit);

    @Message
    String size_and(String first, String second);

    @Message
    String size_related(int linked, int partners);

    @Message
    String claim_title();

    @Message
    String claim_hint();

    @Message
    String claim_intro();

    @Message
    String claim_statement();

    @Message
    String claim_document();

    @Message
    String claim_file();

    @Message
    String claim_filed();

    @Message
    String claim_mine();

    @Message
    String claim_organization();

    @Message
    String claim_claimant();

    @Message
    String claim_reason();

    @Message
    String claim_status(String status);

    @Message
    String claim_approve();

    @Message
    String claim_reject();

    @Message
    String claim_decided();

    @Message
    String claims_title();

    @Message
    String claims_hint();

    @Message
    String claims_none();
}
