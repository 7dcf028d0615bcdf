package org.openbando.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Result of the SME size test of EU Recommendation 2003/361/EC, Annex arts. 2, 3 and 6: what each
 * related enterprise contributed, the aggregated figures, the resulting class and the ceilings that
 * decided it.
 *
 * @param own the applicant's own figures
 * @param contributions one entry per related enterprise, in input order
 * @param aggregated own figures plus every counted contribution (art. 6)
 * @param sizeClass the smallest class whose art. 2 ceilings the aggregated figures meet
 * @param staffTest the headcount comparison that decided the class, e.g. {@code "32.50 < 50"}
 * @param financialTest the financial comparison, e.g. {@code "turnover 8200000.00 <= 10000000"}
 */
public record SizeComputation(
        EnterpriseFigures own,
        List<Contribution> contributions,
        EnterpriseFigures aggregated,
        SizeClass sizeClass,
        String staffTest,
        String financialTest) {

    public SizeComputation {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    /**
     * What one related enterprise adds to the applicant's figures (art. 6(2)).
     *
     * @param name the related enterprise's name
     * @param relation its art. 3 relation to the applicant
     * @param share the fraction counted: 1 (linked), holding/100 (partner) or 0
     * @param declared its figures as declared
     * @param counted the part added to the applicant's figures
     */
    public record Contribution(
            String name,
            Relation relation,
            BigDecimal share,
            EnterpriseFigures declared,
            EnterpriseFigures counted) {
    }

    /**
     * One full sentence explaining the class, in Italian when the locale's language is {@code it},
     * otherwise in English, with numbers formatted for that language.
     */
    public String reason(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Locale numbers = italian || english ? locale : Locale.ENGLISH;
        SizeCalculator.Ceiling ceiling = SizeCalculator.ceilingFor(sizeClass);

        String staff = amount(aggregated.staffAwu(), numbers) + (italian ? " ULA" : " annual work units")
                + (ceiling.staffPasses(aggregated) ? " (< " : " (>= ") + limit(ceiling.staff(), numbers) + ")";
        String financial = financialPart(ceiling, italian, numbers);
        String tests;
        if (sizeClass != SizeClass.LARGE) {
            tests = staff + (italian ? " e " : " and ") + financial;
        } else {
            tests = ceiling.staffPasses(aggregated) ? financial : staff;
        }
        return label(italian) + ": " + tests + relatedPart(italian) + ".";
    }

    private String financialPart(SizeCalculator.Ceiling ceiling, boolean italian, Locale numbers) {
        String turnover = (italian ? "fatturato EUR " : "turnover EUR ") + amount(aggregated.turnover(), numbers);
        String balance = (italian ? "totale di bilancio EUR " : "balance sheet total EUR ")
                + amount(aggregated.balanceSheetTotal(), numbers);
        if (ceiling.turnoverPasses(aggregated)) {
            return turnover + " (<= " + limit(ceiling.turnover(), numbers) + ")";
        }
        if (ceiling.balanceSheetPasses(aggregated)) {
            return balance + " (<= " + limit(ceiling.balanceSheet(), numbers) + ")";
        }
        return turnover + " (> " + limit(ceiling.turnover(), numbers) + ")" + (italian ? " e " : " and ")
                + balance + " (> " + limit(ceiling.balanceSheet(), numbers) + ")";
    }

    private String relatedPart(boolean italian) {
        long linked = count(Relation.LINKED);
        long partners = count(Relation.PARTNER);
        if (linked == 0 && partners == 0) {
            return italian ? ", senza imprese collegate o associate" : ", with no linked or partner enterprises";
        }
        if (italian) {
            String linkedText = linked + (linked == 1 ? " impresa collegata" : " imprese collegate");
            String partnerText = partners + (partners == 1 ? " impresa associata" : " imprese associate");
            String lead = linked + partners == 1 ? ", compresa " : ", comprese ";
            if (partners == 0) {
                return lead + linkedText;
            }
            return lead + (linked == 0 ? partnerText : linkedText + " e " + partnerText);
        }
        String noun = linked + partners == 1 ? " enterprise" : " enterprises";
        if (partners == 0) {
            return ", including " + linked + " linked" + noun;
        }
        if (linked == 0) {
            return ", including " + partners + " partner" + noun;
        }
        return ", including " + linked + " linked and " + partners + " partner" + noun;
    }

    private long count(Relation relation) {
        return contributions.stream().filter(c -> c.relation() == relation).count();
    }

    private String label(boolean italian) {
        return switch (sizeClass) {
            case MICRO -> italian ? "Microimpresa" : "Micro enterprise";
            case SMALL -> italian ? "Piccola impresa" : "Small enterprise";
            case MEDIUM -> italian ? "Media impresa" : "Medium-sized enterprise";
            case LARGE -> italian ? "Grande impresa" : "Large enterprise";
        };
    }

    private static String amount(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String limit(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return format.format(value);
    }
}
