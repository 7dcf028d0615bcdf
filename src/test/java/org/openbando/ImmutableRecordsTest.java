package org.openbando;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.openbando.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * Records that cannot be rewritten (V12): the application's database role cannot change nor remove the audit trail,
 * the issued documents, what a submission froze, nor the attachments a submission listed; what the application does
 * change (a withdrawal, once; the start of the process; a draft's own attachments) still works.
 */
@QuarkusTest
class ImmutableRecordsTest {

    @Inject
    TestFixtures fixtures;
    @Inject
    RawSql sql;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    ManagementService management;

    @Test
    void theDatabaseRefusesToRewriteTheAuditTrail() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "IMM-AUDIT", 6200);
        refused("update openbando.audit_event set actor = 'someone else' where entity_type = 'proposal' "
                + "and entity_id = ?", s.proposal());
        refused("delete from openbando.audit_event where entity_type = 'proposal' and entity_id = ?", s.proposal());
        refused("truncate openbando.audit_event");
    }

    @Test
    void theDatabaseRefusesToRewriteTheRecordOfAReading() throws SQLException {
        sql.update("insert into openbando.document_reading (verification_code, kind, call_id, act_call_code, read_at, "
                + "issued_at, issued_by, sha256, size_bytes) values ('MMRR-0000-0000-0001', 'FUNDING_REPORT', 1, "
                + "'IMM-READ', now(), now(), 'auditor', repeat('a', 64), 10)");
        refused("update openbando.document_reading set sha256 = repeat('b', 64) "
                + "where verification_code = 'MMRR-0000-0000-0001'");
        refused("delete from openbando.document_reading where verification_code = 'MMRR-0000-0000-0001'");
        refused("truncate openbando.document_reading");
    }

    @Test
    void theDatabaseRefusesToRewriteIssuedDocuments() {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "IMM-DOC", 6210);
        starter.startPending();
        Jobs.runAll(management, s.stored().processInstanceId);
        byte[] receipt = as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/receipt")
                .then().statusCode(200).extract().asByteArray();
        refused("update openbando.issued_document set content = ? where proposal_id = ?", new byte[] {'%'},
                s.proposal());
        refused("update openbando.issued_document set sha256 = 'x', issued_by = 'x' where proposal_id = ?",
                s.proposal());
        refused("delete from openbando.issued_document where proposal_id = ?", s.proposal());
        // cascade: the funding's awards name their decisions, so a plain truncate would stop at their foreign keys
        // before the trigger could speak; the trigger refuses the whole statement
        refused("truncate openbando.issued_document cascade");
        assertThat(as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/receipt").then()
                .statusCode(200).extract().asByteArray()).isEqualTo(receipt);
    }

    @Test
    void theDatabaseRefusesToRewriteWhatASubmissionFrozeButRecordsItsWithdrawalOnce() throws SQLException {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "IMM-SUB", 6220);
        String snapshot = s.stored().snapshot;
        refused("update openbando.submission set snapshot = replace(snapshot, 'COBOT', 'FAKE') where id = ?",
                s.submission());
        refused("update openbando.submission set sha256 = 'x' where id = ?", s.submission());
        refused("update openbando.submission set received_at = received_at - interval '1 day' where id = ?",
                s.submission());
        refused("update openbando.submission set protocol_number = protocol_number + 100 where id = ?",
                s.submission());
        refused("delete from openbando.submission where id = ?", s.submission());

        starter.startPending(); // the starter writes the process's columns: allowed
        assertThat(s.stored().processStartedAt).isNotNull();
        as(s.lead()).post("/api/proposals/" + s.proposal() + "/withdraw").then().statusCode(200);
        assertThat(s.stored().withdrawnAt).isNotNull();
        refused("update openbando.submission set withdrawn_at = null, withdrawn_by = null where id = ?",
                s.submission());
        refused("update openbando.submission set withdrawn_by = 'someone else' where id = ?", s.submission());
        // a column that is not frozen may still change (the starter's own)
        assertThat(sql.update("update openbando.submission set start_attempts = start_attempts where id = ?",
                s.submission())).isEqualTo(1);
        assertThat(s.stored().snapshot).isEqualTo(snapshot);
    }

    @Test
    void aSubmittedAttachmentIsFrozenWhileADraftsOwnAreNot() throws SQLException {
        SubmittedProposal s = SubmittedProposal.submit(fixtures, "IMM-ATT", 6230);
        refused("update openbando.attachment set content = ? where id = ?", new byte[] {'%'}, s.attachment());
        refused("update openbando.attachment set file_name = 'other.pdf' where id = ?", s.attachment());
        refused("delete from openbando.attachment where id = ?", s.attachment());

        as(s.lead()).post("/api/proposals/" + s.proposal() + "/withdraw").then().statusCode(200);
        // a draft's new attachment is deleted for good; the submitted one is marked removed, once
        long added = Pdfs.upload(s.lead(), s.proposal(), "OTHER", "nuovo.pdf", Pdfs.onePage("Nuovo")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(s.lead()).delete("/api/proposals/" + s.proposal() + "/attachments/" + added).then().statusCode(204);
        as(s.lead()).delete("/api/proposals/" + s.proposal() + "/attachments/" + s.attachment()).then()
                .statusCode(204);
        refused("update openbando.attachment set removed_at = null, removed_by = null where id = ?", s.attachment());
        // the earlier snapshot's file is still served, byte-identical
        as(s.lead()).accept("application/pdf").get("/api/proposals/" + s.proposal() + "/attachments/"
                + s.attachment()).then().statusCode(200).header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("relazione.pdf"));
        as(s.lead()).get("/api/proposals/" + s.proposal() + "/attachments").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private void refused(String statement, Object... parameters) {
        assertThatThrownBy(() -> sql.update(statement, parameters)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining("is refused");
    }
}
