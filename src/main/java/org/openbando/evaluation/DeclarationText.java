package org.openbando.evaluation;

import java.util.List;
import org.openbando.shared.PublicApi;

/**
 * The text of the declaration of absence of conflict of interest that an expert signs to accept an assignment, in
 * Italian and in English: filled with the expert, the proposal and its consortium, stored as signed with its SHA-256
 * ({@link ConflictDeclaration}). A change of wording is a new {@link #VERSION}: declarations already signed keep their
 * own text.
 */
@PublicApi
public final class DeclarationText {

    /** The version of the wording below, stored with every declaration. */
    public static final String VERSION = "2026.1";
    public static final List<String> LANGUAGES = List.of("it", "en");

    private DeclarationText() {
    }

    /**
     * The declaration to sign.
     *
     * @param expert     the expert's name as the user account has it, and the username
     * @param call       the call's code
     * @param protocol   the proposal's protocol reference
     * @param consortium the names of the lead, the partners and the providers of contracted research
     */
    public static String of(String language, String expert, String username, String call, String protocol,
            String acronym, String title, List<String> consortium) {
        String names = String.join("; ", consortium);
        String proposal = (acronym == null ? "" : acronym) + (title == null ? "" : " - " + title);
        if ("en".equals(language)) {
            return """
                    DECLARATION OF ABSENCE OF CONFLICT OF INTEREST AND CONFIDENTIALITY UNDERTAKING
                    (Law 241/1990, art. 6-bis; Presidential Decree 445/2000, arts. 46, 47 and 76; Presidential Decree \
                    62/2013, art. 7)

                    I, the undersigned %s (user %s), appointed as independent expert for the evaluation of the \
                    proposal %s, protocol %s, submitted to the call %s by the consortium formed by: %s,

                    aware of the criminal penalties provided by art. 76 of Presidential Decree 445/2000 for false \
                    statements and of the forfeiture of any benefit obtained on the basis of them,

                    DECLARE
                    1. that I have no conflict of interest, even potential, with the proposal and with any member of \
                    the consortium or provider of contracted research named above: I am not, and have not been in the \
                    last three years, a director, employee, partner, consultant or collaborator of any of them; I \
                    hold no shares or financial interests in them; I have no family relationship up to the second \
                    degree, nor cohabitation, with their directors or with the persons working on the proposal; I \
                    have taken no part in drafting the proposal;
                    2. that no other reason of convenience, including personal or professional rivalry, could \
                    affect, or appear to affect, my impartiality and independence of judgement;
                    3. that I will inform the responsible officer at once, and abstain from any further act, should \
                    a conflict of interest arise or come to my knowledge during the evaluation.

                    I UNDERTAKE
                    to keep strictly confidential the content of the proposal, of its attachments and of the \
                    evaluation, the scores and the opinions of the other experts; to use them only for this \
                    evaluation; not to copy, disclose or keep them after its end; and not to contact the applicants \
                    about the proposal.

                    Signed electronically by accepting the assignment in OpenBando; this text is stored with the date \
                    and time of signature and its SHA-256 hash.
                    """.formatted(expert, username, proposal, protocol, call, names);
        }
        return """
                DICHIARAZIONE DI ASSENZA DI CONFLITTI DI INTERESSE E IMPEGNO ALLA RISERVATEZZA
                (art. 6-bis della legge 241/1990; artt. 46, 47 e 76 del DPR 445/2000; art. 7 del DPR 62/2013)

                Il/La sottoscritto/a %s (utente %s), incaricato/a quale esperto/a indipendente della valutazione \
                della proposta %s, protocollo %s, presentata sul bando %s dal partenariato composto da: %s,

                consapevole delle sanzioni penali previste dall'art. 76 del DPR 445/2000 per le dichiarazioni \
                mendaci e della decadenza dai benefici eventualmente conseguiti sulla base di esse,

                DICHIARA
                1. di non trovarsi in alcuna situazione di conflitto di interessi, anche potenziale, rispetto alla \
                proposta e a ciascun componente del partenariato o fornitore di ricerca contrattuale sopra indicato: \
                di non essere, né di essere stato/a negli ultimi tre anni, amministratore, dipendente, socio, \
                consulente o collaboratore di alcuno di essi; di non detenere partecipazioni o interessi finanziari \
                in essi; di non avere rapporti di parentela o affinità entro il secondo grado, né di convivenza, con \
                i loro amministratori o con le persone che lavorano alla proposta; di non avere partecipato alla \
                redazione della proposta;
                2. che nessun'altra ragione di convenienza, comprese rivalità personali o professionali, può \
                incidere, o apparire incidere, sulla propria imparzialità e indipendenza di giudizio;
                3. di informare senza indugio il funzionario responsabile, astenendosi da ogni ulteriore atto, \
                qualora un conflitto di interessi sorga o giunga a sua conoscenza durante la valutazione.

                SI IMPEGNA
                a mantenere strettamente riservati il contenuto della proposta, dei suoi allegati e della \
                valutazione, i punteggi e i giudizi degli altri esperti; a utilizzarli soltanto per questa \
                valutazione; a non copiarli, divulgarli né conservarli dopo la sua conclusione; a non prendere \
                contatti con i proponenti in merito alla proposta.

                Sottoscritta elettronicamente con l'accettazione dell'incarico in OpenBando; il testo è conservato \
                con la data e l'ora della sottoscrizione e la sua impronta SHA-256.
                """.formatted(expert, username, proposal, protocol, call, names);
    }
}
