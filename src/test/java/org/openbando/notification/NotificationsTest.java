package org.openbando.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.openbando.Api.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openbando.AdmittedProposal;
import org.openbando.Api;
import org.openbando.RawSql;
import org.openbando.SubmittedProposal;
import org.openbando.TestClock;
import org.openbando.TestFixtures;
import org.openbando.identity.UserService;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ClockProducer;
import org.openbando.workflow.ProposalProcessStarter;

/**
 * E-mail through the outbox: a message is stored in the act's transaction (a rolled-back act sends nothing), the
 * sender delivers it to a real SMTP server (GreenMail) in the recipient's language with the link to the page where
 * they act, a mail server that is down fails no act and the message is retried after a pause, a user without an
 * address gets an undeliverable message and no exception, and the applicants are told of admissibility decisions.
 * VAT seeds 40000-40999.
 */
@QuarkusTest
class NotificationsTest {

    private static GreenMail smtp;

    @Inject
    Notifications notifications;
    @Inject
    OutboxSender sender;
    @Inject
    UserService users;
    @Inject
    TestClock clock;
    @Inject
    TestFixtures fixtures;
    @Inject
    ProposalProcessStarter starter;
    @Inject
    AdmittedProposal admitted;
    @Inject
    RawSql sql;

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(setup());
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static ServerSetup setup() {
        int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
        return new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }

    /**
     * Every message due now (of this class and of others) is sent first, and what is still pending after that (a
     * delivery that failed and waits for its next attempt) is put off for good: each test sees only its own.
     */
    @BeforeEach
    void drainTheOutbox() throws Exception {
        clock.reset();
        if (!smtp.isRunning()) {
            smtp = new GreenMail(setup());
            smtp.start();
        }
        while (sender.sendPending() > 0) {
            // next batch
        }
        sql.update("update openbando.outbox_message set next_attempt_at = timestamptz '9999-01-01 00:00:00+00' "
                + "where status = 'PENDING'");
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSenderDeliversInTheRecipientsLanguageWithTheLinkWhereTheyAct() throws Exception {
        user("ntf-en", "ntf-en@test.openbando.org", "en");
        user("ntf-it", "ntf-it@test.openbando.org", "it");
        Instant due = ZonedDateTime.of(2026, 12, 15, 18, 30, 0, 0, ClockProducer.ROME).toInstant();
        Map<String, String> values = Map.of("acronym", "NTF-LANG", "title", "Robots & <arms>", "call", "CALL-N1",
                "protocol", "17", "seat", "2", "dueAt", due.toString(), "ignored", "x");
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.send("ntf-en", MessageKind.ASSIGNMENT, values, "/expert/assignments/7");
            notifications.send("ntf-it", MessageKind.ASSIGNMENT, values, "/expert/assignments/8");
        });

        deliverEventually("ntf-en@test.openbando.org", "ntf-it@test.openbando.org");

        MimeMessage english = received("ntf-en@test.openbando.org");
        assertThat(english.getSubject()).isEqualTo("Assignment to evaluate proposal NTF-LANG");
        assertThat(text(english)).startsWith("Dear Test ntf-en,")
                .contains("proposal NTF-LANG “Robots & <arms>” (call CALL-N1, protocol no. 17), as expert 2")
                .contains("The evaluation is due by 15 December 2026 at 18:30 (Rome time).")
                .contains("Open the page: http://localhost:8080/expert/assignments/7");
        MimeMessage italian = received("ntf-it@test.openbando.org");
        assertThat(italian.getSubject()).isEqualTo("Incarico di valutazione della proposta NTF-LANG");
        assertThat(text(italian)).startsWith("Gentile Test ntf-it,")
                .contains("proposta NTF-LANG «Robots & <arms>» (bando CALL-N1, protocollo n. 17), come esperto 2")
                .contains("La valutazione va presentata entro il 15 dicembre 2026 alle ore 18:30 (ora di Roma).")
                .contains("Apra la pagina: http://localhost:8080/expert/assignments/8");
        assertThat(italian.getFrom()[0].toString()).contains("no-reply@openbando.invalid");

        List<Outbox.MessageView> sent = latestTo("ntf-it");
        assertThat(sent.get(0).status()).isEqualTo(MessageStatus.SENT);
        // one attempt, or two when the first missed GreenMail's timeout and was retried after its pause
        // (deliverEventually): what counts is that it was sent once and is never sent again
        assertThat(sent.get(0).attempts()).isBetween(1, 2);
        assertThat(sent.get(0).sentAt()).isNotNull();
        assertThat(sender.sendPending()).as("a sent message is never sent again").isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMessageIsStoredInTheActsTransactionAndARolledBackActSendsNothing() throws Exception {
        user("ntf-tx", "ntf-tx@test.openbando.org", "it");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.send("ntf-tx", MessageKind.REMOVED, Map.of("acronym", "NTF-ROLLED"), "/expert");
            throw new IllegalStateException("the act fails after the message was queued");
        })).isInstanceOf(RuntimeException.class);
        QuarkusTransaction.requiringNew().run(() -> notifications.send("ntf-tx", MessageKind.REMOVED,
                Map.of("acronym", "NTF-KEPT", "reason", "conflict of interest\nfound later"), "/expert"));

        assertThat(latestTo("ntf-tx")).extracting(Outbox.MessageView::subject)
                .containsExactly("Incarico revocato: proposta NTF-KEPT");
        deliverEventually("ntf-tx@test.openbando.org");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(text(received("ntf-tx@test.openbando.org")))
                .contains("per questo motivo: conflict of interest found later.");
    }

    @Test
    void aMailServerThatIsDownFailsNoActAndTheMessageIsRetriedAfterAPause() throws Exception {
        user("ntf-down", "ntf-down@test.openbando.org", "en");
        smtp.stop();
        QuarkusTransaction.requiringNew().run(() -> notifications.send("ntf-down", MessageKind.REMINDER,
                Map.of("acronym", "NTF-DOWN"), "/expert/assignments/9"));

        Instant firstAttempt = Instant.now();
        assertThat(sender.sendPending()).isEqualTo(1);
        Outbox.MessageView failed = latestTo("ntf-down").get(0);
        assertThat(failed.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isBetween(firstAttempt.plus(Duration.ofSeconds(55)),
                Instant.now().plus(Duration.ofSeconds(65)));
        assertThat(sender.sendPending()).as("not due before its pause").isZero();

        smtp = new GreenMail(setup());
        smtp.start();
        clock.moveTo(failed.nextAttemptAt().plusSeconds(1));
        assertThat(sender.sendPending()).isEqualTo(1);
        assertThat(received("ntf-down@test.openbando.org").getSubject())
                .isEqualTo("Reminder: evaluation of proposal NTF-DOWN");
        Outbox.MessageView sent = latestTo("ntf-down").get(0);
        assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void thePausesGrowFromOneMinuteToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 5, 30).stream().map(Backoff::after).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void aUserWithoutAddressGetsAnUndeliverableMessageAndTheActGoesOn() {
        user("ntf-nomail", null, "it");
        long disabled = user("ntf-off", "ntf-off@test.openbando.org", "it");
        users.setDisabled(TestFixtures.ADMIN, disabled, true, new UserService.StatusChange("left the office"));
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.send("ntf-nomail", MessageKind.TERM_LAPSED, Map.of("acronym", "NTF-NONE"), "/expert");
            notifications.send("ntf-off", MessageKind.TERM_LAPSED, Map.of("acronym", "NTF-NONE"), "/expert");
            notifications.send("ntf-nobody", MessageKind.TERM_LAPSED, Map.of("acronym", "NTF-NONE"), "/expert");
        });
        assertThat(sender.sendPending()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        for (String user : List.of("ntf-nomail", "ntf-off", "ntf-nobody")) {
            Outbox.MessageView m = latestTo(user).get(0);
            assertThat(m.status()).as(user).isEqualTo(MessageStatus.UNDELIVERABLE);
            assertThat(m.address()).as(user).isNull();
        }
        assertThat(latestTo("ntf-nomail").get(0).lastError()).isEqualTo("the user has no e-mail address");
        assertThat(latestTo("ntf-off").get(0).lastError()).isEqualTo("the user is disabled");
        assertThat(latestTo("ntf-nobody").get(0).lastError()).isEqualTo("no such user");
        // the administrators see it
        Api.page(TestFixtures.ADMIN).queryParam("status", "UNDELIVERABLE").get("/admin/outbox").then().statusCode(200)
                .body(containsString("the user has no e-mail address"));
    }

    @Test
    void theApplicantsAreToldOfEachAdmissibilityDecisionWithItsTerm() throws Exception {
        long call = SubmittedProposal.openCall("NTF-ADM");
        SubmittedProposal admittedOne = SubmittedProposal.submit(fixtures, "NTF-ADM", 40000, call);
        SubmittedProposal incomplete = SubmittedProposal.submit(fixtures, "NTF-ADM", 40010, call);
        SubmittedProposal rejected = SubmittedProposal.submit(fixtures, "NTF-ADM", 40020, call);
        while (starter.startPending() > 0) {
            // next batch
        }
        decide(admittedOne, Map.of("decision", "ADMIT", "notes", "complete and eligible"));
        decide(incomplete, Map.of("decision", "REQUEST_COMPLETION", "missing", List.of("the signed budget")));
        decide(rejected, Map.of("decision", "REJECT", "reasons", List.of("the lead is not a cluster member")));
        sender.scheduled(); // as the scheduler does: rounds until none is due
        deliverEventually(admittedOne.lead() + "@test.openbando.org", incomplete.lead() + "@test.openbando.org",
                rejected.lead() + "@test.openbando.org");

        // the admitted lead is also told that the evaluation began, in either order: the admission is the one asserted
        MimeMessage admission = receivedEventually(admittedOne.lead() + "@test.openbando.org",
                "Proposta COBOT-SB ammessa alla valutazione");
        assertThat(text(admission)).contains("bando NTF-ADM, protocollo n.")
                .contains("http://localhost:8080/proposals/" + admittedOne.proposal());
        MimeMessage request = received(incomplete.lead() + "@test.openbando.org");
        assertThat(request.getSubject()).isEqualTo("Richiesta di integrazione documentale: proposta COBOT-SB");
        assertThat(text(request)).containsPattern("L'integrazione va inviata entro la fine del \\d{1,2} \\p{L}+ \\d{4}")
                .contains("http://localhost:8080/proposals/" + incomplete.proposal());
        MimeMessage notice = received(rejected.lead() + "@test.openbando.org");
        assertThat(notice.getSubject()).isEqualTo("Motivi ostativi all'ammissibilità (art. 10-bis L. 241/1990): "
                + "proposta COBOT-SB");
        assertThat(text(notice)).containsPattern("Può presentare osservazioni scritte entro la fine del \\d{1,2} ");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationsTest::to))
                .as("the partners' users are not told: the lead acts for the proposal")
                .doesNotContain(admittedOne.lead().replace("-lead", "-partner") + "@test.openbando.org");
    }

    @Test
    void theAdministratorsListTheOutboxAndRetryAFailedMessage() {
        user("ntf-admin", "ntf-admin@test.openbando.org", "it");
        QuarkusTransaction.requiringNew().run(() -> notifications.send("ntf-admin", MessageKind.EVALUATED,
                Map.of("acronym", "NTF-PAGE"), "/proposals/1"));
        long id = latestTo("ntf-admin").get(0).id();
        QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update("status = ?1, nextAttemptAt = null, "
                + "attempts = 50, lastError = 'refused' where id = ?2", MessageStatus.FAILED, id));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> OutboxMessage.update(
                "subject = 'rewritten' where id = ?1", id))).as("what a message says is frozen").isNotNull();
        as(TestFixtures.ADMIN).queryParam("status", "failed").get("/api/admin/outbox").then().statusCode(200)
                .body("id", hasItem((int) id));
        as(TestFixtures.ADMIN).queryParam("limit", 201).get("/api/admin/outbox").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as(TestFixtures.ADMIN).queryParam("status", "LOST").get("/api/admin/outbox").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Api.page(TestFixtures.ADMIN).get("/admin/outbox").then().statusCode(200)
                .body(containsString("Valutazione conclusa: proposta NTF-PAGE"))
                .body(containsString("action=\"/admin/outbox/" + id + "/retry\""));

        Api.form(TestFixtures.ADMIN).post("/admin/outbox/" + id + "/retry").then().statusCode(303);
        assertThat(latestTo("ntf-admin").get(0).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(sender.sendPending()).isEqualTo(1);
        assertThat(latestTo("ntf-admin").get(0).status()).isEqualTo(MessageStatus.SENT);
        as(TestFixtures.ADMIN).post("/api/admin/outbox/" + id + "/retry").then().statusCode(409)
                .body("type", containsString("not-retryable"));
    }

    private void decide(SubmittedProposal s, Map<String, Object> decision) {
        ProcessInstance process = admitted.process(s.submission());
        admitted.runJobs(process);
        as(TestFixtures.OFFICER).body(decision).post("/api/proposals/" + s.proposal() + "/admissibility").then()
                .statusCode(200);
        admitted.runJobs(process);
    }

    private long user(String username, String email, String locale) {
        return QuarkusTransaction.requiringNew().call(() -> users.contact(username).isPresent()
                ? users.list().stream().filter(u -> u.username.equals(username)).findFirst().orElseThrow().id
                : users.create(AuditTrail.SYSTEM, new UserService.NewUser(username, TestFixtures.PASSWORD,
                        "Test " + username, email, Set.of("EVALUATOR"), locale)).id);
    }

    private List<Outbox.MessageView> latestTo(String username) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "recipient = ?1 order by id desc", username).list().stream().map(Outbox.MessageView::of).toList());
    }

    /**
     * Sends what is due until these addresses have their message: a delivery that failed (GreenMail on a loaded machine
     * can miss the mailer's timeout) waits for its pause, so the clock is moved past it. Retries themselves are tested
     * in {@code aMailServerThatIsDownFailsNoActAndTheMessageIsRetriedAfterAPause}.
     */
    private void deliverEventually(String... addresses) {
        deliverUntil(Arrays.stream(addresses).<Predicate<MimeMessage>>map(a -> m -> to(m).equals(a)).toList());
    }

    /** Sends, moving the clock past each retry's pause, until each of {@code wanted} matches a received message. */
    private void deliverUntil(List<Predicate<MimeMessage>> wanted) {
        for (int round = 0; round < 4; round++) {
            while (sender.sendPending() > 0) {
                // next batch
            }
            if (wanted.stream().allMatch(w -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(w))) {
                return;
            }
            clock.moveTo(clock.instant().plus(java.time.Duration.ofHours(2)));
        }
    }

    private MimeMessage received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + address + " among "
                        + Arrays.stream(smtp.getReceivedMessages()).map(NotificationsTest::to).toList()));
    }

    /**
     * The message to this address with this subject, whatever else the address received before it, sending and
     * retrying (as {@link #deliverEventually}) until it arrives.
     */
    private MimeMessage receivedEventually(String address, String subject) {
        Predicate<MimeMessage> wanted = m -> to(m).equals(address) && subject.equals(subjectOf(m));
        deliverUntil(List.of(wanted));
        return Arrays.stream(smtp.getReceivedMessages()).filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no message '" + subject + "' to " + address + " among "
                        + Arrays.stream(smtp.getReceivedMessages()).map(m -> to(m) + ": " + subjectOf(m)).toList()));
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return message.getContent().toString();
    }
}
