package org.openbando.document;

import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;
/** The documents the proposal and call processes issue; each has its template {@code templates/documents/<slug>.html}. */
@PublicApi
public enum DocumentKind {
    /** Acknowledgement of a submission: protocol number, receipt time, snapshot hash, summary. */
    RECEIPT("receipt", "ricevuta", "receipt"),
    /** Request to complete documents (Law 241/1990 art. 6, "soccorso istruttorio"). */
    COMPLETION_REQUEST("completion-request", "richiesta-integrazione", "completion-request"),
    /** Notice before rejection (Law 241/1990 art. 10-bis). */
    NOTICE_BEFORE_REJECTION("notice-before-rejection", "preavviso-rigetto", "notice-before-rejection"),
    /** Decision that the proposal is inadmissible, with reasons. */
    INADMISSIBILITY("inadmissibility", "inammissibilita", "inadmissibility"),
    /** Notice that the proposal is admitted to evaluation. */
    ADMISSION("admission", "ammissione", "admission"),
    /**
     * The Evaluation Summary Report: final scores, total against the threshold, outcome and reasons, TRL verdict.
     * Withheld from applicants: the ranking releases it, through the evaluation's own route.
     */
    EVALUATION_SUMMARY("evaluation-summary", "sintesi-valutazione", "evaluation-summary", true),
    /** The ranking act of a line of a call (a call's document; signed). */
    RANKING_ACT("ranking-act", "graduatoria", "ranking-act"),
    /** The funding decision of a project: CUP, COR, grant per partner with its computation, obligations (signed). */
    FUNDING_DECISION("funding-decision", "decreto-concessione", "funding-decision"),
    /** Notice before revocation (Law 241/1990 art. 10-bis): reasons, observations term. */
    REVOCATION_NOTICE("revocation-notice", "preavviso-revoca", "revocation-notice"),
    /** The revocation of a grant (signed). */
    REVOCATION("revocation", "revoca", "revocation");

    private final String template;
    private final String fileNameIt;
    private final String fileNameEn;
    private final boolean withheld;

    DocumentKind(String template, String fileNameIt, String fileNameEn) {
        this(template, fileNameIt, fileNameEn, false);
    }

    DocumentKind(String template, String fileNameIt, String fileNameEn, boolean withheld) {
        this.template = template;
        this.fileNameIt = fileNameIt;
        this.fileNameEn = fileNameEn;
        this.withheld = withheld;
    }

    /**
     * Whether the document is withheld from the applicants among the proposal's documents (its feature releases it
     * by its own route when the time comes); officers, auditors and administrators read it at once.
     */
    public boolean withheldFromApplicants() {
        return withheld;
    }

    /**
     * Whether the document is signed (PAdES baseline B, docs/adr/0008-pdf-documents.md) before it is hashed and stored:
     * the acts of the managing authority (the ranking act, funding decisions, revocations).
     */
    public boolean signed() {
        return this == RANKING_ACT || this == FUNDING_DECISION || this == REVOCATION;
    }

    /**
     * Whether the document belongs to a call rather than to a proposal: issued with
     * {@link DocumentService#issueForCall}, never with {@link DocumentService#issue}.
     */
    public boolean ownedByCall() {
        return this == RANKING_ACT;
    }

    /** The template's location under {@code templates/}. */
    String template() {
        return "documents/" + template + ".html";
    }

    /** The first word of the file name in the document's language, e.g. {@code ricevuta}. */
    String fileNamePrefix(String language) {
        return "en".equals(Languages.code(language)) ? fileNameEn : fileNameIt;
    }
}
