import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rush of deadline day that survives faults, as a careful API client does: every proposal is submitted with its own
 * Idempotency-Key, and any answer that is not a decision (connection refused or reset, 429, 5xx, a timeout) is retried
 * with the same key after the server's Retry-After (or a second) until an acknowledgement or a refusal arrives, or
 * until the time is up. Run by src/bench/faults.sh; no dependencies (java FaultRush.java ...).
 * Arguments: base URLs (comma-separated: client i talks to node i mod n), password, "user:proposalId" lines file,
 * clients, seconds allowed, output file. The output file gets one line per proposal: "proposalId ack protocolNumber",
 * "proposalId refused status type", or "proposalId gave-up lastError"; stdout gets a summary.
 */
public class FaultRush {

    static final Pattern PROTOCOL = Pattern.compile("\"protocolNumber\":(\\d+)");
    static final Pattern TYPE = Pattern.compile("\"type\":\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        String[] bases = args[0].split(",");
        String password = args[1];
        List<String[]> work = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            if (!line.isBlank()) {
                work.add(line.trim().split(":"));
            }
        }
        int clients = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        List<Future<String>> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < work.size(); i++) {
            String base = bases[i % bases.length];
            String[] item = work.get(i);
            outcomes.add(pool.submit(() -> submit(http, base, item[0], password, item[1], until, failures, attempts)));
        }
        List<String> lines = new ArrayList<>();
        int acks = 0;
        int refused = 0;
        int gaveUp = 0;
        for (Future<String> f : outcomes) {
            String line = f.get();
            lines.add(line);
            acks += line.contains(" ack ") ? 1 : 0;
            refused += line.contains(" refused ") ? 1 : 0;
            gaveUp += line.contains(" gave-up ") ? 1 : 0;
        }
        pool.shutdown();
        Files.write(Path.of(args[5]), lines);
        System.out.printf("submissions=%d acknowledged=%d refused=%d gave_up=%d attempts=%d elapsed_s=%.1f "
                + "answers_retried=%s%n", work.size(), acks, refused, gaveUp, attempts.get(),
                (System.nanoTime() - start) / 1e9, failures);
        System.exit(0);
    }

    static String submit(HttpClient http, String base, String user, String password, String proposal, long until,
            Map<String, Integer> failures, AtomicInteger attempts) throws InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        String last = "none";
        while (System.nanoTime() < until) {
            attempts.incrementAndGet();
            long wait = 1000;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/proposals/" + proposal + "/submit"))
                        .header("Authorization", auth).header("Idempotency-Key", "fault-" + proposal)
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                Matcher protocol = PROTOCOL.matcher(response.body());
                if (status == 200 && protocol.find()) {
                    return proposal + " ack " + protocol.group(1);
                }
                if (status < 500 && status != 429 && status != 401) { // a decision: 4xx other than "later"
                    Matcher type = TYPE.matcher(response.body());
                    return proposal + " refused " + status + " " + (type.find() ? type.group(1) : "-");
                }
                last = Integer.toString(status); // 401: the node lost its database while checking the password
                wait = response.headers().firstValue("Retry-After").map(s -> Long.parseLong(s.trim()) * 1000)
                        .orElse(1000L);
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            }
            failures.merge(last, 1, Integer::sum);
            Thread.sleep(Math.min(wait, 5000));
        }
        return proposal + " gave-up " + last;
    }
}
