package org.openbando.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.openbando.shared.PublicApi;

/**
 * Tells whether some bytes are a PDF that anybody can open safely, judged by the content and never by a file name: it
 * must start with {@code %PDF-}, PDFBox must open it without a password, it must not be encrypted (not even with an
 * empty user password, which still lets its author restrict printing or copying), it must have at least one page, and
 * it must carry nothing that a reader runs or opens by itself (JavaScript, launch actions, embedded files, rich media,
 * XFA forms: {@link ActiveContentScan}; why they are refused rather than flagged: ADR 0007).
 * <p>
 * Reading is bounded: at most {@code max-concurrent} PDFs at once (a caller that waits longer than {@code max-wait}
 * gets {@link Verdict#BUSY}), each within a time budget and a limit on the bytes its compressed streams decode to
 * ({@link DecodingBudget}), and PDFBox's own scratch memory is limited. Thread-safe.
 */
@ApplicationScoped
@PublicApi
public class PdfInspector {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDFBox's scratch for streams it creates (none, when it only reads): a little memory, then a bounded file. */
    private static final StreamCacheCreateFunction SCRATCH =
            MemoryUsageSetting.setupMixed(4L * 1024 * 1024, 32L * 1024 * 1024).streamCache;

    /** Why a file is not accepted as a readable PDF, or {@code READABLE}. */
    public enum Verdict {
        READABLE, EMPTY, NOT_PDF, DAMAGED, ENCRYPTED, NO_PAGES, ACTIVE_CONTENT,
        /** Its compressed streams decode to more than the limit: a decompression bomb, or too heavy to check. */
        EXPANDS_TOO_MUCH,
        /** Reading it took longer than the time budget. */
        TOO_SLOW,
        /** Too many PDFs are being read at this moment; the file was not read (send it again). */
        BUSY
    }

    /** What a PDF carries that a reader would run or open by itself. */
    public enum ActiveContent {
        JAVASCRIPT, LAUNCH_ACTION, EMBEDDED_FILE, RICH_MEDIA, XFA_FORM
    }

    /** The verdict; for a readable PDF its number of pages; for {@code ACTIVE_CONTENT} what was found. */
    public record Inspection(Verdict verdict, int pages, List<ActiveContent> activeContent) {

        Inspection(Verdict verdict) {
            this(verdict, 0, List.of());
        }

        public boolean readable() {
            return verdict == Verdict.READABLE;
        }
    }

    /** The limits: how many PDFs at once, how long to wait for a turn, how long to read one, how much to decode. */
    public record Limits(int maxConcurrent, Duration maxWait, Duration timeBudget, long maxDecodedBytes) {
    }

    private final Limits limits;
    /** The turns to read a PDF (package-private: tests hold them). */
    final Semaphore turns;

    @Inject
    public PdfInspector(PdfInspectionConfig config) {
        this(new Limits(config.maxConcurrent(), config.maxWait(), config.timeBudget(),
                config.maxDecodedSize().asLongValue()));
    }

    public PdfInspector(Limits limits) {
        this.limits = limits;
        this.turns = new Semaphore(limits.maxConcurrent(), true);
    }

    public Limits limits() {
        return limits;
    }

    public Inspection inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Inspection(Verdict.EMPTY);
        }
        if (bytes.length < HEADER.length || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return new Inspection(Verdict.NOT_PDF);
        }
        try {
            if (!turns.tryAcquire(limits.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
                return new Inspection(Verdict.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Inspection(Verdict.BUSY);
        }
        try {
            return read(bytes);
        } finally {
            turns.release();
        }
    }

    private Inspection read(byte[] bytes) {
        DecodingBudget budget = new DecodingBudget(limits.maxDecodedBytes(), limits.timeBudget());
        Inspection inspection;
        try {
            inspection = budget.apply(() -> open(bytes, budget));
        } catch (InvalidPasswordException e) {
            inspection = new Inspection(Verdict.ENCRYPTED);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports broken files with IOExceptions, and some malformed structures with runtime exceptions
            // (or a deep recursion): all of them mean the file cannot be read
            inspection = new Inspection(Verdict.DAMAGED);
        }
        // whatever PDFBox made of it: a file that hit a limit is refused for that (PDFBox may have repaired around
        // the failure, or the scan may have skipped objects it could no longer read)
        if (budget.exceeded()) {
            return new Inspection(Verdict.EXPANDS_TOO_MUCH);
        }
        if (budget.timedOut()) {
            return new Inspection(Verdict.TOO_SLOW);
        }
        return inspection;
    }

    private static Inspection open(byte[] bytes, DecodingBudget budget) throws IOException {
        try (PDDocument document = Loader.loadPDF(budget.source(bytes), "", null, null, SCRATCH)) {
            if (document.isEncrypted()) {
                return new Inspection(Verdict.ENCRYPTED);
            }
            int pages = document.getNumberOfPages();
            if (pages <= 0) {
                return new Inspection(Verdict.NO_PAGES);
            }
            Set<ActiveContent> active = ActiveContentScan.of(document, budget);
            return active.isEmpty() ? new Inspection(Verdict.READABLE, pages, List.of())
                    : new Inspection(Verdict.ACTIVE_CONTENT, pages, List.copyOf(active)); // in the enum's order
        }
    }
}
