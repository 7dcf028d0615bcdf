import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of the evaluation benchmark (src/bench/evaluation.sh): sends the requests of a work file from CLIENTS
 * concurrent API clients (HTTP Basic) and reports the step's total seconds, requests per second and latency
 * percentiles. No dependencies: {@code java EvaluationBench.java baseUrl password step workFile clients [responses]}.
 * <p>
 * A work-file line is one unit of work, tab-separated: {@code user METHOD path [body]}; further requests of the same
 * unit follow on the same line after a {@code \t>>\t} separator and are sent in order by the same client (a save then
 * a submit, say); in a later request's body or path, {@code {{version}}} is replaced by the {@code "version":n} of the
 * previous answer. A unit's latency is the time of its requests together. A request refused with 429 or 503 (the
 * password-check throttle, ADR 0005) is sent again after Retry-After, inside the unit's time, as a patient client does.
 * A POST carries an {@code Idempotency-Key} made of its path (the submission requires one; others ignore it).
 * Any other answer than 2xx is an error; the first few are printed. With a responses file, each unit's last answer is
 * written there, one per line ({@code index \t status \t body} without line breaks), in the order of the work file.
 */
public class EvaluationBench {

    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    record Request(String user, String method, String path, String body) {
    }

    record Result(long nanos, int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        String step = args[2];
        List<List<Request>> work = read(Path.of(args[3]));
        int clients = Integer.parseInt(args[4]);
        Path responses = args.length > 5 ? Path.of(args[5]) : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Result>> futures = new ArrayList<>();
        for (List<Request> unit : work) {
            futures.add(pool.submit(() -> run(http, base, password, unit)));
        }
        List<Long> latencies = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < futures.size(); i++) {
            Result r = futures.get(i).get();
            latencies.add(r.nanos());
            if (r.status() / 100 != 2) {
                if (errors++ < 5) {
                    List<Request> unit = work.get(i);
                    System.err.printf("%s: %s %s -> %d %s%n", step, unit.get(unit.size() - 1).method(),
                            unit.get(unit.size() - 1).path(), r.status(), abbreviate(r.body()));
                }
            }
            answers.add(i + "\t" + r.status() + "\t" + r.body().replace('\n', ' ').replace('\r', ' '));
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        if (responses != null) {
            Files.write(responses, answers, StandardCharsets.UTF_8);
        }
        Collections.sort(latencies);
        double seconds = elapsed / 1e9;
        int requests = work.stream().mapToInt(List::size).sum();
        System.out.printf("step=%s units=%d requests=%d clients=%d total_s=%.2f units_per_s=%.1f requests_per_s=%.1f "
                        + "p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d%n", step, work.size(), requests,
                clients, seconds, work.size() / seconds, requests / seconds, pct(latencies, 50), pct(latencies, 95),
                pct(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6, errors);
        System.exit(errors == 0 ? 0 : 1); // the HTTP client's threads would keep the JVM up
    }

    static List<List<Request>> read(Path file) throws java.io.IOException {
        List<List<Request>> work = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            List<Request> unit = new ArrayList<>();
            for (String part : line.split("\t>>\t")) {
                String[] f = part.split("\t", 4);
                unit.add(new Request(f[0], f[1], f[2], f.length > 3 ? f[3] : null));
            }
            work.add(unit);
        }
        return work;
    }

    /** The requests of one unit, in order; stops at the first error. */
    static Result run(HttpClient http, String base, String password, List<Request> unit) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> last = null;
        for (Request r : unit) {
            String version = last == null ? null : version(last.body());
            String path = version == null ? r.path() : r.path().replace("{{version}}", version);
            String body = r.body() == null || version == null ? r.body() : r.body().replace("{{version}}", version);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic(r.user(), password)).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(300));
            if (r.method().equals("POST")) { // the submission requires one; every other endpoint ignores it
                request.header("Idempotency-Key", "bench-" + path);
            }
            request = body == null ? request.method(r.method(), HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                            .method(r.method(), HttpRequest.BodyPublishers.ofString(body));
            last = sendPatiently(http, request.build());
            if (last.statusCode() / 100 != 2) {
                break;
            }
        }
        return new Result(System.nanoTime() - t0, last.statusCode(), last.body());
    }

    static String version(String body) {
        Matcher m = VERSION.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** Sends again after Retry-After while the application answers 429 or 503 (too many password checks at once). */
    static HttpResponse<String> sendPatiently(HttpClient http, HttpRequest request) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 && response.statusCode() != 503 || attempt == 1000) {
                return response;
            }
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
