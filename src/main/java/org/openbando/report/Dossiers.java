package org.openbando.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.call.CallService;
import org.openbando.call.GrantComputation;
import org.openbando.document.DocumentFile;
import org.openbando.document.DocumentKind;
import org.openbando.document.DocumentService;
import org.openbando.document.DocumentSummary;
import org.openbando.eligibility.AdmissibilityReview;
import org.openbando.eligibility.EligibilityChecks;
import org.openbando.evaluation.Assignments;
import org.openbando.evaluation.Consensus;
import org.openbando.funding.AwardView;
import org.openbando.funding.Awards;
import org.openbando.identity.CurrentUser;
import org.openbando.organization.OrganizationFacts;
import org.openbando.proposal.AttachmentService;
import org.openbando.ranking.Rankings;
import org.openbando.shared.AuditTrail;
import org.openbando.shared.ProblemException;
import org.openbando.submission.Snapshot;
import org.openbando.submission.Submissions;

/**
 * The dossier of a project as one ZIP: the submission as stored, every issued document, the eligibility checklist,
 * conflict-of-interest declarations, evaluations, the ranking entry, the size and aid computations, the funding
 * decision, revocations and the project's audit trail, with {@code manifest.json} listing each file's SHA-256; and the
 * check of a dossier against its manifest and the hashes the system stored.
 *
 * <p>Written as it is produced: each file goes into the {@link ZipOutputStream} on the response while its SHA-256 is
 * computed, the manifest last; stored bytes (the snapshot, attachments, documents, proofs of membership) are copied
 * verbatim, one at a time, never the whole dossier in memory. Every issued manifest's SHA-256 is recorded in the audit
 * trail ({@code dossier} / {@code dossier-issued}), so that a verification tells a manifest this system issued from a
 * modified one. The layout is {@link #FORMAT}; {@code src/main/dossier/VerifyDossier.java} checks a dossier offline.
 */
@ApplicationScoped
public class Dossiers {

    /** The name of the layout, in every manifest. */
    public static final String FORMAT = "openbando-dossier/1";
    public static final String MANIFEST = "manifest.json";
    /** The audit trail's entity type and action of an issued dossier (its detail: the manifest's SHA-256). */
    public static final String AUDIT_ENTITY = "dossier";
    public static final String AUDIT_ISSUED = "dossier-issued";
    /** The most entries a dossier to verify may have, and the longest entry name. */
    public static final int MAX_ENTRIES = 5000;
    public static final int MAX_NAME = 300;
    /** The largest manifest read. */
    public static final int MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

    private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[^A-Za-z0-9._-]");

    private final Submissions submissions;
    private final DocumentService documents;
    private final AttachmentService attachments;
    private final EligibilityChecks eligibility;
    private final AdmissibilityReview admissibility;
    private final Consensus consensus;
    private final Assignments assignments;
    private final Rankings rankings;
    private final Awards awards;
    private final CallService calls;
    private final AuditSearch auditSearch;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectWriter pretty;
    private final ObjectMapper json;
    private final long maxUpload;
    private final long maxInflated;
    private final long maxEntry;

    public Dossiers(Submissions submissions, DocumentService documents, AttachmentService attachments,
            EligibilityChecks eligibility, AdmissibilityReview admissibility, Consensus consensus,
            Assignments assignments, Rankings rankings, Awards awards, CallService calls, AuditSearch auditSearch,
            AuditTrail audit, CurrentUser currentUser, Clock clock, ObjectMapper json,
            @ConfigProperty(name = "openbando.dossiers.max-upload", defaultValue = "12M") MemorySize maxUpload,
            @ConfigProperty(name = "openbando.dossiers.max-inflated", defaultValue = "512M") MemorySize maxInflated,
            @ConfigProperty(name = "openbando.dossiers.max-entry", defaultValue = "64M") MemorySize maxEntry) {
        this.submissions = submissions;
        this.documents = documents;
        this.attachments = attachments;
        this.eligibility = eligibility;
        this.admissibility = admissibility;
        this.consensus = consensus;
        this.assignments = assignments;
        this.rankings = rankings;
        this.awards = awards;
        this.calls = calls;
        this.auditSearch = auditSearch;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.json = json;
        this.pretty = json.writerWithDefaultPrettyPrinter();
        this.maxUpload = maxUpload.asLongValue();
        this.maxInflated = maxInflated.asLongValue();
        this.maxEntry = maxEntry.asLongValue();
    }

    /** The largest dossier {@link #verify} reads (bytes of the ZIP as uploaded). */
    public long maxUploadBytes() {
        return maxUpload;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // contents

    /** What the dossier page shows of a project before the download: its heading and the files it will contain. */
    public record Contents(long submissionId, long proposalId, long callId, String callCode, long protocolNumber,
            String line, String acronym, String title, String leadName, String snapshotSha256, List<StoredFile> stored,
            List<String> views, List<Issued> issued) {
    }

    /** A stored file the dossier copies verbatim, with the SHA-256 the system stored for it. */
    public record StoredFile(String path, String kind, long id, long size, String sha256) {
    }

    /** A dossier issued for this project (from the audit trail): when, to whom, its manifest's SHA-256. */
    public record Issued(Instant at, String to, String manifestSha256) {
    }

    /** The JSON views every dossier contains, besides the stored files and the manifest. */
    public static final List<String> VIEWS = List.of("submission/receipt.json", "documents/index.json",
            "eligibility/checklist.json", "evaluation/declarations.json", "evaluation/individual.json",
            "evaluation/consensus.json", "ranking/entry.json", "computations/size.json", "computations/aid.json",
            "funding/decision.json", "audit/trail.json");

    /** The contents of a project's dossier (404 for an unknown submission), without reading any stored bytes. */
    public Contents contents(long submissionId) {
        Submissions.StoredSnapshot stored = stored(submissionId);
        Submissions.SubmissionView view = submissions.get(submissionId);
        Snapshot snapshot = submissions.snapshot(submissionId);
        Plan plan = plan(view, snapshot, stored);
        List<StoredFile> files = new ArrayList<>();
        files.add(new StoredFile("submission/snapshot.json", "snapshot", submissionId,
                stored.json().getBytes(StandardCharsets.UTF_8).length, stored.sha256()));
        files.addAll(plan.files());
        Map<Long, Submissions.Heading> heading = submissions.headings(List.of(submissionId));
        Submissions.Heading h = heading.get(submissionId);
        return new Contents(submissionId, view.proposalId(), view.callId(), snapshot.callCode(),
                view.protocolNumber(), snapshot.line().name(), h == null ? null : h.acronym(),
                h == null ? null : h.title(), h == null ? null : h.leadName(), stored.sha256(), files, VIEWS,
                issued(submissionId));
    }

    /** The dossiers issued for a project, newest first. */
    public List<Issued> issued(long submissionId) {
        List<Issued> found = new ArrayList<>();
        QuarkusTransaction.joiningExisting().run(() -> audit.entries(AUDIT_ENTITY, submissionId).forEach(e -> found
                .add(0, new Issued(e.occurredAt(), e.actor(), manifestHashOf(e)))));
        return found;
    }

    private static String manifestHashOf(AuditTrail.Entry e) {
        String d = e.detail() == null ? "" : e.detail();
        return d.startsWith("manifest sha256 ") ? d.substring("manifest sha256 ".length()) : d;
    }

    private Submissions.StoredSnapshot stored(long submissionId) {
        return submissions.stored(submissionId)
                .orElseThrow(() -> ProblemException.notFound("Submission", submissionId));
    }

    /** The stored files of the dossier besides the snapshot: attachments, documents, proofs (metadata only). */
    private record Plan(List<StoredFile> files, List<DocumentSummary> proposalDocuments,
            List<DocumentSummary> callDocuments, Optional<AwardView> award,
            Optional<Rankings.RankedEntry> ranked) {
    }

    private Plan plan(Submissions.SubmissionView view, Snapshot snapshot, Submissions.StoredSnapshot stored) {
        List<StoredFile> files = new ArrayList<>();
        if (snapshot.attachments() != null) {
            for (Snapshot.SubmittedAttachment a : snapshot.attachments()) {
                files.add(new StoredFile("attachments/" + a.id() + "-" + safe(a.fileName()), "attachment", a.id(),
                        a.sizeBytes(), a.sha256()));
            }
        }
        List<DocumentSummary> own = documents.list(view.proposalId());
        Optional<Rankings.RankedEntry> ranked = rankings.rankedEntry(view.id());
        List<DocumentSummary> acts = ranked.filter(r -> r.actDocumentId() != null)
                .map(r -> documents.listForCall(view.callId()).stream().filter(d -> d.kind() == DocumentKind.RANKING_ACT
                        && d.id() == r.actDocumentId()).toList()).orElse(List.of());
        for (DocumentSummary d : own) {
            files.add(new StoredFile(documentPath(d), "document", d.id(), d.sizeBytes(), d.sha256()));
        }
        for (DocumentSummary d : acts) {
            files.add(new StoredFile(documentPath(d), "document", d.id(), d.sizeBytes(), d.sha256()));
        }
        Optional<AwardView> award = award(view.id());
        award.ifPresent(a -> a.proofs().forEach(p -> files.add(new StoredFile("funding/proofs/" + p.id() + "-"
                + safe(p.fileName()), "proof", p.id(), -1, p.sha256()))));
        return new Plan(files, own, acts, award, ranked);
    }

    private Optional<AwardView> award(long submissionId) {
        return awards.find(submissionId);
    }

    static String documentPath(DocumentSummary d) {
        String name = safe(d.fileName());
        return "documents/" + d.id() + "-" + (name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
    }

    /** A file name safe in every ZIP tool and file system: letters, digits, dot, dash, underscore; at most 100. */
    static String safe(String fileName) {
        String s = UNSAFE_NAME_CHARS.matcher(fileName == null || fileName.isBlank() ? "file" : fileName)
                .replaceAll("_");
        while (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        return s.length() > 100 ? s.substring(s.length() - 100) : s;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // writing

    /**
     * Checks that the submission exists (404 otherwise) before anything is written: the resource calls it before it
     * starts the response.
     */
    public void requireKnown(long submissionId) {
        stored(submissionId);
    }

    /** Writes the dossier of a submitted project (404 when unknown) as it is produced. */
    public void write(long submissionId, OutputStream out) {
        String user = currentUser.username();
        Submissions.StoredSnapshot stored = stored(submissionId);
        Submissions.SubmissionView view = submissions.get(submissionId);
        Snapshot snapshot = submissions.snapshot(submissionId);
        Plan plan = plan(view, snapshot, stored);
        Instant now = clock.instant();
        String protocol = snapshot.callCode() + "/" + view.protocolNumber();
        String manifestSha;
        try {
            ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            Writer w = new Writer(zip);

            // submission
            w.file("submission/snapshot.json", stored.json().getBytes(StandardCharsets.UTF_8),
                    stored("snapshot", submissionId, stored.sha256()));
            Map<String, Object> receipt = new LinkedHashMap<>();
            receipt.put("protocol", protocol);
            receipt.put("protocolNumber", view.protocolNumber());
            receipt.put("callCode", snapshot.callCode());
            receipt.put("line", snapshot.line());
            receipt.put("submissionId", view.id());
            receipt.put("proposalId", view.proposalId());
            receipt.put("arrivedAt", view.arrivedAt());
            receipt.put("receivedAt", view.receivedAt());
            receipt.put("submittedBy", view.submittedBy());
            receipt.put("snapshotSha256", view.sha256());
            receipt.put("withdrawnAt", view.withdrawnAt());
            receipt.put("members", view.members());
            w.json("submission/receipt.json", receipt);

            // attachments, verbatim
            for (StoredFile f : plan.files()) {
                if (f.kind().equals("attachment")) {
                    AttachmentService.Download d = attachments.download(view.proposalId(), f.id());
                    w.file(f.path(), d.content(), stored("attachment", f.id(), d.attachment().sha256()));
                }
            }

            // documents, verbatim, and their index
            List<Map<String, Object>> index = new ArrayList<>();
            for (DocumentSummary d : plan.proposalDocuments()) {
                DocumentFile file = documents.get(view.proposalId(), d.id())
                        .orElseThrow(() -> new IllegalStateException("Document " + d.id() + " vanished"));
                w.file(documentPath(d), file.content(), stored("document", d.id(), file.sha256()));
                index.add(indexEntry(d, "proposal"));
            }
            for (DocumentSummary d : plan.callDocuments()) {
                DocumentFile file = documents.getForCall(view.callId(), d.id())
                        .orElseThrow(() -> new IllegalStateException("Document " + d.id() + " vanished"));
                w.file(documentPath(d), file.content(), stored("document", d.id(), file.sha256()));
                index.add(indexEntry(d, "call"));
            }
            w.json("documents/index.json", index);

            // eligibility
            Map<String, Object> checklist = new LinkedHashMap<>();
            checklist.put("rules", eligibility.results(view.proposalId(), Locale.ENGLISH));
            checklist.put("checkedBy", AuditTrail.SYSTEM);
            checklist.put("admissibility", admissibility.review(view.proposalId()));
            w.json("eligibility/checklist.json", checklist);

            // evaluation
            w.json("evaluation/declarations.json", assignments.declarations(submissionId));
            Optional<Consensus.ConsensusView> evaluation = consensus.whole(submissionId);
            w.json("evaluation/individual.json", evaluation.map(Consensus.ConsensusView::individuals)
                    .orElse(List.of()));
            Map<String, Object> panel = new LinkedHashMap<>();
            evaluation.ifPresent(e -> {
                panel.put("status", e.status());
                panel.put("rapporteur", e.rapporteur());
                panel.put("seats", e.seats());
                panel.put("criteria", e.criteria());
                panel.put("threshold", e.threshold());
                panel.put("report", e.report());
            });
            w.json("evaluation/consensus.json", panel);

            // ranking
            Map<String, Object> entry = new LinkedHashMap<>();
            plan.ranked().ifPresent(r -> {
                entry.put("line", r.line());
                entry.put("rankingStatus", r.status());
                entry.put("list", r.entry().list());
                entry.put("position", r.entry().position());
                entry.put("score", r.entry().total());
                entry.put("tieBreaks", r.tieBreaks());
                entry.put("tieBreakScore", r.entry().tieBreakScore());
                entry.put("tie", r.entry().tie());
                entry.put("requestedGrant", r.entry().requestedGrant());
                entry.put("grant", r.entry().grant());
                entry.put("partial", r.entry().partial());
                entry.put("reasons", r.entry().reasons());
                entry.put("exclusionReason", r.entry().exclusionReason());
                entry.put("excludedBy", r.entry().excludedBy());
                entry.put("excludedAt", r.entry().excludedAt());
                entry.put("approvedAt", r.approvedAt());
                entry.put("approvedBy", r.approvedBy());
                entry.put("actDocumentId", r.actDocumentId());
                plan.callDocuments().stream().filter(d -> r.actDocumentId() != null && d.id() == r.actDocumentId())
                        .findFirst().ifPresent(d -> {
                            entry.put("actReference", d.reference());
                            entry.put("actPath", documentPath(d));
                        });
            });
            w.json("ranking/entry.json", entry);

            // computations: each member's frozen size test, the grant per partner
            List<Map<String, Object>> sizes = new ArrayList<>();
            if (snapshot.members() != null) {
                for (OrganizationFacts m : snapshot.members()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("organizationId", m.id());
                    s.put("name", m.name());
                    s.put("vatNumber", m.vatNumber());
                    s.put("type", m.type());
                    s.put("judgedOn", m.day());
                    s.put("sizeClass", m.sizeClass());
                    s.put("computation", m.size());
                    sizes.add(s);
                }
            }
            w.json("computations/size.json", sizes);
            Map<String, Object> aid = new LinkedHashMap<>();
            aid.put("atSubmission", snapshot.members() == null ? null : GrantComputation.compute(
                    calls.fundingRules(view.callId()).aidIntensities(), snapshot.participants()));
            aid.put("awarded", plan.award().map(AwardView::computation).orElse(null));
            w.json("computations/aid.json", aid);

            // funding
            Map<String, Object> decision = new LinkedHashMap<>();
            plan.award().ifPresent(a -> {
                decision.put("status", a.status());
                decision.put("grant", a.grant());
                decision.put("fullGrant", a.fullGrant());
                decision.put("partial", a.partial());
                decision.put("movedUp", a.movedUp());
                decision.put("checklist", a.checklist());
                decision.put("decisionDocumentId", a.decisionDocumentId());
                decision.put("decidedAt", a.decidedAt());
                decision.put("acceptBy", a.acceptBy());
                decision.put("acceptedAt", a.acceptedAt());
                decision.put("acceptedBy", a.acceptedBy());
                decision.put("renouncedAt", a.renouncedAt());
                decision.put("renounceReason", a.renounceReason());
                decision.put("renouncedAmount", a.renouncedAmount());
                decision.put("joining", a.joining());
                decision.put("joiningDueAt", a.joiningDueAt());
                decision.put("toJoin", a.toJoin());
                decision.put("proofs", a.proofs());
                decision.put("noticeAt", a.noticeAt());
                decision.put("observationsDueAt", a.observationsDueAt());
                decision.put("observations", a.observations());
                decision.put("revokedAt", a.revokedAt());
                decision.put("revocationReason", a.revocationReason());
                decision.put("documentIds", a.documentIds());
            });
            w.json("funding/decision.json", decision);
            if (plan.award().isPresent()) {
                for (AwardView.Proof p : plan.award().get().proofs()) {
                    Awards.ProofFile file = awards.proofFileOf(submissionId, p.id())
                            .orElseThrow(() -> new IllegalStateException("Proof " + p.id() + " vanished"));
                    w.file("funding/proofs/" + p.id() + "-" + safe(p.fileName()), file.content(),
                            stored("proof", p.id(), file.sha256()));
                }
            }

            // the audit trail of the project
            w.json("audit/trail.json", trail(view));

            // the manifest, last
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("system", "OpenBando");
            manifest.put("producedAt", now);
            manifest.put("producedFor", user);
            manifest.put("protocol", protocol);
            manifest.put("protocolNumber", view.protocolNumber());
            manifest.put("callId", view.callId());
            manifest.put("callCode", snapshot.callCode());
            manifest.put("proposalId", view.proposalId());
            manifest.put("submissionId", view.id());
            manifest.put("files", w.listed);
            byte[] manifestBytes = pretty.writeValueAsBytes(manifest);
            manifestSha = sha256(manifestBytes);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifestBytes);
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha = manifestSha;
        QuarkusTransaction.requiringNew().run(() -> audit.record(user, AUDIT_ENTITY, submissionId, AUDIT_ISSUED,
                null, null, "manifest sha256 " + sha));
    }

    private static Map<String, Object> indexEntry(DocumentSummary d, String owner) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", d.id());
        e.put("path", documentPath(d));
        e.put("owner", owner);
        e.put("kind", d.kind());
        e.put("reference", d.reference());
        e.put("language", d.language());
        e.put("fileName", d.fileName());
        e.put("size", d.sizeBytes());
        e.put("issuedAt", d.issuedAt());
        e.put("issuedBy", d.issuedBy());
        e.put("sha256", d.sha256());
        e.put("signed", d.kind().signed());
        return e;
    }

    /** The project's audit trail, oldest first. */
    private List<Object> trail(Submissions.SubmissionView view) {
        List<Object> entries = new ArrayList<>();
        auditSearch.each(new AuditSearch.Query(null, view.proposalId(), null, null, null, null, null, null, 200),
                entries::add);
        return entries;
    }

    private static Map<String, Object> stored(String kind, long id, String sha256) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("id", id);
        s.put("sha256", sha256);
        return s;
    }

    /** Writes entries into the ZIP, hashing each while it is written, and remembers them for the manifest. */
    private final class Writer {
        final ZipOutputStream zip;
        final List<Map<String, Object>> listed = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();

        Writer(ZipOutputStream zip) {
            this.zip = zip;
        }

        void json(String path, Object value) throws IOException {
            file(path, pretty.writeValueAsBytes(value), null);
        }

        void file(String path, byte[] bytes, Map<String, Object> stored) throws IOException {
            if (!names.add(path)) {
                throw new IllegalStateException("Two files of the dossier are named " + path);
            }
            zip.putNextEntry(new ZipEntry(path));
            MessageDigest digest = digest();
            // written in slices, each hashed as it goes out
            for (int at = 0; at < bytes.length; at += 64 * 1024) {
                int n = Math.min(64 * 1024, bytes.length - at);
                digest.update(bytes, at, n);
                zip.write(bytes, at, n);
            }
            zip.closeEntry();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", path);
            entry.put("size", bytes.length);
            entry.put("sha256", HexFormat.of().formatHex(digest.digest()));
            if (stored != null) {
                entry.put("stored", stored);
            }
            listed.add(entry);
        }
    }

    /** Keeps the response open when the ZIP is finished (the server closes it). */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // verification

    /**
     * The outcome of checking a dossier ZIP, file by file.
     *
     * @param issuedAt when this system issued the manifest (null when it did not: a modified manifest)
     * @param issuedTo to whom
     */
    public record Verification(boolean intact, String manifestSha256, java.util.List<FileCheck> files,
            java.util.List<String> problems, Long submissionId, String protocol, Instant issuedAt, String issuedTo) {
    }

    /**
     * @param stored whether the file's hash matches what the system stored (null when the system stores no hash for
     *               it, e.g. a rendered JSON view)
     */
    public record FileCheck(String path, String sha256, boolean matchesManifest, Boolean matchesStored) {
    }

    /** A file of the uploaded ZIP: its hash and size (the manifest's bytes kept). */
    private record Read(String sha256, long size) {
    }

    /**
     * Checks a dossier: every file against the manifest, every stored thing (snapshot, attachments, documents, proofs)
     * against the hash the database holds, and the manifest against the ones this system issued. Bounded: the upload's
     * size ({@link #maxUploadBytes}, 413), the number of entries, each entry's and all entries' inflated bytes (counted
     * as they inflate, 413), entry names (no absolute path, no {@code ..}, no backslash or control character: 400);
     * not a ZIP: 400. Nothing is written to disk.
     */
    public Verification verify(InputStream zip) {
        Map<String, Read> read = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        byte[] manifestBytes = null;
        Limited limited = new Limited(zip, maxUpload);
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(limited, StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buffer = new byte[64 * 1024];
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                if (read.size() >= MAX_ENTRIES) {
                    throw tooLarge("has more than " + MAX_ENTRIES + " entries");
                }
                checkName(name);
                if (e.isDirectory()) {
                    continue;
                }
                boolean manifest = MANIFEST.equals(name);
                ByteArrayOutputStream kept = manifest ? new ByteArrayOutputStream() : null;
                MessageDigest digest = digest();
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    inflated += n;
                    if (size > maxEntry || (manifest && size > MAX_MANIFEST_BYTES)) {
                        throw tooLarge("its entry " + name + " inflates to more than "
                                + (manifest ? MAX_MANIFEST_BYTES : maxEntry) + " bytes");
                    }
                    if (inflated > maxInflated) {
                        throw tooLarge("inflates to more than " + maxInflated + " bytes");
                    }
                    digest.update(buffer, 0, n);
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (read.containsKey(name)) {
                    problems.add(name + ": is in the ZIP twice");
                }
                read.put(name, new Read(HexFormat.of().formatHex(digest.digest()), size));
                if (manifest) {
                    manifestBytes = kept.toByteArray();
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            if (limited.exceeded) {
                throw tooLarge("is larger than " + maxUpload + " bytes");
            }
            throw notAZip(e.getMessage());
        } catch (IOException e) {
            if (limited.exceeded) {
                throw tooLarge("is larger than " + maxUpload + " bytes");
            }
            throw new UncheckedIOException(e);
        }
        if (limited.exceeded) {
            throw tooLarge("is larger than " + maxUpload + " bytes");
        }
        if (read.isEmpty()) {
            throw notAZip("no entry found");
        }
        List<FileCheck> files = new ArrayList<>();
        if (manifestBytes == null) {
            problems.add(MANIFEST + ": is missing");
            read.forEach((path, r) -> files.add(new FileCheck(path, r.sha256(), false, null)));
            return new Verification(false, null, files, problems, null, null, null, null);
        }
        String manifestSha = read.get(MANIFEST).sha256();
        JsonNode manifest;
        try {
            manifest = json.readTree(manifestBytes);
        } catch (IOException e) {
            manifest = null;
        }
        if (manifest == null || !manifest.isObject() || !manifest.path("files").isArray()
                || !manifest.path("submissionId").canConvertToLong()) {
            problems.add(MANIFEST + ": is not a dossier's manifest (" + FORMAT + ")");
            read.forEach((path, r) -> files.add(new FileCheck(path, r.sha256(), false, null)));
            return new Verification(false, manifestSha, files, problems, null, null, null, null);
        }
        long submissionId = manifest.path("submissionId").asLong();
        String protocol = manifest.path("protocol").asText(null);
        Hashes hashes = hashes(submissionId, problems);

        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode f : manifest.path("files")) {
            String path = f.path("path").asText("");
            if (!listed.add(path)) {
                problems.add(path + ": is listed twice in the manifest");
                continue;
            }
            Read r = read.get(path);
            JsonNode stored = f.path("stored");
            String kind = stored.path("kind").asText(null);
            if (r == null) {
                problems.add(path + ": is listed in the manifest but missing from the ZIP");
                files.add(new FileCheck(path, null, false, kind == null ? null : false));
                continue;
            }
            boolean matches = r.sha256().equals(f.path("sha256").asText()) && f.path("size").canConvertToLong()
                    && r.size() == f.path("size").asLong();
            if (!matches) {
                problems.add(path + ": does not match the manifest (SHA-256 " + r.sha256() + ")");
            }
            Boolean matchesStored = null;
            if (kind != null) {
                String inDatabase = hashes.of(kind, stored.path("id").asLong(-1));
                matchesStored = inDatabase != null && inDatabase.equals(r.sha256())
                        && inDatabase.equals(stored.path("sha256").asText());
                if (inDatabase == null) {
                    problems.add(path + ": the system stores no " + kind + " " + stored.path("id").asText()
                            + " of this project");
                } else if (!matchesStored) {
                    problems.add(path + ": does not match the SHA-256 the system stored for " + kind + " "
                            + stored.path("id").asText() + " (" + inDatabase + ")");
                }
            }
            files.add(new FileCheck(path, r.sha256(), matches, matchesStored));
        }
        read.forEach((path, r) -> {
            if (!path.equals(MANIFEST) && !listed.contains(path)) {
                problems.add(path + ": is not listed in the manifest");
                files.add(new FileCheck(path, r.sha256(), false, null));
            }
        });
        Optional<Issued> issued = hashes.known() ? issued(submissionId).stream()
                .filter(i -> manifestSha.equals(i.manifestSha256())).reduce((a, b) -> b) : Optional.empty();
        if (issued.isEmpty()) {
            problems.add(MANIFEST + ": this system never issued a manifest with SHA-256 " + manifestSha
                    + " for this project (modified, or from another system)");
        }
        return new Verification(problems.isEmpty(), manifestSha, files, problems, submissionId, protocol,
                issued.map(Issued::at).orElse(null), issued.map(Issued::to).orElse(null));
    }

    /** The hashes the database holds for a project's stored things, by kind and id. */
    private record Hashes(boolean known, Map<String, String> byKey) {
        String of(String kind, long id) {
            return byKey.get(kind + ":" + id);
        }
    }

    private Hashes hashes(long submissionId, List<String> problems) {
        Map<String, String> byKey = new HashMap<>();
        Optional<Submissions.StoredSnapshot> stored = submissions.stored(submissionId);
        if (stored.isEmpty()) {
            problems.add(MANIFEST + ": names submission " + submissionId + ", which this system does not know");
            return new Hashes(false, byKey);
        }
        byKey.put("snapshot:" + submissionId, stored.get().sha256());
        Submissions.SubmissionView view = submissions.get(submissionId);
        Snapshot snapshot = submissions.snapshot(submissionId);
        Plan plan = plan(view, snapshot, stored.get());
        plan.files().forEach(f -> byKey.put(f.kind() + ":" + f.id(), f.sha256()));
        return new Hashes(true, byKey);
    }

    private static void checkName(String name) {
        boolean unsafe = name.isEmpty() || name.length() > MAX_NAME || name.startsWith("/") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                unsafe = true;
            }
        }
        if (unsafe) {
            String shown = name.length() > 80 ? name.substring(0, 80) + "..." : name;
            throw new ProblemException(400, "unsafe-entry-name", "Bad Request", "The ZIP has an entry whose name "
                    + "is not a relative path inside the dossier: " + shown.replaceAll("\\p{Cntrl}", "?"),
                    List.of(new org.openbando.shared.Problem.FieldViolation("file", "has an unsafe entry name")));
        }
    }

    private static ProblemException tooLarge(String what) {
        return new ProblemException(413, "dossier-too-large", "Payload Too Large", "The dossier " + what,
                List.of(new org.openbando.shared.Problem.FieldViolation("file", what)));
    }

    private static ProblemException notAZip(String why) {
        return new ProblemException(400, "not-a-dossier", "Bad Request", "This is not a ZIP dossier ("
                + (why == null ? "unreadable" : why.length() > 200 ? why.substring(0, 200) : why) + ")",
                List.of(new org.openbando.shared.Problem.FieldViolation("file", "is not a ZIP file")));
    }

    /** Reads at most {@code limit} bytes of the upload; beyond it, reports the end and remembers it was exceeded. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private long left;
        boolean exceeded;

        Limited(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                if (in.read() >= 0) {
                    exceeded = true;
                }
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** JSON text of a value (for tests and pages). */
    String text(Object value) {
        try {
            return pretty.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
