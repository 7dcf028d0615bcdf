package org.openbando.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What PDFBox may decode, and for how long, while one PDF is inspected on the current thread.
 * <p>
 * PDFBox 3 decodes each filtered stream whole into memory (the cross-reference and object streams as soon as the file
 * is parsed), with no limit on the ratio: a 1 MB file whose Flate data inflates to gigabytes fills the heap, and a
 * memory setting for its stream cache does not apply to decoding. PDFBox offers no hook either, so at first use every
 * filter of its {@link FilterFactory} (Flate, LZW, run-length, ASCII, image and crypt filters) is wrapped once. Outside
 * an inspection the wrapper passes through unchanged (the documents that openhtmltopdf renders are not affected);
 * inside one, every byte a filter writes, at every stage of a filter chain, counts against the budget, and a write
 * beyond it or after the deadline fails with an {@link IOException} that stops the decoding. The source the parser
 * reads ({@link #source}) checks the deadline too. PDFBox catches some of those exceptions to repair a file, so the
 * inspector reads {@link #exceeded()} and {@link #timedOut()} afterwards instead of trusting the outcome.
 */
final class DecodingBudget {

    private static final ThreadLocal<DecodingBudget> CURRENT = new ThreadLocal<>();
    /** How many decoded bytes may pass between two looks at the clock. */
    private static final long CLOCK_EVERY_BYTES = 256 * 1024;
    /** How many reads of the source may pass between two looks at the clock. */
    private static final int CLOCK_EVERY_READS = 4096;

    static {
        guardFilters();
    }

    private final long maxBytes;
    private final long deadline;
    private long decoded;
    private long sinceClock;
    private int reads;
    private boolean exceeded;
    private boolean timedOut;

    DecodingBudget(long maxBytes, Duration time) {
        this.maxBytes = maxBytes;
        this.deadline = System.nanoTime() + time.toNanos();
    }

    /** Some work that reads a PDF. */
    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs the work with this budget on the current thread. */
    <T> T apply(Work<T> work) throws IOException {
        CURRENT.set(this);
        try {
            return work.run();
        } finally {
            CURRENT.remove();
        }
    }

    /** Whether more than the allowed bytes were decoded (the rest of the work failed or was cut short). */
    boolean exceeded() {
        return exceeded;
    }

    /** Whether the time ran out (the rest of the work failed or was cut short). */
    boolean timedOut() {
        return timedOut;
    }

    /** Whether a limit was hit: what follows can only fail, or work on a file PDFBox could not read whole. */
    boolean exhausted() {
        return exceeded || timedOut;
    }

    /** Fails once the time is up. */
    void checkTime() throws IOException {
        if (timedOut || System.nanoTime() - deadline > 0) {
            timedOut = true;
            throw new IOException("The time to read this PDF is up");
        }
    }

    /** The file as PDFBox's parser reads it: the first read and every few thousandth look at the clock. */
    RandomAccessReadBuffer source(byte[] bytes) {
        return new RandomAccessReadBuffer(bytes) {

            @Override
            public int read() throws IOException {
                tick();
                return super.read();
            }

            @Override
            public int read(byte[] b, int offset, int length) throws IOException {
                tick();
                return super.read(b, offset, length);
            }
        };
    }

    private void tick() throws IOException {
        if (reads++ % CLOCK_EVERY_READS == 0 || timedOut) {
            checkTime();
        }
    }

    private void spend(long bytes) throws IOException {
        if (exceeded) {
            throw tooMuch();
        }
        decoded += bytes;
        sinceClock += bytes;
        if (decoded > maxBytes) {
            exceeded = true;
            throw tooMuch();
        }
        if (sinceClock >= CLOCK_EVERY_BYTES || timedOut) {
            sinceClock = 0;
            checkTime();
        }
    }

    private IOException tooMuch() {
        return new IOException("This PDF decodes to more than " + maxBytes + " bytes");
    }

    /** The output of a filter: counted against the budget of the inspection running on this thread, if any. */
    private static OutputStream guard(OutputStream decoded) {
        DecodingBudget budget = CURRENT.get();
        if (budget == null) {
            return decoded;
        }
        return new FilterOutputStream(decoded) {

            @Override
            public void write(int b) throws IOException {
                budget.spend(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int offset, int length) throws IOException {
                budget.spend(length);
                out.write(b, offset, length);
            }
        };
    }

    /**
     * Wraps each of PDFBox's filters once (the map is private: read by reflection). A filter registered under two names
     * (e.g. /FlateDecode and /Fl) keeps one wrapper, so that PDFBox still recognises it as a duplicate in a chain.
     */
    @SuppressWarnings("unchecked")
    private static void guardFilters() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            Map<Filter, Filter> guarded = new IdentityHashMap<>();
            // values replaced in place, once (class initialisation): a reader racing it gets either filter
            filters.replaceAll((name, filter) -> filter instanceof Guarded ? filter
                    : guarded.computeIfAbsent(filter, Guarded::new));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("PDFBox's filters cannot be guarded: without a decoding limit, an "
                    + "uploaded PDF could fill the heap. Check DecodingBudget against this PDFBox version.", e);
        }
    }

    /** Whether PDFBox's filter is the guarded one (tests: a PDFBox upgrade that breaks the guard fails them). */
    static boolean guards(Filter filter) {
        return filter instanceof Guarded;
    }

    /** A PDFBox filter whose output counts against the current inspection's budget. */
    private static final class Guarded extends Filter {

        private final Filter filter;

        Guarded(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return filter.decode(encoded, guard(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                DecodeOptions options) throws IOException {
            return filter.decode(encoded, guard(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }
    }
}
