package org.openbando.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openbando.Api;
import org.openbando.TestFixtures;

/**
 * How fast receipts render: the first render in a fresh JVM, receipts per second after warm-up (single thread and
 * two threads), the share of Qute, and issue() with storage. Not a timed test: it runs only when asked and prints
 * numbers for docs/benchmarks.md (lines starting with {@code BENCH}, also kept in target/bench/rendering.txt):
 *
 * <pre>
 * OPENBANDO_TEST_DB_URL=jdbc:postgresql://localhost:5432/test_docs QUARKUS_HTTP_TEST_PORT=0 \
 *   ./mvnw -B -q verify -Dtest=RenderingBenchmark -Dopenbando.bench=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The XML transformer: openhtmltopdf writes the PDF/A XMP metadata with xmpbox, which asks
 * {@code TransformerFactory.newInstance()} for every document. The test classpath has Saxon (brought by veraPDF),
 * which that lookup finds and initialises each time; the application's classpath has no provider, so it gets the
 * JDK's own transformer. The benchmark measures the application's case by naming the JDK's transformer in the
 * system property the lookup reads first, and also reports the Saxon case once.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "openbando.bench", matches = "true")
class RenderingBenchmark {

    static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";
    static final String JDK_TRANSFORMER = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";
    static final int WARM_UP = 300;
    static final int MEASURED = 1000;
    static final int STORED = 300;

    @Inject
    PdfRenderer renderer;
    @Inject
    DocumentService documents;
    @Inject
    TestFixtures fixtures;

    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    final AtomicLong bytes = new AtomicLong();
    final StringBuilder out = new StringBuilder();
    final DocumentData receipt = Samples.of(DocumentKind.RECEIPT);

    @Test
    void receipts() throws Exception {
        System.setProperty(TRANSFORMER, JDK_TRANSFORMER);
        try {
            run();
        } finally {
            System.clearProperty(TRANSFORMER);
        }
        line("the same with Saxon from the test classpath as XML transformer: %s", singleThread(300));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/rendering.txt"), out);
        assertThat(bytes.get()).isPositive();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        byte[] first = renderer.render(receipt, "it");
        long firstNanos = System.nanoTime() - start;
        start = System.nanoTime();
        renderer.render(Samples.of(DocumentKind.ADMISSION), "en");
        long secondNanos = System.nanoTime() - start;
        line("first receipt in this JVM: %.0f ms (%d bytes); the next document: %.0f ms", firstNanos / 1e6,
                first.length, secondNanos / 1e6);

        for (int i = 0; i < WARM_UP; i++) {
            bytes.addAndGet(renderer.render(receipt, i % 2 == 0 ? "it" : "en").length);
        }
        line("single thread, after %d warm-up renders: %s", WARM_UP, singleThread(MEASURED));

        start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            bytes.addAndGet(renderer.html(receipt, i % 2 == 0 ? "it" : "en").length());
        }
        line("of which Qute (template to XHTML): %.2f ms per receipt", (System.nanoTime() - start) / 1e6 / MEASURED);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        start = System.nanoTime();
        Future<?>[] futures = new Future<?>[2];
        for (int t = 0; t < 2; t++) {
            futures[t] = pool.submit(() -> {
                for (int i = 0; i < MEASURED / 2; i++) {
                    bytes.addAndGet(renderer.render(receipt, "it").length);
                }
            });
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        line("two threads: %d receipts in %.1f s = %.0f receipts/s", MEASURED, seconds, MEASURED / seconds);

        long proposal = proposal();
        start = System.nanoTime();
        for (int i = 0; i < STORED; i++) {
            String reference = "bench:" + i;
            QuarkusTransaction.requiringNew().run(() -> documents.issue(proposal, reference, "it", "system",
                    receipt));
        }
        seconds = (System.nanoTime() - start) / 1e9;
        line("issue() with storage, one transaction each, single thread: %d receipts in %.1f s = %.0f/s", STORED,
                seconds, STORED / seconds);
        assertThat(QuarkusTransaction.requiringNew().call(() -> documents.list(proposal))).hasSize(STORED);
        line("receipt size: %d bytes", first.length);
        line("machine load average at the end: %.2f (2 cores)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Renders n receipts on this thread: rate by the wall clock, CPU time per receipt, percentiles. */
    private String singleThread(int n) {
        long[] each = new long[n];
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            bytes.addAndGet(renderer.render(receipt, i % 2 == 0 ? "it" : "en").length);
            each[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        Arrays.sort(each);
        return String.format(Locale.ROOT, "%d receipts in %.1f s = %.0f receipts/s; CPU %.1f ms per receipt "
                + "(= %.0f/s per core); p50 %.1f ms, p95 %.1f ms, max %.1f ms", n, seconds, n / seconds, cpuMs,
                1000 / cpuMs, each[n / 2] / 1e6, each[n * 95 / 100] / 1e6, each[n - 1] / 1e6);
    }

    private void line(String format, Object... args) {
        String line = "BENCH " + String.format(Locale.ROOT, format, args);
        System.out.println(line);
        out.append(line).append('\n');
    }

    private long proposal() {
        long call = Api.as(TestFixtures.OFFICER).body(Api.call("DOC-BENCH", -1, 30)).post("/api/calls").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(TestFixtures.OFFICER).post("/api/calls/" + call + "/publish").then().statusCode(200);
        String lead = fixtures.applicant("doc-bench-lead");
        Api.as(lead).body(Api.enterprise("Capofila DOC-BENCH", Api.vat(1149), "20", "3000000", "2000000"))
                .post("/api/organizations").then().statusCode(201);
        return Api.as(lead).body(Map.of("callId", call, "line", "A")).post("/api/proposals").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
