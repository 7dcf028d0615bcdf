package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openbando.call.Line;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;
import org.openbando.ranking.PublicRanking;

/**
 * The open data's rows from hand-built project facts (no Quarkus): which projects are published, their fields, the
 * CSV's one row per beneficiary, the JSON's one object per project, and the schema naming every field.
 */
class OpenDataRowsTest {

    static final PublicRanking.CallRef CALL = new PublicRanking.CallRef(7, "RD-CLUSTER-2025", "R&D, clusters 2025",
            Instant.parse("2025-09-30T08:00:00Z"));

    static ProjectFacts facts(long protocol, ProjectFacts.Stage stage, String awardStatus, String grant) {
        BigDecimal g = grant == null ? null : new BigDecimal(grant);
        List<ProjectFacts.Participant> members = List.of(
                new ProjectFacts.Participant(10 + protocol, "Capofila " + protocol + " S.r.l.", "0000000000" + protocol,
                        OrganizationType.ENTERPRISE, SizeClass.SMALL, true, new BigDecimal("100000.00"),
                        g == null ? null : new BigDecimal("50000.00"), "Modena"),
                new ProjectFacts.Participant(20 + protocol, "=Partner, \"quoted\"", "0000000001" + protocol,
                        OrganizationType.ENTERPRISE, SizeClass.MICRO, false, new BigDecimal("330000.00"),
                        g == null ? null : g.subtract(new BigDecimal("50000.00")), "Reggio Emilia"));
        return new ProjectFacts(100 + protocol, 200 + protocol, CALL.callId(), CALL.callCode(), Line.A, protocol,
                Instant.parse("2025-05-01T10:00:00Z"), "ACR" + protocol, "Title " + protocol, "Summary " + protocol,
                "MECH", "MECH-01", LocalDate.of(2026, 1, 1), 24, stage, true, true,
                awardStatus != null && Set.of("CONCESSION", "DECIDED", "ACCEPTED").contains(awardStatus),
                awardStatus, new BigDecimal("430000.00"), g, null, false,
                "CONCESSION".equals(awardStatus) ? null : "J12B23000120007", null,
                "ACCEPTED".equals(awardStatus) || "REVOKED".equals(awardStatus)
                        ? Instant.parse("2025-10-15T23:30:00Z") : null, null, Map.of(), members, List.of());
    }

    static List<OpenData.Project> rows(ProjectFacts... facts) {
        return OpenData.projects(CALL, List.of(facts), code -> "Meccatronica", code -> "Robotica");
    }

    @Test
    void publishesTheProjectsWithAnAwardAndKeepsEndedOnesWithTheirStatus() {
        List<OpenData.Project> rows = rows(facts(1, ProjectFacts.Stage.FUNDED, "ACCEPTED", "271000.00"),
                facts(2, ProjectFacts.Stage.RESERVE, null, null),
                facts(3, ProjectFacts.Stage.REVOKED, "REVOKED", "135500.00"),
                facts(4, ProjectFacts.Stage.NOT_FUNDABLE, null, null),
                facts(5, ProjectFacts.Stage.FUNDED, "CONCESSION", "271000.00"));

        assertThat(rows).extracting(OpenData.Project::protocolNumber).containsExactly(1L, 3L, 5L);
        assertThat(rows).extracting(OpenData.Project::status).containsExactly("ACCEPTED", "REVOKED", "CONCESSION");
        assertThat(rows.get(2).cup()).as("no CUP recorded yet").isNull();
    }

    @Test
    void mapsTheMonitoringFields() {
        OpenData.Project p = rows(facts(12, ProjectFacts.Stage.FUNDED, "ACCEPTED", "271000")).get(0);

        assertThat(p.localProjectCode()).isEqualTo("RD-CLUSTER-2025/000012");
        assertThat(p.cup()).isEqualTo("J12B23000120007");
        assertThat(p.callTitle()).isEqualTo("R&D, clusters 2025");
        assertThat(p.rankingPublishedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(p.line()).isEqualTo("A");
        assertThat(p.clusterName()).isEqualTo("Meccatronica");
        assertThat(p.thematicAreaName()).isEqualTo("Robotica");
        assertThat(p.plannedStart()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.plannedEnd()).as("the last day of 24 months").isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(p.publicFunding()).isEqualByComparingTo("271000").hasToString("271000.00");
        assertThat(p.euFunding()).isNull();
        assertThat(p.currency()).isEqualTo("EUR");
        assertThat(p.decisionDate()).as("the day in Rome").isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(p.beneficiaries()).extracting(OpenData.Beneficiary::role).containsExactly("LEAD", "PARTNER");
        assertThat(p.beneficiaries()).extracting(OpenData.Beneficiary::city).containsExactly("Modena",
                "Reggio Emilia");
        assertThat(p.beneficiaries().stream().map(OpenData.Beneficiary::publicFunding)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(p.publicFunding());
    }

    @Test
    void theLocalProjectCodeKeepsLongProtocolNumbersWhole() {
        assertThat(OpenData.localProjectCode("X-1", 1234567)).isEqualTo("X-1/1234567");
        assertThat(OpenData.plannedEnd(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(OpenData.plannedEnd(null, 12)).isNull();
    }

    @Test
    void theCsvHasOneRowPerBeneficiaryWithTheProjectRepeatedAndFormulasDefused() throws IOException {
        StringWriter out = new StringWriter();
        OpenDataFormat.csvHeader(out);
        for (OpenData.Project p : rows(facts(1, ProjectFacts.Stage.FUNDED, "ACCEPTED", "271000.00"))) {
            OpenDataFormat.csv(out, p);
        }
        String[] lines = out.toString().split("\r\n");

        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("cup,local_project_code,").endsWith(
                "beneficiary_role,beneficiary_name,beneficiary_vat_number,beneficiary_type,beneficiary_city,"
                        + "beneficiary_eligible_cost,beneficiary_public_funding");
        assertThat(lines[1]).startsWith("J12B23000120007,RD-CLUSTER-2025/000001,7,RD-CLUSTER-2025,")
                .contains(",2026-01-01,2027-12-31,24,430000.00,271000.00,,EUR,ACCEPTED,2025-10-16,")
                .endsWith(",LEAD,Capofila 1 S.r.l.,00000000001,ENTERPRISE,Modena,100000.00,50000.00");
        assertThat(lines[2]).endsWith(",PARTNER,\"'=Partner, \"\"quoted\"\"\",00000000011,ENTERPRISE,Reggio Emilia,"
                + "330000.00,221000.00");
        assertThat(lines[1].substring(0, lines[1].indexOf(",LEAD,")))
                .isEqualTo(lines[2].substring(0, lines[2].indexOf(",PARTNER,")));
    }

    @Test
    void theJsonHasOneObjectPerProjectWithItsBeneficiariesAndPlainMoney() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = mapper.getFactory().createGenerator(bytes)) {
            out.writeStartArray();
            for (OpenData.Project p : rows(facts(1, ProjectFacts.Stage.FUNDED, "ACCEPTED", "271000"),
                    facts(2, ProjectFacts.Stage.FUNDED, "DECIDED", "100000.00"))) {
                OpenDataFormat.json(out, p);
            }
            out.writeEndArray();
        }
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = mapper.readTree(text);

        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("public_funding").decimalValue()).isEqualByComparingTo("271000");
        assertThat(text).contains("\"public_funding\":271000.00").contains("\"eu_funding\":null");
        assertThat(json.get(0).get("beneficiaries")).hasSize(2);
        assertThat(json.get(0).get("beneficiaries").get(0).get("vat_number").asText()).isEqualTo("00000000001");
        assertThat(json.get(1).get("decision_date").isNull()).isTrue();
    }

    @Test
    void theSchemaNamesEveryFieldOfTheJsonAndNoOther() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode schema = mapper.readTree(OpenDataResource.schemaBytes());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = mapper.getFactory().createGenerator(bytes)) {
            OpenDataFormat.json(out, rows(facts(1, ProjectFacts.Stage.FUNDED, "ACCEPTED", "271000")).get(0));
        }
        JsonNode project = mapper.readTree(bytes.toByteArray());

        JsonNode projectSchema = schema.path("$defs").path("project");
        assertThat(names(project)).isEqualTo(names(projectSchema.path("properties")))
                .isEqualTo(strings(projectSchema.path("required")));
        JsonNode beneficiarySchema = schema.path("$defs").path("beneficiary");
        assertThat(names(project.get("beneficiaries").get(0))).isEqualTo(names(beneficiarySchema.path("properties")))
                .isEqualTo(strings(beneficiarySchema.path("required")));
        assertThat(projectSchema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(beneficiarySchema.path("additionalProperties").asBoolean(true)).isFalse();
        for (JsonNode property : List.of(projectSchema.path("properties"), beneficiarySchema.path("properties"))) {
            property.forEach(p -> assertThat(p.path("description").asText()).as("every field is described")
                    .isNotBlank());
        }
    }

    static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    static Set<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return new TreeSet<>(values);
    }
}
