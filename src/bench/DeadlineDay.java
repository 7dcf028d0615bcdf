import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rush of deadline day: submits proposals 1..N (prepared by deadline-day.sh, users bench-00001..) from many
 * concurrent clients, retries some requests with the same Idempotency-Key, and reports acknowledgements per second,
 * latency percentiles and errors. Run by src/bench/deadline-day.sh; no dependencies (java DeadlineDay.java ...).
 * Arguments: baseUrl, password, comma-separated "user:proposalId" file, clients, retry percent.
 */
public class DeadlineDay {

    static final Pattern PROTOCOL = Pattern.compile("\"protocolNumber\":(\\d+)");

    record Result(long nanos, int status, String protocol, boolean retryMatched) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        List<String[]> work = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[2]))) {
            if (!line.isBlank()) {
                work.add(line.trim().split(":"));
            }
        }
        int clients = Integer.parseInt(args[3]);
        int retryPercent = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Result>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (String[] item : work) {
            futures.add(pool.submit(() -> submit(http, base, item[0], password, item[1], retryPercent)));
        }
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        int retryMismatches = 0;
        for (Future<Result> f : futures) {
            Result r = f.get();
            latencies.add(r.nanos());
            if (r.status() != 200 || r.protocol() == null) {
                errors++;
            }
            if (!r.retryMatched()) {
                retryMismatches++;
            }
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        Collections.sort(latencies);
        double seconds = elapsed / 1e9;
        System.out.printf("submissions=%d clients=%d elapsed_s=%.2f acks_per_s=%.1f p50_ms=%.1f p95_ms=%.1f "
                        + "p99_ms=%.1f max_ms=%.1f errors=%d retry_mismatches=%d%n",
                work.size(), clients, seconds, (work.size() - errors) / seconds, pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6, errors,
                retryMismatches);
        System.exit(errors == 0 && retryMismatches == 0 ? 0 : 1); // the HTTP client's threads would keep the JVM up
    }

    static Result submit(HttpClient http, String base, String user, String password, String proposal,
            int retryPercent) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/proposals/" + proposal + "/submit"))
                .header("Authorization", auth).header("Idempotency-Key", "bench-" + proposal)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        String protocol = protocol(response.body());
        boolean matched = true;
        if (ThreadLocalRandom.current().nextInt(100) < retryPercent) {
            HttpResponse<String> again = http.send(request, HttpResponse.BodyHandlers.ofString());
            matched = again.statusCode() == 200 && protocol != null && protocol.equals(protocol(again.body()));
        }
        return new Result(nanos, response.statusCode(), protocol, matched);
    }

    static String protocol(String body) {
        Matcher m = PROTOCOL.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
