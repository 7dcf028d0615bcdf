package org.openbando.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The dossier of a project as one ZIP: the submission as stored, every issued document, the eligibility checklist,
 * conflict-of-interest declarations, evaluations, the ranking entry, the size and aid computations, the funding
 * decision, revocations and the project's audit trail, with {@code manifest.json} listing each file's SHA-256; and the
 * check of a dossier against its manifest and the hashes the system stored.
 */
@ApplicationScoped
public class Dossiers {

    /** Writes the dossier of a submitted project (404 when unknown) as it is produced. */
    public void write(long submissionId, OutputStream out) {
        throw new UnsupportedOperationException("issue 15: h15-dossier");
    }

    /** The outcome of checking a dossier ZIP, file by file. */
    public record Verification(boolean intact, String manifestSha256, java.util.List<FileCheck> files,
            java.util.List<String> problems) {
    }

    /**
     * @param stored whether the file's hash matches what the system stored (null when the system stores no hash for
     *               it, e.g. a rendered JSON view)
     */
    public record FileCheck(String path, String sha256, boolean matchesManifest, Boolean matchesStored) {
    }

    public Verification verify(InputStream zip) {
        throw new UnsupportedOperationException("issue 15: h15-dossier");
    }
}
