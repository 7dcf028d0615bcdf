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
 * Arguments: baseUrl, password, "user:proposalId" lines file, clients, retry percent, mode, rush hook file, and
 * optionally a warm-up file of the same applicants' proposals in another call, the file to wait for after it and
 * the number of warm-up rounds.
 * Mode "page" (what an SME does): every applicant logs in beforehand (not measured), then the rush posts the
 * proposal page's submit form with the session cookie and the form token. Mode "api": the rush calls POST /api/proposals/{id}/submit
 * with HTTP Basic (every request verifies its credentials against bcrypt).
 */
public class DeadlineDay {

    static final Pattern PROTOCOL = Pattern.compile("\"protocolNumber\":(\\d+)");

    record Result(long nanos, int status, String protocol, boolean retryMatched) {

        boolean acknowledged() {
            return status == 200 && protocol != null || status == 303 && "303".equals(protocol);
        }
    }

    static List<String[]> read(String file) throws java.io.IOException {
        List<String[]> work = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(file))) {
            if (!line.isBlank()) {
                work.add(line.trim().split(":"));
            }
        }
        return work;
    }

    static List<Future<Result>> rush(ExecutorService pool, HttpClient http, String base, java.util.Map<String,
            String> sessions, List<String[]> work, int retryPercent, boolean page, String keyPrefix) {
        List<Future<Result>> futures = new ArrayList<>();
        for (String[] item : work) {
            futures.add(pool.submit(() -> page
                    ? submitPage(base, sessions, item[0], item[1], retryPercent, keyPrefix)
                    : submit(http, base, sessions.get(item[0]), item[1], retryPercent, keyPrefix)));
        }
        return futures;
    }

    /** Withdraws a submitted proposal (page form or API); returns the status (303 or 200 when done). */
    static int withdraw(HttpClient http, String base, java.util.Map<String, String> sessions, String user,
            String proposal, boolean page) throws Exception {
        String path = (page ? "/proposals/" : "/api/proposals/") + proposal + "/withdraw";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        request = page ? request.header("Cookie", sessions.get(user) + "; " + formToken[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TOKEN_FIELD + "=" + formToken[1]))
                : request.header("Authorization", sessions.get(user)).POST(HttpRequest.BodyPublishers.noBody());
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        response.headers().allValues("set-cookie").stream().map(DeadlineDay::session).filter(c -> c != null)
                .forEach(renewed -> sessions.put(user, renewed)); // as a browser keeps the renewed session
        return response.statusCode();
    }

    static final String TOKEN_FIELD = "csrf-token";

    /**
     * The form token of the pages (quarkus-rest-csrf): its cookie ("openbando-csrf=...") and the value every form
     * carries, the login form in its address. A browser gets them with the login page; it is bound to no session, so
     * every client shares the one read here.
     */
    static String[] formToken;

    static void readFormToken(HttpClient http, String base) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("openbando-csrf="))
                .map(c -> c.indexOf(';') < 0 ? c : c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("the login page set no form token cookie"));
        Matcher value = Pattern.compile("j_security_check\\?" + TOKEN_FIELD + "=([A-Za-z0-9_-]+)")
                .matcher(login.body());
        if (!value.find()) {
            throw new IllegalStateException("the login page has no form token");
        }
        formToken = new String[] {cookie, value.group(1)};
    }

    /** "openbando-session=..." of a Set-Cookie header, or null for another cookie. */
    static String session(String setCookie) {
        String value = setCookie.startsWith("openbando-session=") ? setCookie : null;
        return value == null || value.indexOf(';') < 0 ? value : value.substring(0, value.indexOf(';'));
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        List<String[]> work = read(args[2]);
        int clients = Integer.parseInt(args[3]);
        int retryPercent = Integer.parseInt(args[4]);
        boolean page = args.length < 6 || args[5].equals("page");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        java.util.Map<String, String> sessions = new java.util.concurrent.ConcurrentHashMap<>();
        if (page) {
            readFormToken(http, base);
        }
        List<Future<?>> logins = new ArrayList<>();
        long prepared = System.nanoTime();
        for (String[] item : work) {
            logins.add(pool.submit(() -> {
                sessions.put(item[0], page ? login(http, base, item[0], password)
                        : basic(item[0], password));
                if (!page) {
                    HttpResponse<String> me = sendPatiently(http, HttpRequest.newBuilder(URI.create(base + "/api/me"))
                            .header("Authorization", sessions.get(item[0])).build());
                    if (me.statusCode() != 200) {
                        throw new IllegalStateException("credentials of " + item[0] + " refused: " + me.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : logins) {
            f.get();
        }
        System.out.printf("prepared %d %s in %.1f s (not measured)%n", work.size(), page ? "logged-in sessions"
                : "verified API clients", (System.nanoTime() - prepared) / 1e9);
        if (args.length > 8) { // the warm-up call: the same applicants submit another proposal, the script waits until
            List<String[]> warm = read(args[7]); // the engine has finished with them, and (for all rounds but the
            int rounds = args.length > 9 ? Integer.parseInt(args[9]) : 1; // last) they withdraw it
            long warmStart = System.nanoTime();
            int warmErrors = 0;
            for (int round = 1; round <= rounds; round++) {
                for (Future<Result> f : rush(pool, http, base, sessions, warm, retryPercent, page,
                        "warm" + round + "-")) { // retried as often as in the rush: the same code paths
                    warmErrors += f.get().acknowledged() ? 0 : 1;
                }
                awaitEngine(args[6] + ".warm", args[8], round);
                if (round < rounds) {
                    List<Future<Integer>> withdrawals = new ArrayList<>();
                    for (String[] item : warm) {
                        withdrawals.add(pool.submit(() -> withdraw(http, base, sessions, item[0], item[1], page)));
                    }
                    for (Future<Integer> f : withdrawals) {
                        warmErrors += f.get() == 200 || f.get() == 303 ? 0 : 1;
                    }
                }
            }
            System.out.printf("warm-up: %d rounds of %d submissions to another call in %.1f s, %d errors (not "
                    + "measured)%n", rounds, warm.size(), (System.nanoTime() - warmStart) / 1e9, warmErrors);
        }
        if (args.length > 6) { // tells deadline-day.sh that the rush begins (for PROFILE=1)
            java.nio.file.Files.writeString(java.nio.file.Path.of(args[6]), "rush");
            Thread.sleep(1000);
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<Result>> futures = rush(pool, http, base, sessions, work, retryPercent, page, "bench-");
        List<Long> latencies = new ArrayList<>();
        int errors = 0;
        int retryMismatches = 0;
        for (Future<Result> f : futures) {
            Result r = f.get();
            latencies.add(r.nanos());
            if (!r.acknowledged()) {
                errors++;
            }
            if (!r.retryMatched()) {
                retryMismatches++;
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpu = os.getProcessCpuTime() - cpuStart;
        pool.shutdown();
        Collections.sort(latencies);
        double seconds = elapsed / 1e9;
        System.out.printf("mode=%s submissions=%d clients=%d elapsed_s=%.2f acks_per_s=%.1f p50_ms=%.1f p95_ms=%.1f "
                        + "p99_ms=%.1f max_ms=%.1f errors=%d retry_mismatches=%d generator_cpu_s=%.2f%n",
                page ? "page" : "api", work.size(), clients, seconds, (work.size() - errors) / seconds, pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1) / 1e6, errors,
                retryMismatches, cpu / 1e9);
        System.exit(errors == 0 && retryMismatches == 0 ? 0 : 1); // the HTTP client's threads would keep the JVM up
    }

    /**
     * Tells deadline-day.sh that a warm-up round was submitted (the file {@code done}, holding the round) and waits
     * until the script has seen the engine finish its work (the file {@code go}, which this removes): through a day
     * the engine keeps up with the submissions.
     */
    static void awaitEngine(String done, String go, int round) throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of(done), Integer.toString(round));
        while (!java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(go))) {
            Thread.sleep(200);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request that checks a password, again after Retry-After while the application answers that too many
     * password checks run at once (503) or that the client must wait (429), as a well-behaved client does.
     */
    static HttpResponse<String> sendPatiently(HttpClient http, HttpRequest request) throws Exception {
        // with 64 clients and two password checks at once (ADR 0005), a login may wait its turn many times
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 && response.statusCode() != 503 || attempt == 1000) {
                return response;
            }
            Thread.sleep(1000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    /** Form login: the session cookie the page sets. */
    static String login(HttpClient http, String base, String user, String password) throws Exception {
        HttpResponse<String> response = sendPatiently(http, HttpRequest.newBuilder(URI.create(base + "/j_security_check?"
                + TOKEN_FIELD + "=" + formToken[1])).header("Cookie", formToken[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build());
        return response.headers().allValues("set-cookie").stream().map(DeadlineDay::session).filter(c -> c != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("login of " + user + " failed: " + response.statusCode()));
    }

    /**
     * The page's submit form (confirmation ticked, the key the page rendered); success is 303 to ?submitted=true. A
     * renewed session cookie replaces the user's, as a browser does.
     */
    static Result submitPage(String base, java.util.Map<String, String> sessions, String user, String proposal,
            int retryPercent, String keyPrefix) throws Exception {
        URI uri = URI.create(base);
        String path = "/proposals/" + proposal + "/submit";
        String body = TOKEN_FIELD + "=" + formToken[1] + "&confirm=true&key=" + keyPrefix + proposal;
        long t0 = System.nanoTime();
        String[] response = Connection.post(uri, path, sessions.get(user), body);
        long nanos = System.nanoTime() - t0;
        if (response[2] != null) {
            sessions.put(user, response[2]);
        }
        int status = Integer.parseInt(response[0]);
        boolean ok = status == 303 && response[1].contains("submitted=true");
        boolean matched = true;
        if (ok && ThreadLocalRandom.current().nextInt(100) < retryPercent) {
            matched = Connection.post(uri, path, sessions.get(user), body)[0].equals("303");
        }
        return new Result(nanos, status, ok ? "303" : null, matched);
    }

    /**
     * One HTTP/1.1 keep-alive connection per client thread, for the rush of page submissions: the JDK's HttpClient
     * spent about 1.5 ms of processor per request here, taken from the two cores the application and PostgreSQL
     * share, several times what writing a request and reading a short response on a socket needs.
     */
    static final class Connection {

        private static final ThreadLocal<Connection> OF_THREAD = new ThreadLocal<>();
        private final java.net.Socket socket;
        private final java.io.InputStream in;
        private final java.io.OutputStream out;

        private Connection(URI base) throws java.io.IOException {
            socket = new java.net.Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(120_000);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = new java.io.BufferedOutputStream(socket.getOutputStream());
        }

        /**
         * Posts a form; returns the status, the Location header and the renewed session cookie (or null). A connection
         * the server closed is reopened.
         */
        static String[] post(URI base, String path, String cookie, String body) throws java.io.IOException {
            for (int attempt = 1; ; attempt++) {
                Connection c = OF_THREAD.get();
                if (c == null) {
                    c = new Connection(base);
                    OF_THREAD.set(c);
                }
                try {
                    return c.exchange(base, path, cookie, body);
                } catch (java.io.IOException e) {
                    c.socket.close();
                    OF_THREAD.remove();
                    if (attempt == 2) { // the same key again is harmless: the server answers with what it stored
                        throw e;
                    }
                }
            }
        }

        private String[] exchange(URI base, String path, String cookie, String body) throws java.io.IOException {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\nCookie: "
                    + cookie + "; " + formToken[0] + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + content.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            String status = line().substring(9, 12);
            String location = "";
            String renewed = null;
            long length = 0;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("location:")) {
                    location = header.substring(9).trim();
                } else if (lower.startsWith("set-cookie:") && session(header.substring(11).trim()) != null) {
                    renewed = session(header.substring(11).trim());
                } else if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:")) {
                    chunked = lower.contains("chunked");
                } else if (lower.startsWith("connection:")) {
                    close = lower.contains("close");
                }
            }
            if (chunked) {
                for (long size = chunk(); size > 0; size = chunk()) {
                    in.skipNBytes(size);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else {
                in.skipNBytes(length);
            }
            if (close) {
                socket.close();
                OF_THREAD.remove();
            }
            return new String[] {status, location, renewed};
        }

        private long chunk() throws java.io.IOException {
            return Long.parseLong(line().split(";")[0].trim(), 16);
        }

        private String line() throws java.io.IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }

    static Result submit(HttpClient http, String base, String auth, String proposal, int retryPercent,
            String keyPrefix) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/proposals/" + proposal + "/submit"))
                .header("Authorization", auth).header("Idempotency-Key", keyPrefix + proposal)
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
