package org.openbando.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openbando.shared.Problem.FieldViolation;

/** People read a field's name in their language, derived from the JSON path that the API and the checks report. */
@QuarkusTest
class FieldLabelsTest {

    @Test
    void aFieldIsNamedByItsLabelInThePagesLanguage() {
        assertThat(FieldLabels.label("thematicAreaCode", Locale.ITALIAN)).isEqualTo("Area tematica");
        assertThat(FieldLabels.label("thematicAreaCode", Locale.ENGLISH)).isEqualTo("Thematic area");
        assertThat(FieldLabels.label("partners[1].organizationId", Locale.ITALIAN))
                .isEqualTo("Partner 2: organizzazione");
        assertThat(FieldLabels.label("partners[1].organizationId", Locale.ENGLISH))
                .isEqualTo("Partner 2: organisation");
        assertThat(FieldLabels.label("workPackages[0].targetTrl", Locale.ITALIAN))
                .isEqualTo("Work package 1: TRL alla fine");
        assertThat(FieldLabels.label("workPackages[0]", Locale.ENGLISH)).isEqualTo("Work package 1");
        assertThat(FieldLabels.label("content.workPackages[0].milestones[2].month", Locale.ITALIAN))
                .isEqualTo("Work package 1, milestone 3: mese");
        assertThat(FieldLabels.label("budget[4].amount", Locale.ENGLISH)).isEqualTo("Budget row 5: amount");
        assertThat(FieldLabels.label("trl.start", Locale.ITALIAN)).isEqualTo("TRL all'avvio");
        assertThat(FieldLabels.label("attachments.attestation", Locale.ENGLISH)).isEqualTo("Cluster attestation");
    }

    @Test
    void aPathItDoesNotKnowStaysAsItIs() {
        assertThat(FieldLabels.label("somethingNew", Locale.ITALIAN)).isEqualTo("somethingNew");
        assertThat(FieldLabels.label("budget[0].somethingNew", Locale.ENGLISH)).isEqualTo("Budget row 1: somethingNew");
        assertThat(FieldLabels.of(List.of(new FieldViolation("title", "give the project a title")), Locale.ENGLISH))
                .containsExactly(new FieldLabels.Issue("title", "Title", "give the project a title"));
    }
}
