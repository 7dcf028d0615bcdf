package org.openbando.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openbando.call.Line;
import org.openbando.document.FundingDecisionData;

/**
 * The rules of the concession, one named function each (pure): the CUP's and the COR's form, the DURC's validity on
 * the day, when anti-mafia documentation is required, what the checklist still lacks, and the end of a term of days.
 */
final class ConcessionRules {

    /** CUP (Codice Unico di Progetto): 15 characters, a letter, two digits, a letter, eleven digits. */
    static final Pattern CUP = Pattern.compile("^[A-Z][0-9]{2}[A-Z][0-9]{11}$");
    /** COR (Codice Registrazione Aiuto of the national state-aid register, RNA): digits, 1 to 20. */
    static final Pattern COR = Pattern.compile("^[0-9]{1,20}$");
    /** A DURC (Documento Unico di Regolarità Contributiva) is valid for 120 days from its issue (one constant). */
    static final int DURC_VALIDITY_DAYS = FundingDecisionData.DURC_VALIDITY_DAYS;
    /** Anti-mafia documentation is required when the grant exceeds EUR 150,000.00 (Legislative Decree 159/2011). */
    static final BigDecimal ANTIMAFIA_THRESHOLD = new BigDecimal("150000.00");

    private ConcessionRules() {
    }

    static boolean validCup(String cup) {
        return cup != null && CUP.matcher(cup).matches();
    }

    static boolean validCor(String cor) {
        return cor != null && COR.matcher(cor).matches();
    }

    /** The last day a DURC issued on {@code issuedOn} is valid: 120 days from its issue. */
    static LocalDate durcValidUntil(LocalDate issuedOn) {
        return issuedOn.plusDays(DURC_VALIDITY_DAYS);
    }

    /** Whether a DURC issued on {@code issuedOn} is valid on {@code day}: issuedOn <= day <= issuedOn + 120 days. */
    static boolean durcValidOn(LocalDate issuedOn, LocalDate day) {
        return issuedOn != null && !issuedOn.isAfter(day) && !durcValidUntil(issuedOn).isBefore(day);
    }

    /** Whether anti-mafia documentation is required: the grant exceeds EUR 150,000.00 (exactly 150,000.00 does not). */
    static boolean antimafiaRequired(BigDecimal grant) {
        return grant.compareTo(ANTIMAFIA_THRESHOLD) > 0;
    }

    /** What the checklist still lacks on {@code day} (the field of each), empty when complete. */
    static List<String> missing(String cup, String cor, LocalDate durcIssuedOn, LocalDate day,
            boolean antimafiaRequired, String antimafiaReference, Line line, Instant lineBCommitmentAt) {
        List<String> missing = new ArrayList<>();
        if (!validCup(cup)) {
            missing.add("cup");
        }
        if (!validCor(cor)) {
            missing.add("cor");
        }
        if (!durcValidOn(durcIssuedOn, day)) {
            missing.add("durcIssuedOn");
        }
        if (antimafiaRequired && (antimafiaReference == null || antimafiaReference.isBlank())) {
            missing.add("antimafiaReference");
        }
        if (line == Line.B && lineBCommitmentAt == null) {
            missing.add("lineBCommitment");
        }
        return missing;
    }
}
