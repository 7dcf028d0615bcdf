package org.openbando.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbando.shared.Problem;
import org.openbando.shared.ProblemException;
import org.openbando.shared.PublicApi;

/**
 * Whether a document is one that OpenBando issued (docs/adr/0008-pdf-documents.md, "Verification"): by its verification
 * code, printed on every page of the documents issued since V24 with a QR code of its public address, or by its file,
 * whose SHA-256 is compared with the hashes stored at issue (every document, those issued before V24 too). Readings
 * (the funding report of a call, rendered on request and not stored: {@link ReportDocuments}) verify the same way,
 * by the code and the hash recorded when they were handed out (V26). The answer is a {@link VerifiedDocument}: which
 * act, its reference, when, its hash, whether signed; nothing else. Reads only, and only the columns it answers with
 * (never the stored bytes): cheap enough for a public endpoint.
 *
 * <p>A code is 16 characters of Crockford's base32 (80 random bits from {@link SecureRandom}) in four groups of four,
 * {@code XXXX-XXXX-XXXX-XXXX}. What a person types is read leniently, as Crockford's base32 is: lower case, without
 * the hyphens or with spaces, {@code I} and {@code L} for {@code 1}, {@code O} for {@code 0}.
 */
@ApplicationScoped
@PublicApi
public class DocumentVerification {

    /** Crockford's base32 alphabet: digits and letters without I, L, O and U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Characters of a code, without its hyphens: 16 x 5 = 80 bits. */
    static final int CODE_LENGTH = 16;
    /** The longest input read as a code (hyphens and spaces included); a longer one is refused before it is read. */
    public static final int MAX_CODE_INPUT = 40;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = "select d.verificationCode, d.kind, d.actCallCode, d.actProtocol, d.actLine, "
            + "d.issuedAt, d.sha256 from IssuedDocument d ";
    private static final String SELECT_READING = "select r.verificationCode, r.kind, r.actCallCode, r.issuedAt, "
            + "r.sha256 from DocumentReading r ";
    /** The metric of verifications, by way (code, file) and outcome (authentic, unknown). */
    static final String VERIFICATIONS = "openbando.document.verifications";

    private final EntityManager em;
    private final MeterRegistry metrics;
    private final long maxFileBytes;

    public DocumentVerification(EntityManager em, MeterRegistry metrics,
            @ConfigProperty(name = "openbando.document-verification.max-size") MemorySize maxFileSize) {
        this.em = em;
        this.metrics = metrics;
        this.maxFileBytes = maxFileSize.asLongValue();
    }

    /** A new random code, {@code XXXX-XXXX-XXXX-XXXX}: 80 bits from {@link SecureRandom}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH + 3);
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.toString();
    }

    /**
     * The code as stored ({@code XXXX-XXXX-XXXX-XXXX}) from what a person typed or a QR code carried.
     *
     * @throws ProblemException 400 naming {@code code} when it is blank, longer than {@value #MAX_CODE_INPUT}
     *         characters, or not 16 characters of Crockford's base32
     */
    public static String canonical(String input) {
        if (input == null || input.isBlank()) {
            throw ProblemException.invalid("code", "must not be blank");
        }
        if (input.length() > MAX_CODE_INPUT) {
            throw ProblemException.invalid("code", "must be at most " + MAX_CODE_INPUT + " characters");
        }
        StringBuilder bare = new StringBuilder(CODE_LENGTH);
        for (char ch : input.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            if (ch == '-' || ch == ' ') {
                continue;
            }
            char read = ch == 'I' || ch == 'L' ? '1' : ch == 'O' ? '0' : ch;
            if (ALPHABET.indexOf(read) < 0 || bare.length() == CODE_LENGTH) {
                throw badFormat();
            }
            bare.append(read);
        }
        if (bare.length() != CODE_LENGTH) {
            throw badFormat();
        }
        return bare.substring(0, 4) + "-" + bare.substring(4, 8) + "-" + bare.substring(8, 12) + "-"
                + bare.substring(12, 16);
    }

    private static ProblemException badFormat() {
        return ProblemException.invalid("code", "must be 16 characters of Crockford's base32 (digits and letters but "
                + "I, L, O, U), as XXXX-XXXX-XXXX-XXXX");
    }

    /**
     * The authentic document with this code, or empty when no document has it.
     *
     * @throws ProblemException 400 naming {@code code} when the code is not well-formed ({@link #canonical})
     */
    public Optional<VerifiedDocument> byCode(String code) {
        String canonical = canonical(code);
        Optional<VerifiedDocument> found = QuarkusTransaction.joiningExisting().call(() -> em
                .createQuery(SELECT + "where d.verificationCode = :code", Object[].class)
                .setParameter("code", canonical).getResultStream().findFirst().map(DocumentVerification::view)
                .or(() -> reading("where r.verificationCode = :value", canonical)));
        count("code", found);
        return found;
    }

    /** The largest file that {@link #hash} reads ({@code openbando.document-verification.max-size}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * The SHA-256 (lower-case hex) of a file to verify, read as bytes and never parsed. Refused before it is read when
     * its declared length is too large, and as soon as more than {@link #maxFileBytes} bytes arrive.
     *
     * @param declaredLength the request's Content-Length, or -1 when it has none
     * @throws ProblemException 413 {@code file-too-large} naming {@code file} beyond the limit, 400 naming {@code file}
     *         when it is empty
     */
    public String hash(InputStream file, long declaredLength) {
        if (declaredLength > maxFileBytes) {
            throw tooLarge(declaredLength);
        }
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (file) {
            int n;
            while ((n = file.read(buffer)) > 0) {
                read += n;
                if (read > maxFileBytes) {
                    throw tooLarge(read);
                }
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the file to verify", e);
        }
        if (read == 0) {
            throw ProblemException.invalid("file", "must not be empty: send the PDF as the request's body");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private ProblemException tooLarge(long size) {
        return new ProblemException(413, "file-too-large", "File too large", "file: at most " + maxFileBytes
                + " bytes (no document OpenBando issues is larger); this one has " + (size > maxFileBytes
                        ? "more" : String.valueOf(size)), List.of(new Problem.FieldViolation("file", "at most "
                                + maxFileBytes + " bytes")));
    }

    /**
     * The authentic document whose stored bytes have this SHA-256, or empty when none has (a file changed by a single
     * byte has another hash).
     */
    public Optional<VerifiedDocument> byHash(String sha256) {
        Optional<VerifiedDocument> found = sha256 == null || !sha256.matches("[0-9a-f]{64}") ? Optional.empty()
                : QuarkusTransaction.joiningExisting().call(() -> em
                        .createQuery(SELECT + "where d.sha256 = :sha256 order by d.id", Object[].class)
                        .setParameter("sha256", sha256).setMaxResults(1).getResultStream().findFirst()
                        .map(DocumentVerification::view)
                        .or(() -> reading("where r.sha256 = :value order by r.id", sha256)));
        count("file", found);
        return found;
    }

    private void count(String by, Optional<VerifiedDocument> found) {
        metrics.counter(VERIFICATIONS, "by", by, "outcome", found.isPresent() ? "authentic" : "unknown").increment();
    }

    private static VerifiedDocument view(Object[] row) {
        DocumentKind kind = (DocumentKind) row[1];
        return new VerifiedDocument((String) row[0], kind.name(), (String) row[2], (Long) row[3], (String) row[4],
                (Instant) row[5], (String) row[6], kind.signed());
    }

    /** The first reading (V26) that the condition on {@code :value} finds: never signed, named by its call alone. */
    private Optional<VerifiedDocument> reading(String where, String value) {
        return em.createQuery(SELECT_READING + where, Object[].class).setParameter("value", value).setMaxResults(1)
                .getResultStream().findFirst().map(row -> new VerifiedDocument((String) row[0], (String) row[1],
                        (String) row[2], null, null, (Instant) row[3], (String) row[4], false));
    }
}
