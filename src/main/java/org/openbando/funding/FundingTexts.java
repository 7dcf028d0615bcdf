package org.openbando.funding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.openbando.shared.PublicApi;

/**
 * The texts of funding, used in templates as {@code funding:key} and in Java through
 * {@link org.openbando.shared.Languages#texts}: the statuses, and the wording of the funding decision, the notice
 * before revocation and the revocation (the document's language). Italian is the default; the texts are in
 * {@code messages/funding_it.properties} and {@code messages/funding_en.properties} (same keys). Enumerations are
 * passed by name.
 */
@MessageBundle(value = "funding", locale = "it")
@PublicApi
public interface FundingTexts {

    @Message
    String award_status(String status);

    @Message
    String joining_status(String status);

    @Message
    String category(String category);

    @Message
    String role(String role);

    @Message
    String kind(String kind);

    @Message
    String rounding();

    @Message
    String partial(String grant, String fullGrant);

    @Message
    String obligation_report();

    @Message
    String reason_not_joined(String dueAt, String enterprises);

    @Message
    String reason_observations(String reason);
}
