import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Verifies an OpenBando project dossier offline, with nothing but a Java 17 runtime:
 *
 * <pre>
 * java src/main/dossier/VerifyDossier.java dossier-123.zip
 * </pre>
 *
 * <p>Checks every file of the ZIP against {@code manifest.json} (size and SHA-256), that every file the manifest lists
 * is there and nothing else is, and that every stored file (the snapshot, attachments, issued documents, proofs) has
 * the SHA-256 the system stored for it, as the manifest records it. Prints the manifest's own SHA-256: compare it with
 * the one the dossier's page (or {@code GET /api/dossiers/{submissionId}}) shows for the issued dossier; the system's
 * own verification ({@code /auditor/dossiers/verify}) checks the stored hashes against the database too.
 *
 * <p>Exit status: 0 intact, 1 not intact, 2 unreadable. Reads the ZIP as a stream; never extracts it to disk.
 */
public final class VerifyDossier {

    static final String MANIFEST = "manifest.json";
    static final long MAX_ENTRY = 1L << 32; // 4 GiB inflated per entry
    static final long MAX_TOTAL = 1L << 34; // 16 GiB inflated in all
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_MANIFEST = 64 * 1024 * 1024;

    private VerifyDossier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java VerifyDossier.java <dossier.zip>");
            System.exit(2);
        }
        int status;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            status = verify(in, System.out);
        } catch (IllegalArgumentException | IOException e) {
            System.out.println("UNREADABLE: " + e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    record Read(String sha256, long size) {
    }

    /** Verifies and prints the outcome; 0 when intact, 1 when not. */
    static int verify(InputStream zip, java.io.PrintStream out) throws IOException {
        Map<String, Read> read = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        byte[] manifestBytes = null;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buffer = new byte[64 * 1024];
            while ((e = in.getNextEntry()) != null) {
                if (read.size() >= MAX_ENTRIES) {
                    throw new IllegalArgumentException("more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName();
                if (name.startsWith("/") || name.contains("\\") || ("/" + name + "/").contains("/../")) {
                    throw new IllegalArgumentException("unsafe entry name " + name);
                }
                if (e.isDirectory()) {
                    continue;
                }
                boolean manifest = MANIFEST.equals(name);
                java.io.ByteArrayOutputStream kept = manifest ? new java.io.ByteArrayOutputStream() : null;
                MessageDigest digest = sha256();
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > (manifest ? MAX_MANIFEST : MAX_ENTRY) || total > MAX_TOTAL) {
                        throw new IllegalArgumentException("entry " + name + " inflates too much");
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
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException("not a ZIP file");
        }
        if (manifestBytes == null) {
            out.println("NOT INTACT: " + MANIFEST + " is missing");
            return 1;
        }
        String manifestSha = read.get(MANIFEST).sha256();
        Object parsed;
        try {
            parsed = new Json(new String(manifestBytes, StandardCharsets.UTF_8)).parse();
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        if (!(parsed instanceof Map<?, ?> manifest) || !(manifest.get("files") instanceof List<?> files)) {
            out.println("manifest SHA-256: " + manifestSha);
            out.println("NOT INTACT: " + MANIFEST + " is not a dossier's manifest");
            return 1;
        }
        out.println("dossier of " + manifest.get("protocol") + " (submission " + manifest.get("submissionId")
                + "), produced at " + manifest.get("producedAt"));
        Set<String> listed = new LinkedHashSet<>();
        for (Object o : files) {
            Map<?, ?> f = o instanceof Map<?, ?> m ? m : Map.of();
            String path = String.valueOf(f.get("path"));
            if (!listed.add(path)) {
                problems.add(path + ": is listed twice in the manifest");
                continue;
            }
            Read r = read.get(path);
            if (r == null) {
                problems.add(path + ": is listed in the manifest but missing from the ZIP");
                out.println("MISSING   " + path);
                continue;
            }
            boolean matches = r.sha256().equals(f.get("sha256")) && f.get("size") instanceof Number size
                    && size.longValue() == r.size();
            String verdict = matches ? "ok" : "MODIFIED";
            if (!matches) {
                problems.add(path + ": does not match the manifest (SHA-256 " + r.sha256() + ")");
            }
            if (f.get("stored") instanceof Map<?, ?> stored) {
                if (!r.sha256().equals(stored.get("sha256"))) {
                    problems.add(path + ": does not match the SHA-256 stored for " + stored.get("kind") + " "
                            + stored.get("id"));
                    verdict = "MODIFIED";
                } else {
                    verdict += " (= stored " + stored.get("kind") + " " + stored.get("id") + ")";
                }
            }
            out.println(String.format("%-9s %s %s", verdict.startsWith("ok") ? "ok" : verdict, r.sha256(), path)
                    + (verdict.startsWith("ok ") ? " " + verdict.substring(3) : ""));
        }
        for (Map.Entry<String, Read> e : read.entrySet()) {
            if (!e.getKey().equals(MANIFEST) && !listed.contains(e.getKey())) {
                problems.add(e.getKey() + ": is not listed in the manifest");
                out.println("EXTRA     " + e.getValue().sha256() + " " + e.getKey());
            }
        }
        out.println("manifest SHA-256: " + manifestSha);
        if (problems.isEmpty()) {
            out.println("INTACT: " + listed.size() + " files match the manifest; compare the manifest's SHA-256 with "
                    + "the one the system issued");
            return 0;
        }
        problems.forEach(p -> out.println("problem: " + p));
        out.println("NOT INTACT: " + problems.size() + " problem(s)");
        return 1;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small JSON reader (objects, arrays, strings, numbers, booleans, null): enough for a manifest. */
    static final class Json {
        private final String s;
        private int i;
        private int depth;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            space();
            if (i != s.length()) {
                throw new IllegalArgumentException("trailing text at " + i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            if (i >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                if (++depth > 64) {
                    throw new IllegalArgumentException("nested too deep");
                }
                Object v = c == '{' ? object() : array();
                depth--;
                return v;
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("unexpected character at " + i);
            }
            String number = s.substring(start, i);
            if (number.length() > 40) {
                throw new IllegalArgumentException("number too long at " + start);
            }
            return number.matches("-?\\d{1,18}") ? (Number) Long.valueOf(number) : (Number) Double.valueOf(number);
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            space();
            if (peek('}')) {
                return m;
            }
            do {
                space();
                String key = string();
                space();
                expect(':');
                m.put(key, value());
                space();
            } while (next(','));
            expect('}');
            return m;
        }

        private List<Object> array() {
            List<Object> a = new ArrayList<>();
            i++;
            space();
            if (peek(']')) {
                return a;
            }
            do {
                a.add(value());
                space();
            } while (next(','));
            expect(']');
            return a;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        break;
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            if (i + 4 > s.length()) {
                                throw new IllegalArgumentException("bad escape");
                            }
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            throw new IllegalArgumentException("unterminated string");
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private boolean next(char c) {
            return peek(c);
        }

        private void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + i);
            }
            i++;
        }
    }
}
