package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbando.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openbando.Api;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.shared.AuditEvent;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.Sha256;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Issuing stores the PDF/A once with its SHA-256 and serves the same bytes from then on. */
@QuarkusTest
class DocumentServiceTest {

    @Inject
    DocumentService documents;
    @Inject
    TestFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    AuditTrail audit;
    @Inject
    org.openbando.RawSql sql;

    @Test
    void issuingStoresThePdfWithTheHashOfItsBytes() {
        long proposal = proposal("DOC-ISSUE", 1100);
        Instant now = Instant.parse("2026-05-02T09:15:30.250Z");
        clock.moveTo(now);
        DocumentFile doc;
        try {
            doc = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal, "submission:1", "it",
                    "system", Samples.of(DocumentKind.RECEIPT)));
        } finally {
            clock.reset();
        }
        DocumentFile stored = QuarkusTransaction.requiringNew()
                .call(() -> documents.get(proposal, doc.id()).orElseThrow());
        assertThat(stored.sha256()).matches("[0-9a-f]{64}").isEqualTo(Sha256.of(stored.content()));
        assertThat(stored.intact()).isTrue();
        assertThat(stored.sizeBytes()).isEqualTo(stored.content().length);
        assertThat(stored.content()).startsWith("%PDF-".getBytes());
        assertThat(stored.kind()).isEqualTo(DocumentKind.RECEIPT);
        assertThat(stored.language()).isEqualTo("it");
        assertThat(stored.issuedBy()).isEqualTo("system");
        assertThat(stored.issuedAt()).isCloseTo(now, within(2000));
        assertThat(stored.fileName()).isEqualTo("ricevuta-CLUST-2026-4711-submission-1.pdf");
        assertThat(PdfA.validate(stored.content(), PDFAFlavour.PDFA_2_A).failures()).isEmpty();
        List<AuditEvent> trail = QuarkusTransaction.requiringNew().call(() -> audit.of("proposal", proposal));
        assertThat(trail).filteredOn(e -> "document-issued".equals(e.action)).singleElement().satisfies(e -> {
            assertThat(e.actor).isEqualTo("system");
            assertThat(e.toState).isEqualTo("RECEIPT");
            assertThat(e.detail).contains("submission:1").contains(stored.sha256());
        });
    }

    @Test
    void issuingAgainWithTheSameReferenceReturnsTheStoredBytesUntouched() {
        long proposal = proposal("DOC-AGAIN", 1102);
        DocumentFile first = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:7", "it", "olga", Samples.of(DocumentKind.ADMISSION)));
        // later, other data and another language: the document issued for decision:7 stays what it was
        AdmissionData changed = new AdmissionData(Samples.heading(), "Changed notes", "Someone else",
                Instant.now());
        DocumentFile again = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:7", "en", "root", changed));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.content()).isEqualTo(first.content());
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.language()).isEqualTo("it");
        assertThat(again.issuedBy()).isEqualTo("olga");
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(proposal))).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> audit.of("proposal", proposal)))
                .filteredOn(e -> "document-issued".equals(e.action)).hasSize(1);
    }

    @Test
    void aStoredDocumentCannotBeChangedThroughTheEntity() {
        long proposal = proposal("DOC-FROZEN", 1104);
        DocumentFile doc = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "submission:1", "en", "system", Samples.of(DocumentKind.RECEIPT)));
        byte[] original = doc.content().clone();
        QuarkusTransaction.requiringNew().run(() -> {
            IssuedDocument loaded = IssuedDocument.findById(doc.id());
            loaded.content = "not a pdf".getBytes();
            loaded.sha256 = "0".repeat(64);
        });
        DocumentFile reloaded = QuarkusTransaction.requiringNew()
                .call(() -> documents.get(proposal, doc.id()).orElseThrow());
        assertThat(reloaded.content()).isEqualTo(original);
        assertThat(reloaded.intact()).isTrue();
    }

    @Test
    void aProposalListsItsDocumentsInOrderOfIssueAndFindsEachByKindAndReference() {
        long proposal = proposal("DOC-LIST", 1106);
        long other = proposal("DOC-LIST-OTHER", 1108);
        QuarkusTransaction.requiringNew().run(() -> {
            documents.issue(proposal, "submission:1", "it", "system", Samples.of(DocumentKind.RECEIPT));
            documents.issue(proposal, "decision:1", "it", "olga", Samples.of(DocumentKind.COMPLETION_REQUEST));
            documents.issue(proposal, "decision:2", "it", "olga", Samples.of(DocumentKind.COMPLETION_REQUEST));
            documents.issue(other, "submission:1", "en", "system", Samples.of(DocumentKind.RECEIPT));
        });
        List<DocumentSummary> list = QuarkusTransaction.requiringNew().call(() -> documents.list(proposal));
        assertThat(list).extracting(DocumentSummary::kind).containsExactly(DocumentKind.RECEIPT,
                DocumentKind.COMPLETION_REQUEST, DocumentKind.COMPLETION_REQUEST);
        assertThat(list).extracting(DocumentSummary::reference).containsExactly("submission:1", "decision:1",
                "decision:2");
        assertThat(list).allSatisfy(s -> {
            assertThat(s.proposalId()).isEqualTo(proposal);
            assertThat(s.sha256()).matches("[0-9a-f]{64}");
            assertThat(s.sizeBytes()).isPositive();
        });
        DocumentSummary second = list.get(2);
        DocumentFile found = QuarkusTransaction.requiringNew().call(() -> documents.find(proposal,
                DocumentKind.COMPLETION_REQUEST, "decision:2").orElseThrow());
        assertThat(found.id()).isEqualTo(second.id());
        assertThat(found.sha256()).isEqualTo(second.sha256());
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.find(proposal, DocumentKind.ADMISSION,
                "decision:2"))).isEmpty();
        // a document id of one proposal is not found under another
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.get(other, second.id()))).isEmpty();
    }

    @Test
    void aDocumentCannotBeIssuedForAMissingProposal() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(987_654_321L,
                "submission:1", "it", "system", Samples.of(DocumentKind.RECEIPT))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("Proposal 987654321 does not exist");
                });
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(987_654_321L))).isEmpty();
    }

    @Test
    void incompleteDataIsRefusedNamingTheFieldsAndNothingIsStored() {
        long proposal = proposal("DOC-INVALID", 1110);
        NoticeBeforeRejectionData noReasons = new NoticeBeforeRejectionData(Samples.heading(), List.of(), null,
                " ", Instant.now());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:1", "it", "olga", noReasons)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(Problem.FieldViolation::field)
                            .containsExactlyInAnyOrder("data.reasons", "data.observationsDueAt", "data.officer");
                });
        InadmissibilityData unanswered = new InadmissibilityData(Samples.heading(), List.of("TRL too low"),
                "We disagree", null, "olga", Instant.now());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:2", "it", "olga", unanswered)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactly("data.answerToObservations"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "decision:3", "fr", "olga", Samples.of(DocumentKind.ADMISSION))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactly("language"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(proposal))).isEmpty();
    }

    @Test
    void theActsOfIssue14RefuseMissingFactsNamingTheFields() {
        long proposal = proposal("DOC-ACTS-INVALID", 150_020);
        FundingDecisionData d = (FundingDecisionData) Samples.of(DocumentKind.FUNDING_DECISION);
        FundingDecisionData bad = new FundingDecisionData(d.heading(), "E37H2600012000", " ", null, null, d.grant(),
                false, d.obligations(), 0, null, null, null, "olga", Instant.now());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "funding:1", "it", "olga", bad)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactlyInAnyOrder("data.cup", "data.cor",
                                "data.durcIssuedOn", "data.acceptanceTermDays", "data.acceptBy",
                                "data.joiningTermDays", "data.joiningDueAt"));
        RevocationData r = (RevocationData) Samples.of(DocumentKind.REVOCATION);
        RevocationData unanswered = new RevocationData(r.heading(), r.cup(), r.cor(), r.grant(), r.reasons(),
                r.noticeAt(), "We joined late", r.observationsAt(), " ", r.revokedBy(), r.revokedAt());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal,
                "revocation:1", "it", "olga", unanswered)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactly("data.whyNotAccepted"));
        long call = call("DOC-ACTS-INVALID-CALL");
        RankingActData a = (RankingActData) Samples.of(DocumentKind.RANKING_ACT);
        RankingActData.Row excluded = a.excluded().get(0);
        RankingActData noReason = new RankingActData(a.callCode(), a.callTitle(), "C", a.budget(), null, null,
                a.allocated(), a.remainder(), List.of(), a.approvedBy(), a.approvedAt(), a.reserveValidUntil(),
                a.funded(), a.reserve(), a.notFundable(), a.inadmissible(), List.of(new RankingActData.Row(null,
                        excluded.protocolNumber(), excluded.arrivedAt(), null, excluded.title(), excluded.leadName(),
                        null, null, null, null, false, null, List.of())));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call,
                "ranking:1", "it", "olga", noReason)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactlyInAnyOrder("data.line",
                                "data.tieBreaks", "data.excluded[0].reasons"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(proposal))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.listForCall(call))).isEmpty();
    }

    @Test
    void issuingNeedsTheCallersTransaction() {
        long proposal = proposal("DOC-NO-TX", 1112);
        assertThatThrownBy(() -> documents.issue(proposal, "submission:1", "it", "system",
                Samples.of(DocumentKind.RECEIPT))).isInstanceOf(TransactionalException.class);
    }

    @Test
    void aRolledBackTransactionLeavesNoDocument() {
        long proposal = proposal("DOC-ROLLBACK", 1114);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            documents.issue(proposal, "submission:1", "it", "system", Samples.of(DocumentKind.RECEIPT));
            throw new IllegalStateException("the caller's work failed after the document was issued");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(proposal))).isEmpty();
    }

    @Test
    void aCallsDocumentIsStoredForTheCallWithItsHashAndAuditedOnTheCall() {
        long call = call("DOC-CALL-ISSUE");
        Instant now = Instant.parse("2026-05-12T08:30:00.500Z");
        clock.moveTo(now);
        DocumentFile doc;
        try {
            doc = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "ranking:1", "it", "olga",
                    Samples.of(DocumentKind.RANKING_ACT)));
        } finally {
            clock.reset();
        }
        DocumentFile stored = QuarkusTransaction.requiringNew()
                .call(() -> documents.getForCall(call, doc.id()).orElseThrow());
        assertThat(stored.callId()).isEqualTo(call);
        assertThat(stored.proposalId()).isNull();
        assertThat(stored.kind()).isEqualTo(DocumentKind.RANKING_ACT);
        assertThat(stored.sha256()).isEqualTo(Sha256.of(stored.content())).isEqualTo(doc.sha256());
        assertThat(stored.content()).isEqualTo(doc.content()).startsWith("%PDF-".getBytes());
        assertThat(stored.sizeBytes()).isEqualTo(stored.content().length);
        assertThat(stored.issuedAt()).isCloseTo(now, within(2000));
        assertThat(stored.fileName()).isEqualTo("graduatoria-CLUST-2026-A-ranking-1.pdf");
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.findForCall(call, DocumentKind.RANKING_ACT,
                "ranking:1"))).hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(doc.id()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.listForCall(call)))
                .singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(doc.id());
                    assertThat(s.callId()).isEqualTo(call);
                    assertThat(s.proposalId()).isNull();
                    assertThat(s.sha256()).isEqualTo(doc.sha256());
                });
        List<AuditEvent> trail = QuarkusTransaction.requiringNew().call(() -> audit.of("call", call));
        assertThat(trail).filteredOn(e -> "document-issued".equals(e.action)).singleElement().satisfies(e -> {
            assertThat(e.actor).isEqualTo("olga");
            assertThat(e.toState).isEqualTo("RANKING_ACT");
            assertThat(e.detail).contains("ranking:1").contains(stored.sha256());
        });
        // another call does not see it
        long other = call("DOC-CALL-OTHER");
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.getForCall(other, doc.id()))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.listForCall(other))).isEmpty();
    }

    @Test
    void issuingACallsDocumentAgainReturnsTheStoredOneAndConcurrentIssuesStoreOne() throws Exception {
        long call = call("DOC-CALL-AGAIN");
        DocumentFile first = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "line:A", "it",
                "olga", Samples.of(DocumentKind.RANKING_ACT)));
        DocumentFile again = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "line:A", "en",
                "root", Samples.rankingAct(List.of())));
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.content()).isEqualTo(first.content());
        assertThat(again.language()).isEqualTo("it");
        // two transactions issuing one new document at once: the advisory lock makes the second find the first's
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<DocumentFile>> issued = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                issued.add(pool.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "line:B", "it",
                            "olga", Samples.of(DocumentKind.RANKING_ACT)));
                }));
            }
            start.countDown();
            long a = issued.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS).id();
            long b = issued.get(1).get(60, java.util.concurrent.TimeUnit.SECONDS).id();
            assertThat(a).isEqualTo(b);
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.listForCall(call)))
                .extracting(DocumentSummary::reference).containsExactly("line:A", "line:B");
        assertThat(QuarkusTransaction.requiringNew().call(() -> audit.of("call", call)))
                .filteredOn(e -> "document-issued".equals(e.action)).hasSize(2);
    }

    @Test
    void aCallsDocumentAndAProposalsDocumentEachHaveTheirOwnOwner() {
        long proposal = proposal("DOC-OWNERS", 150_010);
        long call = call("DOC-OWNERS-CALL");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal, "ranking:1",
                "it", "olga", Samples.of(DocumentKind.RANKING_ACT))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactly("data"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call,
                "decision:1", "it", "olga", Samples.of(DocumentKind.ADMISSION))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldViolation::field).containsExactly("data"));
        DocumentFile receipt = QuarkusTransaction.requiringNew().call(() -> documents.issue(proposal, "submission:1",
                "it", "system", Samples.of(DocumentKind.RECEIPT)));
        assertThat(receipt.callId()).isNull();
        assertThat(receipt.proposalId()).isEqualTo(proposal);
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.getForCall(call, receipt.id()))).isEmpty();
        // the database refuses a document with both owners or none
        assertThatThrownBy(() -> sql.update("insert into openbando.issued_document (proposal_id, call_id, kind, "
                + "reference, language, file_name, content, size_bytes, sha256, issued_by, issued_at) values (?, ?, "
                + "'RANKING_ACT', 'x', 'it', 'x.pdf', '\\x00', 1, 'x', 'x', now())", proposal, call))
                .hasMessageContaining("issued_document_one_owner");
        assertThatThrownBy(() -> sql.update("insert into openbando.issued_document (kind, reference, language, "
                + "file_name, content, size_bytes, sha256, issued_by, issued_at) values ('RANKING_ACT', 'x', 'it', "
                + "'x.pdf', '\\x00', 1, 'x', 'x', now())")).hasMessageContaining("issued_document_one_owner");
    }

    @Test
    void aCallsDocumentCannotBeIssuedForAMissingCallNorChanged() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(987_654_321L,
                "ranking:1", "it", "olga", Samples.of(DocumentKind.RANKING_ACT))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("Call 987654321 does not exist");
                });
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.listForCall(987_654_321L))).isEmpty();
        long call = call("DOC-CALL-FROZEN");
        DocumentFile doc = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "ranking:1", "it",
                "olga", Samples.of(DocumentKind.RANKING_ACT)));
        // V12's triggers still refuse to change or remove a call's document
        assertThatThrownBy(() -> sql.update("update openbando.issued_document set reference = 'other' where id = ?",
                doc.id())).hasMessageContaining("is refused");
        assertThatThrownBy(() -> sql.update("delete from openbando.issued_document where id = ?", doc.id()))
                .hasMessageContaining("is refused");
    }

    @Test
    void aCallsDocumentWhoseBytesChangedIsNotServed() {
        long call = call("DOC-CALL-TAMPERED");
        DocumentFile doc = QuarkusTransaction.requiringNew().call(() -> documents.issueForCall(call, "ranking:1", "it",
                "olga", Samples.of(DocumentKind.RANKING_ACT)));
        sql.tamper("update openbando.issued_document set content = content || '\\x0a'::bytea where id = ?",
                doc.id());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> documents.getForCall(call, doc.id())))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.slug()).isEqualTo("integrity-failure");
                });
        // the administrators' incident names the document, with no proposal
        assertThat(sql.queryLong("select count(*) from openbando.incident where subject = ? and proposal_id is null "
                + "and closed_at is null", "document:" + doc.id())).isEqualTo(1);
    }

    private static org.assertj.core.data.TemporalUnitOffset within(long millis) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(millis, ChronoUnit.MILLIS);
    }

    /** A real call row (published, open); returns its id. */
    private static long call(String callCode) {
        long call = as(TestFixtures.OFFICER).body(Api.call(callCode, -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        return call;
    }

    /** A real proposal row (a draft of a new applicant in a new open call); returns its id. */
    private long proposal(String callCode, int vatSeed) {
        long call = as(TestFixtures.OFFICER).body(Api.call(callCode, -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        String lead = fixtures.applicant(callCode.toLowerCase() + "-lead");
        as(lead).body(Api.enterprise("Capofila " + callCode, Api.vat(vatSeed), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201);
        return as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
