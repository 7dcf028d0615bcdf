package org.openbando.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.openbando.shared.Languages;
import org.openbando.shared.PublicApi;

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
@PublicApi
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
     * One full sentence explaining the class, in Italian when the locale's language is {@code it}, otherwise in
     * English ({@link OrganizationTexts}), with numbers formatted for that language.
     */
    public String reason(Locale locale) {
        Locale language = Languages.of(locale);
        OrganizationTexts texts = Languages.texts(OrganizationTexts.class, language);
        SizeCalculator.Ceiling ceiling = SizeCalculator.ceilingFor(sizeClass);

        String staff = texts.size_staff(amount(aggregated.staffAwu(), language),
                ceiling.staffPasses(aggregated) ? "<" : ">=", limit(ceiling.staff(), language));
        String financial = financialPart(ceiling, texts, language);
        String tests;
        if (sizeClass != SizeClass.LARGE) {
            tests = texts.size_and(staff, financial);
        } else {
            tests = ceiling.staffPasses(aggregated) ? financial : staff;
        }
        return texts.size_reason(texts.size(sizeClass.name()), tests,
                texts.size_related(count(Relation.LINKED), count(Relation.PARTNER)));
    }

    private String financialPart(SizeCalculator.Ceiling ceiling, OrganizationTexts texts, Locale language) {
        String turnover = amount(aggregated.turnover(), language);
        String balance = amount(aggregated.balanceSheetTotal(), language);
        if (ceiling.turnoverPasses(aggregated)) {
            return texts.size_turnover(turnover, "<=", limit(ceiling.turnover(), language));
        }
        if (ceiling.balanceSheetPasses(aggregated)) {
            return texts.size_balance(balance, "<=", limit(ceiling.balanceSheet(), language));
        }
        return texts.size_and(texts.size_turnover(turnover, ">", limit(ceiling.turnover(), language)),
                texts.size_balance(balance, ">", limit(ceiling.balanceSheet(), language)));
    }

    private int count(Relation relation) {
        return (int) contributions.stream().filter(c -> c.relation() == relation).count();
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
