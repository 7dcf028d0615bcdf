package org.openbando.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openbando.Api.as;
import static org.openbando.Api.page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.EvaluatedCall;
import org.openbando.TestFixtures;
import org.openbando.submission.Submissions;

/**
 * The audit trail searched as an auditor does it, against the real database, on a call built through the API and the
 * processes (AuditedCall): by call, project, organisation (id and VAT number), user, kind of act and period; pages
 * that follow each other return every entry once; the CSV lists the API's entries; every filter out of its bounds is
 * a 400 naming it; the page in Italian and English. That the entries are never altered (an UPDATE or DELETE of
 * audit_event is refused by the database) is ImmutableRecordsTest's.
 */
@QuarkusTest
class AuditSearchTest {

    static final String AUDITOR = TestFixtures.AUDITOR;

    @Inject
    AuditedCall audited;
    @Inject
    Submissions submissions;

    /** An entry as the API gives it. */
    record E(long id, String at, String actor, String type, long entity, String action, String from, String to,
            String detail) {

        boolean is(String t, long id) {
            return type.equals(t) && entity == id;
        }
    }

    /** Every entry of the filters, following the pages (newest first). */
    static List<E> all(Map<String, ?> filters) {
        List<E> found = new ArrayList<>();
        Object after = null;
        do {
            var request = as(AUDITOR).queryParams(filters).queryParam("size", 200);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/audit").then().statusCode(200).extract().jsonPath();
            found.addAll(entries(page));
            after = page.get("next");
        } while (after != null);
        return found;
    }

    static List<E> entries(JsonPath page) {
        List<Map<String, Object>> rows = page.getList("entries");
        return rows.stream().map(r -> new E(((Number) r.get("id")).longValue(), (String) r.get("at"),
                (String) r.get("actor"), (String) r.get("entityType"), ((Number) r.get("entityId")).longValue(),
                (String) r.get("action"), (String) r.get("from"), (String) r.get("to"), (String) r.get("detail")))
                .toList();
    }

    static boolean any(List<E> entries, Predicate<E> p) {
        return entries.stream().anyMatch(p);
    }

    @Test
    void aCallsTrailHoldsTheCallItsProposalsEvaluationsRankingsAndAwardsAndNothingElse() {
        EvaluatedCall.Built call = audited.get();
        List<E> trail = all(Map.of("call", call.callId()));
        assertThat(any(trail, e -> e.is("call", call.callId()) && e.action().equals("published"))).isTrue();
        Set<Long> proposals = new HashSet<>();
        call.proposals().forEach(p -> proposals.add(p.proposalId()));
        for (EvaluatedCall.Proposal p : call.proposals()) {
            assertThat(any(trail, e -> e.is("proposal", p.proposalId()))).as("proposal %s", p.proposalId()).isTrue();
        }
        assertThat(any(trail, e -> e.type().equals("evaluation") && e.action().equals("opened"))).isTrue();
        assertThat(any(trail, e -> e.type().equals("evaluation_assignment") && e.action().equals("assigned")))
                .isTrue();
        assertThat(any(trail, e -> e.type().equals("ranking") && e.action().equals("approved"))).isTrue();
        assertThat(trail.stream().filter(e -> e.type().equals("grant_award") && e.action().equals("concession-opened"))
                .count()).isEqualTo(3);
        // only this call's: no proposal of another call, no organisation or user (those are in no call's scope),
        // though the trail holds the organisations this very call's applicants registered
        assertThat(trail).filteredOn(e -> e.type().equals("proposal")).allMatch(e -> proposals.contains(e.entity()));
        assertThat(trail).noneMatch(e -> e.type().equals("organization") || e.type().equals("user"));
        assertThat(any(all(Map.of("action", "registered")), e -> e.is("organization",
                call.get(0).leadOrganizationId()))).isTrue();
        // newest first
        assertThat(trail).extracting(E::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aProjectsTrailHoldsItsProposalItsEvaluationWithItsSeatsItsAwardAndItsDossiersOnly() {
        EvaluatedCall.Built call = audited.get();
        EvaluatedCall.Proposal a1 = call.get(0);
        EvaluatedCall.Proposal a2 = call.get(1);
        as(AUDITOR).get("/api/dossiers/" + a1.submissionId() + ".zip").then().statusCode(200);
        List<E> trail = all(Map.of("proposal", a1.proposalId()));
        Predicate<E> a1sDossier = e -> e.is(Dossiers.AUDIT_ENTITY, a1.submissionId())
                && e.action().equals(Dossiers.AUDIT_ISSUED) && e.actor().equals(AUDITOR);
        assertThat(any(trail, a1sDossier)).isTrue();
        assertThat(any(all(Map.of("call", call.callId())), a1sDossier)).isTrue();
        assertThat(all(Map.of("proposal", a2.proposalId()))).noneMatch(a1sDossier);
        assertThat(any(trail, e -> e.is("proposal", a1.proposalId()) && e.action().equals("drafted"))).isTrue();
        assertThat(any(trail, e -> e.type().equals("evaluation"))).isTrue();
        assertThat(any(trail, e -> e.type().equals("evaluation_assignment"))).isTrue();
        assertThat(trail.stream().filter(e -> e.type().equals("grant_award")).map(E::entity).distinct().count())
                .isEqualTo(1);
        assertThat(trail).noneMatch(e -> e.is("proposal", a2.proposalId()) || e.type().equals("call")
                || e.type().equals("ranking"));
        // its evaluation and award are not the other project's
        Set<String> mine = new HashSet<>();
        trail.forEach(e -> mine.add(e.type() + e.entity()));
        assertThat(all(Map.of("proposal", a2.proposalId())))
                .noneMatch(e -> !e.type().equals("proposal") && mine.contains(e.type() + e.entity()));
        // project and call together: the project's entries (it belongs to the call)
        assertThat(all(Map.of("proposal", a1.proposalId(), "call", call.callId()))).extracting(E::id)
                .containsExactlyElementsOf(trail.stream().map(E::id).toList());
    }

    @Test
    void anOrganisationsTrailHoldsItselfItsUsersAndTheProjectsItIsAPartyOfByIdOrByVatNumber() {
        EvaluatedCall.Built call = audited.get();
        EvaluatedCall.Proposal a1 = call.get(0);
        EvaluatedCall.Proposal b1 = call.get(2);
        long partner = submissions.get(a1.submissionId()).members().get(1);
        List<E> trail = all(Map.of("organization", partner));
        assertThat(any(trail, e -> e.is("organization", partner) && e.action().equals("registered"))).isTrue();
        assertThat(any(trail, e -> e.type().equals("user") && e.action().equals("acts-for")
                && String.valueOf(partner).equals(e.to()))).isTrue();
        assertThat(any(trail, e -> e.is("proposal", a1.proposalId()))).isTrue();
        assertThat(any(trail, e -> e.type().equals("evaluation"))).isTrue();
        assertThat(any(trail, e -> e.type().equals("grant_award"))).isTrue();
        assertThat(trail).noneMatch(e -> e.is("proposal", b1.proposalId()) || e.is("organization",
                a1.leadOrganizationId()));
        // the partner's VAT number (seed 230001) names the same organisation; typed with the IT prefix too
        assertThat(all(Map.of("organization", "IT" + Api.vat(230001)))).extracting(E::id)
                .containsExactlyElementsOf(trail.stream().map(E::id).toList());
        // a valid VAT number nobody registered matches nothing
        as(AUDITOR).queryParam("organization", Api.vat(239990)).get("/api/audit").then().statusCode(200)
                .body("entries.size()", equalTo(0)).body("next", equalTo(null));
    }

    @Test
    void theTrailByUserByKindOfActAndByPeriodHoldsExactlyWhatMatches() {
        EvaluatedCall.Built call = audited.get();
        EvaluatedCall.Proposal a1 = call.get(0);
        List<E> byUser = all(Map.of("user", a1.lead()));
        assertThat(byUser).isNotEmpty().allMatch(e -> e.actor().equals(a1.lead()));
        assertThat(any(byUser, e -> e.is("proposal", a1.proposalId()) && e.action().equals("drafted"))).isTrue();
        assertThat(any(byUser, e -> e.is("organization", a1.leadOrganizationId()))).isTrue();

        List<E> published = all(Map.of("action", "published", "call", call.callId()));
        assertThat(published).isNotEmpty().allMatch(e -> e.action().equals("published"));
        assertThat(any(published, e -> e.is("call", call.callId()))).isTrue();
        assertThat(published).noneMatch(e -> e.type().equals("ranking")); // the fixture's ranking is not published
        List<E> approved = all(Map.of("action", "approved", "call", call.callId()));
        assertThat(approved).isNotEmpty().allMatch(e -> e.action().equals("approved") && e.type().equals("ranking"));

        // the period: the instant of the lead's draft, inclusive at both ends
        E drafted = byUser.stream().filter(e -> e.action().equals("drafted")).findFirst().orElseThrow();
        Instant at = Instant.parse(drafted.at());
        List<E> thatInstant = all(Map.of("from", at.toString(), "to", at.toString(), "call", call.callId()));
        assertThat(thatInstant).extracting(E::id).contains(drafted.id());
        assertThat(thatInstant).allMatch(e -> Instant.parse(e.at()).equals(at));
        assertThat(all(Map.of("from", at.plusMillis(1).toString(), "user", a1.lead()))).isNotEmpty()
                .allMatch(e -> Instant.parse(e.at()).isAfter(at));
        assertThat(all(Map.of("to", at.minusMillis(1).toString(), "user", a1.lead())))
                .allMatch(e -> Instant.parse(e.at()).isBefore(at)).extracting(E::id).doesNotContain(drafted.id());
        // a day in Rome (a date): from its start to its end
        String day = at.atZone(org.openbando.shared.ClockProducer.ROME).toLocalDate().toString();
        assertThat(all(Map.of("from", day, "to", day, "user", a1.lead()))).extracting(E::id)
                .contains(drafted.id());
    }

    @Test
    void pagesThatFollowEachOtherReturnEveryEntryOnceNewestFirst() {
        EvaluatedCall.Built call = audited.get();
        List<E> whole = all(Map.of("call", call.callId()));
        assertThat(whole.size()).isGreaterThan(7);
        List<Long> paged = new ArrayList<>();
        Object after = null;
        int pages = 0;
        do {
            var request = as(AUDITOR).queryParam("call", call.callId()).queryParam("size", 7);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/audit").then().statusCode(200).extract().jsonPath();
            List<E> entries = entries(page);
            assertThat(entries.size()).isBetween(1, 7);
            entries.forEach(e -> paged.add(e.id()));
            after = page.get("next");
            pages++;
        } while (after != null);
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(whole.stream().map(E::id).toList());
        assertThat(pages).isEqualTo((whole.size() + 6) / 7);
    }

    @Test
    void theCsvListsTheApisEntriesOldestFirstWithTheSameFields() {
        EvaluatedCall.Built call = audited.get();
        List<E> api = new ArrayList<>(all(Map.of("call", call.callId())));
        java.util.Collections.reverse(api);
        String csv = new String(as(AUDITOR).queryParam("call", call.callId()).get("/api/audit.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray(),
                StandardCharsets.UTF_8);
        List<List<String>> rows = CsvReader.parse(csv);
        assertThat(rows.get(0)).containsExactlyElementsOf(AuditCsv.COLUMNS);
        List<List<String>> body = rows.subList(1, rows.size());
        assertThat(body).hasSize(api.size());
        for (int i = 0; i < api.size(); i++) {
            E e = api.get(i);
            List<String> r = body.get(i);
            assertThat(r).containsExactly(String.valueOf(e.id()), Instant.parse(e.at()).toString(), e.actor(),
                    e.type(), String.valueOf(e.entity()), e.action(), CsvReader.neutral(e.from()), CsvReader.neutral(e.to()),
                    CsvReader.neutral(e.detail()));
        }
        // the page's CSV is the same file
        String fromPage = new String(page(AUDITOR).queryParam("call", call.callId()).get("/auditor/audit.csv").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(fromPage).isEqualTo(csv);
    }

    @Test
    void aFilterOutOfItsBoundsIsRefusedNamingIt() {
        String longUser = "u".repeat(101);
        String longAction = "a".repeat(61);
        Map<String, Map<String, String>> refused = new java.util.LinkedHashMap<>();
        refused.put("size", Map.of("size", "0"));
        refused.put("size ", Map.of("size", "201"));
        refused.put(" size", Map.of("size", "ten"));
        refused.put("call", Map.of("call", "-3"));
        refused.put("call ", Map.of("call", "1e3"));
        refused.put("proposal", Map.of("proposal", "99999999999999999999"));
        refused.put("after", Map.of("after", "0"));
        refused.put("organization", Map.of("organization", "12345678901"));
        refused.put("organization ", Map.of("organization", "ACME"));
        refused.put("user", Map.of("user", longUser));
        refused.put("user ", Map.of("user", "bad\u0001user"));
        refused.put("action", Map.of("action", longAction));
        refused.put("from", Map.of("from", "yesterday"));
        refused.put("from ", Map.of("from", "1999-12-31"));
        refused.put("to", Map.of("from", "2026-11-30", "to", "2026-11-01"));
        refused.put("to ", Map.of("from", "2010-01-01", "to", "2026-11-01"));
        refused.forEach((field, filters) -> {
            for (String route : List.of("/api/audit", "/api/audit.csv")) {
                as(AUDITOR).queryParams(filters).get(route).then().statusCode(400)
                        .contentType(containsString("application/problem+json"))
                        .body("errors.field", hasItem(field.strip()));
            }
        });
        // the page shows the form again, naming the filter
        page(AUDITOR).cookie("lang", "en").queryParam("size", "0").get("/auditor/audit").then().statusCode(400)
                .body(containsString("id=\"audit-errors\"")).body(containsString("data-field=\"size\""))
                .body(containsString("Entries per page"));
    }

    @Test
    void theAuditorsPageShowsTheTrailInItalianAndInEnglish() {
        EvaluatedCall.Built call = audited.get();
        List<E> newest = all(Map.of("call", call.callId()));
        String it = page(AUDITOR).cookie("lang", "it").queryParam("call", call.callId()).queryParam("size", 5)
                .get("/auditor/audit").then().statusCode(200).extract().asString();
        assertThat(it).contains("Registro delle attività", "Dalla più recente", "Bando (id)",
                "data-id=\"" + newest.get(0).id() + "\"", "data-id=\"" + newest.get(4).id() + "\"",
                "href=\"/auditor/audit?call=" + call.callId() + "&amp;size=5&amp;after=" + newest.get(4).id() + "\"",
                "href=\"/auditor/audit.csv?call=" + call.callId() + "&amp;size=5\"")
                .doesNotContain("data-id=\"" + newest.get(5).id() + "\"");
        String en = page(AUDITOR).cookie("lang", "en").queryParam("call", call.callId())
                .queryParam("action", "published").get("/auditor/audit").then().statusCode(200).extract().asString();
        assertThat(en).contains("Audit trail", "Newest first", "Call " + call.callId(), "<code>published</code>")
                .doesNotContain("Registro delle attività");
        // the second page of the Italian one goes on where it stopped
        page(AUDITOR).cookie("lang", "it").queryParam("call", call.callId()).queryParam("size", 5)
                .queryParam("after", newest.get(4).id()).get("/auditor/audit").then().statusCode(200)
                .body(containsString("data-id=\"" + newest.get(5).id() + "\""))
                .body(containsString("id=\"audit-first\""));
        // an administrator reads it too; an officer does not
        page(TestFixtures.ADMIN).get("/auditor/audit").then().statusCode(200);
        as(TestFixtures.OFFICER).get("/api/audit").then().statusCode(403);
    }
}
