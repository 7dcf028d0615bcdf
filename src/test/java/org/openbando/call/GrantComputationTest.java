package org.openbando.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openbando.call.ResearchCategory.EXPERIMENTAL_DEVELOPMENT;
import static org.openbando.call.ResearchCategory.FEASIBILITY_STUDY;
import static org.openbando.call.ResearchCategory.INDUSTRIAL_RESEARCH;
import static org.openbando.organization.SizeClass.LARGE;
import static org.openbando.organization.SizeClass.MEDIUM;
import static org.openbando.organization.SizeClass.MICRO;
import static org.openbando.organization.SizeClass.SMALL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openbando.call.GrantComputation.CollaborationBasis;
import org.openbando.call.GrantComputation.Participant;
import org.openbando.call.GrantComputation.PartnerGrant;
import org.openbando.call.GrantComputation.Result;
import org.openbando.organization.OrganizationType;
import org.openbando.organization.SizeClass;

/** The intensity rules of GBER art. 25, effective collaboration, rounding and partial funding: plain JUnit. */
class GrantComputationTest {

    private static final AidIntensityMatrix GBER = AidIntensityMatrix.gber();
    private static final AidIntensityMatrix CAP_60 = AidIntensityMatrix.cappedAt(new BigDecimal("60"));

    static Participant enterprise(long id, SizeClass size, Object... costs) {
        return new Participant(id, "Enterprise " + id, String.format("%011d", id), OrganizationType.ENTERPRISE, size,
                false, costs(costs));
    }

    static Participant research(long id, boolean rightToPublish, Object... costs) {
        return new Participant(id, "Lab " + id, String.format("%011d", id), OrganizationType.UNIVERSITY, null,
                rightToPublish, costs(costs));
    }

    static Map<ResearchCategory, BigDecimal> costs(Object... pairs) {
        Map<ResearchCategory, BigDecimal> m = new EnumMap<>(ResearchCategory.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((ResearchCategory) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return m;
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** The law's maxima (Art. 25(5)-(6)), per size x category x collaboration; research organisations: no bonus. */
    static Stream<Arguments> everyCase() {
        return Stream.of(
                Arguments.of(MICRO, INDUSTRIAL_RESEARCH, false, "70.00"),
                Arguments.of(SMALL, INDUSTRIAL_RESEARCH, false, "70.00"),
                Arguments.of(MEDIUM, INDUSTRIAL_RESEARCH, false, "60.00"),
                Arguments.of(LARGE, INDUSTRIAL_RESEARCH, false, "50.00"),
                Arguments.of(null, INDUSTRIAL_RESEARCH, false, "50.00"),
                Arguments.of(MICRO, INDUSTRIAL_RESEARCH, true, "80.00"),
                Arguments.of(SMALL, INDUSTRIAL_RESEARCH, true, "80.00"),
                Arguments.of(MEDIUM, INDUSTRIAL_RESEARCH, true, "75.00"),
                Arguments.of(LARGE, INDUSTRIAL_RESEARCH, true, "65.00"),
                Arguments.of(null, INDUSTRIAL_RESEARCH, true, "65.00"),
                Arguments.of(MICRO, EXPERIMENTAL_DEVELOPMENT, false, "45.00"),
                Arguments.of(SMALL, EXPERIMENTAL_DEVELOPMENT, false, "45.00"),
                Arguments.of(MEDIUM, EXPERIMENTAL_DEVELOPMENT, false, "35.00"),
                Arguments.of(LARGE, EXPERIMENTAL_DEVELOPMENT, false, "25.00"),
                Arguments.of(null, EXPERIMENTAL_DEVELOPMENT, false, "25.00"),
                Arguments.of(MICRO, EXPERIMENTAL_DEVELOPMENT, true, "60.00"),
                Arguments.of(SMALL, EXPERIMENTAL_DEVELOPMENT, true, "60.00"),
                Arguments.of(MEDIUM, EXPERIMENTAL_DEVELOPMENT, true, "50.00"),
                Arguments.of(LARGE, EXPERIMENTAL_DEVELOPMENT, true, "40.00"),
                Arguments.of(null, EXPERIMENTAL_DEVELOPMENT, true, "40.00"),
                Arguments.of(MICRO, FEASIBILITY_STUDY, false, "70.00"),
                Arguments.of(SMALL, FEASIBILITY_STUDY, false, "70.00"),
                Arguments.of(MEDIUM, FEASIBILITY_STUDY, false, "60.00"),
                Arguments.of(LARGE, FEASIBILITY_STUDY, false, "50.00"),
                Arguments.of(null, FEASIBILITY_STUDY, false, "50.00"),
                Arguments.of(MICRO, FEASIBILITY_STUDY, true, "70.00"),
                Arguments.of(SMALL, FEASIBILITY_STUDY, true, "70.00"),
                Arguments.of(MEDIUM, FEASIBILITY_STUDY, true, "60.00"),
                Arguments.of(LARGE, FEASIBILITY_STUDY, true, "50.00"),
                Arguments.of(null, FEASIBILITY_STUDY, true, "50.00"));
    }

    /**
     * The subject (an enterprise of the size, or a research organisation when the size is null) bears 100,000.00 of
     * the category; with collaboration a small enterprise bears as much (50% each; a research organisation then has
     * the right to publish), without it the subject is alone (a research organisation then beside a large enterprise
     * bearing 100,000.00 of industrial research, with no right to publish).
     */
    @ParameterizedTest(name = "{0} {1} collaboration={2}: {3}%")
    @MethodSource("everyCase")
    void appliesTheIntensityOfEverySizeCategoryAndCollaboration(SizeClass size, ResearchCategory category,
            boolean collaborating, String expected) {
        Participant subject = size == null ? research(1, collaborating, category, "100000.00")
                : enterprise(1, size, category, "100000.00");
        List<Participant> participants = new ArrayList<>();
        participants.add(subject);
        if (collaborating) {
            participants.add(enterprise(2, SMALL, category, "100000.00"));
        } else if (size == null) {
            participants.add(enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "100000.00"));
        }

        Result result = GrantComputation.compute(GBER, participants);

        assertThat(result.collaboration().effective()).isEqualTo(collaborating);
        PartnerGrant grant = result.partners().get(0);
        assertThat(grant.categories()).singleElement().satisfies(c -> {
            assertThat(c.intensity().applied()).isEqualTo(bd(expected));
            assertThat(c.grant()).isEqualTo(bd(expected).multiply(bd("1000")).setScale(2));
        });
        assertThat(grant.grant()).isEqualTo(bd(expected).multiply(bd("1000")).setScale(2));
    }

    @ParameterizedTest(name = "{0} {1} collaboration={2}")
    @MethodSource("everyCase")
    void agreesWithTheMatrixForEnterprises(SizeClass size, ResearchCategory category, boolean collaborating,
            String expected) {
        if (size != null) {
            assertThat(GBER.intensity(category, size, collaborating).applied())
                    .isEqualTo(GBER.maxIntensity(category, size, collaborating)).isEqualTo(bd(expected));
        }
    }

    @Nested
    class EffectiveCollaboration {

        @Test
        void seventyPercentExactlyIsEffective() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "70000.00"),
                    enterprise(2, SMALL, EXPERIMENTAL_DEVELOPMENT, "30000.00")));

            assertThat(c.effective()).isTrue();
            assertThat(c.basis()).isEqualTo(CollaborationBasis.UNDERTAKINGS);
            assertThat(c.largestShare()).isEqualTo(bd("70.00"));
            assertThat(c.largestOrganizationId()).isEqualTo(1L);
            assertThat(c.undertakings()).isEqualTo(2);
            assertThat(c.smePresent()).isTrue();
        }

        @Test
        void seventyPointZeroOnePercentIsNot() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "70010.00"),
                    enterprise(2, SMALL, INDUSTRIAL_RESEARCH, "29990.00")));

            assertThat(c.effective()).isFalse();
            assertThat(c.basis()).isEqualTo(CollaborationBasis.NONE);
            assertThat(c.largestShare()).isEqualTo(bd("70.01"));
        }

        @Test
        void aCentAboveSeventyPercentIsNotAndShowsAboveSeventy() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "70000.01"),
                    enterprise(2, SMALL, INDUSTRIAL_RESEARCH, "29999.99")));

            assertThat(c.effective()).isFalse();
            assertThat(c.largestShare()).isEqualTo(bd("70.01"));
        }

        @Test
        void theLimitCountsTheResearchOrganisationsCostsInTheTotal() {
            // 75 / 25 among the undertakings, but 75 of 110 (68.18%) of the project
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "75000.00"),
                    enterprise(2, MICRO, INDUSTRIAL_RESEARCH, "25000.00"),
                    research(3, false, INDUSTRIAL_RESEARCH, "10000.00")));

            assertThat(c.effective()).isTrue();
            assertThat(c.basis()).isEqualTo(CollaborationBasis.UNDERTAKINGS);
            assertThat(c.largestShare()).isEqualTo(bd("68.19"));
        }

        @Test
        void needsAnSme() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "50000.00"),
                    enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "50000.00")));

            assertThat(c.effective()).isFalse();
            assertThat(c.smePresent()).isFalse();
        }

        @Test
        void aSingleUndertakingDoesNotCollaborate() {
            Result r = GrantComputation.compute(GBER, List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "100000.00")));

            assertThat(r.collaboration().effective()).isFalse();
            assertThat(r.collaboration().undertakings()).isEqualTo(1);
            assertThat(r.collaboration().largestShare()).isEqualTo(bd("100.00"));
            assertThat(r.grant()).isEqualTo(bd("70000.00"));
        }

        @Test
        void anUndertakingWithoutCostsDoesNotCount() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "60000.00"),
                    enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "40000.00"),
                    enterprise(3, MICRO)));

            assertThat(c.effective()).isFalse();
            assertThat(c.undertakings()).isEqualTo(2);
            assertThat(c.smePresent()).isFalse();
        }

        @Test
        void aResearchOrganisationWithTheRightToPublishBearingTenPercentExactly() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "90000.00"),
                    research(2, true, INDUSTRIAL_RESEARCH, "10000.00")));

            assertThat(c.effective()).isTrue();
            assertThat(c.basis()).isEqualTo(CollaborationBasis.RESEARCH_ORGANISATION);
            assertThat(c.researchShare()).isEqualTo(bd("10.00"));
        }

        @Test
        void nineNinetyNinePercentIsNot() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "90010.00"),
                    research(2, true, INDUSTRIAL_RESEARCH, "9990.00")));

            assertThat(c.effective()).isFalse();
            assertThat(c.researchShare()).isEqualTo(bd("9.99"));
        }

        @Test
        void aCentBelowTenPercentIsNotAndShowsBelowTen() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "90000.01"),
                    research(2, true, INDUSTRIAL_RESEARCH, "9999.99")));

            assertThat(c.effective()).isFalse();
            assertThat(c.researchShare()).isEqualTo(bd("9.99"));
        }

        @Test
        void researchOrganisationsWithTheRightToPublishAddUp() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "90000.00"),
                    research(2, true, INDUSTRIAL_RESEARCH, "5000.00"),
                    research(3, true, EXPERIMENTAL_DEVELOPMENT, "5000.00")));

            assertThat(c.effective()).isTrue();
            assertThat(c.researchShare()).isEqualTo(bd("10.00"));
        }

        @Test
        void withoutTheRightToPublishAResearchOrganisationDoesNotMakeItEffective() {
            var c = GrantComputation.collaboration(List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "50000.00"),
                    research(2, false, INDUSTRIAL_RESEARCH, "50000.00")));

            assertThat(c.effective()).isFalse();
            assertThat(c.researchShare()).isEqualTo(bd("0.00"));
        }

        @Test
        void researchOrganisationsAloneDoNotCollaborateAsUndertakings() {
            var c = GrantComputation.collaboration(List.of(
                    research(1, true, INDUSTRIAL_RESEARCH, "50000.00"),
                    research(2, true, INDUSTRIAL_RESEARCH, "50000.00")));

            assertThat(c.effective()).isFalse();
            assertThat(c.undertakings()).isZero();
        }

        @Test
        void noCostsNoCollaboration() {
            var c = GrantComputation.collaboration(List.of(enterprise(1, SMALL), enterprise(2, SMALL)));

            assertThat(c.effective()).isFalse();
            assertThat(c.largestShare()).isEqualTo(bd("0.00"));
        }

        @Test
        void aLargeEnterpriseCollaboratingWithAnSmeGetsTheBonus() {
            Result r = GrantComputation.compute(GBER, List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "60000.00", EXPERIMENTAL_DEVELOPMENT, "10000.00"),
                    enterprise(2, MEDIUM, INDUSTRIAL_RESEARCH, "30000.00")));

            assertThat(r.partners().get(0).categories()).extracting(c -> c.intensity().applied())
                    .containsExactly(bd("65.00"), bd("40.00"));
            assertThat(r.partners().get(0).grant()).isEqualTo(bd("43000.00"));
            assertThat(r.partners().get(1).grant()).isEqualTo(bd("22500.00"));
            assertThat(r.grant()).isEqualTo(bd("65500.00"));
        }

        @Test
        void aResearchOrganisationGetsNoSizeBonusWhateverItsRecord() {
            Participant lab = new Participant(2, "Lab", "00000000002", OrganizationType.RESEARCH_CENTRE, SMALL, true,
                    costs(INDUSTRIAL_RESEARCH, "20000.00"));
            Result r = GrantComputation.compute(GBER, List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "80000.00"),
                    lab));

            assertThat(r.partners().get(1).categories().get(0).intensity().sizeBonus()).isZero();
            assertThat(r.partners().get(1).categories().get(0).intensity().applied()).isEqualTo(bd("65.00"));
        }

        @Test
        void anEnterpriseOfUnknownSizeGetsNoSizeBonus() {
            Result r = GrantComputation.compute(GBER, List.of(enterprise(1, null, INDUSTRIAL_RESEARCH, "1000.00")));

            assertThat(r.partners().get(0).categories().get(0).intensity().applied()).isEqualTo(bd("50.00"));
        }
    }

    @Nested
    class Caps {

        @Test
        void capsAtEightyThenAtTheCall() {
            Result r = GrantComputation.compute(CAP_60, List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "50000.00", EXPERIMENTAL_DEVELOPMENT, "20000.00"),
                    enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "30000.00", EXPERIMENTAL_DEVELOPMENT, "10000.00")));

            var small = r.partners().get(0).categories();
            assertThat(small.get(0).intensity()).satisfies(i -> {
                assertThat(i.sum()).isEqualTo(85);
                assertThat(i.gberCapApplied()).isTrue();
                assertThat(i.callCapApplied()).isTrue();
                assertThat(i.applied()).isEqualTo(bd("60.00"));
            });
            assertThat(small.get(1).intensity().applied()).isEqualTo(bd("60.00"));
            assertThat(small.get(1).intensity().callCapApplied()).isFalse();
            var large = r.partners().get(1).categories();
            assertThat(large.get(0).intensity().applied()).isEqualTo(bd("60.00"));
            assertThat(large.get(1).intensity().applied()).isEqualTo(bd("40.00"));
            assertThat(r.grant()).isEqualTo(bd("30000.00").add(bd("12000.00")).add(bd("18000.00"))
                    .add(bd("4000.00")));
        }

        @Test
        void aCallCapWithDecimals() {
            Result r = GrantComputation.compute(AidIntensityMatrix.cappedAt(bd("62.5")),
                    List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "1000.00")));

            assertThat(r.partners().get(0).categories().get(0).intensity().applied()).isEqualTo(bd("62.50"));
            assertThat(r.grant()).isEqualTo(bd("625.00"));
        }

        @Test
        void aCallCapAboveTheIntensityChangesNothing() {
            Result r = GrantComputation.compute(AidIntensityMatrix.cappedAt(bd("75")),
                    List.of(enterprise(1, MEDIUM, INDUSTRIAL_RESEARCH, "1000.00")));

            var i = r.partners().get(0).categories().get(0).intensity();
            assertThat(i.callCapApplied()).isFalse();
            assertThat(i.callCap()).isEqualByComparingTo("75");
            assertThat(i.applied()).isEqualTo(bd("60.00"));
        }

        @Test
        void feasibilityStudiesGetNoCollaborationBonus() {
            Result r = GrantComputation.compute(GBER, List.of(
                    enterprise(1, SMALL, FEASIBILITY_STUDY, "50000.00"),
                    enterprise(2, MEDIUM, FEASIBILITY_STUDY, "50000.00")));

            assertThat(r.collaboration().effective()).isTrue();
            assertThat(r.partners()).extracting(p -> p.categories().get(0).intensity().collaborationBonus())
                    .containsExactly(0, 0);
            assertThat(r.partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("35000.00"), bd("30000.00"));
        }
    }

    @Nested
    class Explanations {

        @Test
        void theIssuesExampleInEnglishAndItalian() {
            var i = CAP_60.intensity(INDUSTRIAL_RESEARCH, SMALL, true);

            assertThat(i.explain(SMALL, "en")).isEqualTo(
                    "small enterprise, industrial research, effective collaboration: 50 + 20 + 15 = 85, capped at 80;"
                            + " the call caps at 60: 60%");
            assertThat(i.explain(SMALL, "it")).isEqualTo(
                    "piccola impresa, ricerca industriale, collaborazione effettiva: 50 + 20 + 15 = 85, ridotto a 80;"
                            + " il bando limita al 60: 60%");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "SMALL|INDUSTRIAL_RESEARCH|false|en|small enterprise, industrial research: 50 + 20 = 70%",
            "MICRO|EXPERIMENTAL_DEVELOPMENT|true|en|micro enterprise, experimental development, effective collaboration: 25 + 20 + 15 = 60%",
            "MEDIUM|EXPERIMENTAL_DEVELOPMENT|false|it|media impresa, sviluppo sperimentale: 25 + 10 = 35%",
            "LARGE|INDUSTRIAL_RESEARCH|false|en|large enterprise, industrial research: 50%",
            "LARGE|FEASIBILITY_STUDY|true|it|grande impresa, studio di fattibilità: 50%",
            "MICRO|INDUSTRIAL_RESEARCH|true|en|micro enterprise, industrial research, effective collaboration: 50 + 20 + 15 = 85, capped at 80: 80%",
            "MICRO|INDUSTRIAL_RESEARCH|true|it|microimpresa, ricerca industriale, collaborazione effettiva: 50 + 20 + 15 = 85, ridotto a 80: 80%",
        })
        void explainsWithoutACallCap(SizeClass size, ResearchCategory category, boolean collaboration,
                String language, String expected) {
            assertThat(GBER.intensity(category, size, collaboration).explain(size, language)).isEqualTo(expected);
        }

        @Test
        void explainsTheCallCapAlone() {
            var medium = CAP_60.intensity(INDUSTRIAL_RESEARCH, MEDIUM, true);
            var large = AidIntensityMatrix.cappedAt(bd("40")).intensity(INDUSTRIAL_RESEARCH, LARGE, false);

            assertThat(medium.explain(MEDIUM, "en")).isEqualTo(
                    "medium enterprise, industrial research, effective collaboration: 50 + 10 + 15 = 75;"
                            + " the call caps at 60: 60%");
            assertThat(large.explain(LARGE, "en")).isEqualTo(
                    "large enterprise, industrial research: 50; the call caps at 40: 40%");
        }

        @Test
        void explainsDecimalCapsWithTheLanguagesSeparator() {
            var i = AidIntensityMatrix.cappedAt(bd("62.5")).intensity(INDUSTRIAL_RESEARCH, SMALL, false);

            assertThat(i.explain(SMALL, "it")).isEqualTo(
                    "piccola impresa, ricerca industriale: 50 + 20 = 70; il bando limita al 62,5: 62,5%");
            assertThat(i.explain(SMALL, "en")).isEqualTo(
                    "small enterprise, industrial research: 50 + 20 = 70; the call caps at 62.5: 62.5%");
        }

        @Test
        void explainsTheCollaborationJudgementInBothLanguages() {
            var among = GrantComputation.collaboration(List.of(enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "60000.00"),
                    enterprise(2, SMALL, INDUSTRIAL_RESEARCH, "40000.00")));
            var research = GrantComputation.collaboration(List.of(enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "87500.00"),
                    research(2, true, INDUSTRIAL_RESEARCH, "12500.00")));
            var none = GrantComputation.collaboration(List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "70010.00"),
                    enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "25000.00"),
                    research(3, true, INDUSTRIAL_RESEARCH, "4990.00")));
            var alone = GrantComputation.collaboration(List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "1.00")));

            assertThat(among.explain("en")).isEqualTo("effective collaboration among undertakings: 2 undertakings "
                    + "bear costs, at least one an SME, none more than 70% of the eligible costs (the largest share is "
                    + "60.00%)");
            assertThat(among.explain("it")).isEqualTo("collaborazione effettiva tra imprese: 2 imprese sostengono "
                    + "costi, almeno una è una PMI, nessuna sostiene più del 70% dei costi ammissibili (la quota "
                    + "maggiore è 60,00%)");
            assertThat(research.explain("en")).isEqualTo("effective collaboration with research organisations: those "
                    + "with the right to publish their results bear 12.50% of the eligible costs (at least 10%)");
            assertThat(research.explain("it")).contains("sostengono il 12,50% dei costi ammissibili (almeno il 10%)");
            assertThat(none.explain("en")).isEqualTo("no effective collaboration: one undertaking bears 70.01% of the "
                    + "eligible costs (more than 70%); research organisations with the right to publish bear 4.99% "
                    + "(less than 10%)");
            assertThat(none.explain("it")).startsWith("nessuna collaborazione effettiva: un'impresa sostiene il "
                    + "70,01% dei costi ammissibili (più del 70%)");
            assertThat(alone.explain("en")).isEqualTo("no effective collaboration: fewer than two undertakings bear "
                    + "costs; research organisations with the right to publish bear 0.00% (less than 10%)");
        }

        @Test
        void theStatementCarriesEveryFigureWithItsSentence() {
            Result r = GrantComputation.compute(CAP_60, List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "50000.00"),
                    enterprise(2, MEDIUM, EXPERIMENTAL_DEVELOPMENT, "50000.00")));
            GrantStatement en = GrantStatement.of(r, "en");
            GrantStatement it = GrantStatement.of(r, "it");

            assertThat(en.grant()).isEqualTo(r.grant());
            assertThat(en.partners()).extracting(GrantStatement.PartnerStatement::grant)
                    .containsExactly(bd("30000.00"), bd("25000.00"));
            assertThat(en.partners().get(0).categories().get(0).explanation()).isEqualTo(
                    "small enterprise, industrial research, effective collaboration: 50 + 20 + 15 = 85, capped at 80;"
                            + " the call caps at 60: 60%");
            assertThat(it.partners().get(1).categories().get(0).explanation())
                    .isEqualTo("media impresa, sviluppo sperimentale, collaborazione effettiva: 25 + 10 + 15 = 50%");
            assertThat(en.collaboration().explanation()).startsWith("effective collaboration among undertakings");
            assertThat(en.partial()).isFalse();
            assertThat(GrantStatement.of(r.scaledTo(bd("11000.00")), "en").partial()).isTrue();
        }

        @Test
        void explainsAResearchOrganisation() {
            var i = GBER.intensity(INDUSTRIAL_RESEARCH, null, true);

            assertThat(i.explain(null, "en"))
                    .isEqualTo("research organisation, industrial research, effective collaboration: 50 + 15 = 65%");
            assertThat(i.explain(null, "it"))
                    .isEqualTo("organismo di ricerca, ricerca industriale, collaborazione effettiva: 50 + 15 = 65%");
        }
    }

    @Nested
    class Rounding {

        @Test
        void roundsDownPerPartnerAndCategoryAndSums() {
            Result r = GrantComputation.compute(GBER, List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "33333.33", EXPERIMENTAL_DEVELOPMENT, "10000.01"),
                    enterprise(2, MEDIUM, INDUSTRIAL_RESEARCH, "0.01", EXPERIMENTAL_DEVELOPMENT, "12345.67"),
                    research(3, true, INDUSTRIAL_RESEARCH, "7777.77")));

            // 33333.33 x 80% = 26666.664 -> 26666.66; 10000.01 x 60% = 6000.006 -> 6000.00
            assertThat(r.partners().get(0).categories()).extracting(c -> c.grant())
                    .containsExactly(bd("26666.66"), bd("6000.00"));
            // 0.01 x 75% -> 0.00; 12345.67 x 50% = 6172.835 -> 6172.83
            assertThat(r.partners().get(1).categories()).extracting(c -> c.grant())
                    .containsExactly(bd("0.00"), bd("6172.83"));
            // 7777.77 x 65% = 5055.5505 -> 5055.55
            assertThat(r.partners().get(2).grant()).isEqualTo(bd("5055.55"));
            assertThat(r.partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("32666.66"), bd("6172.83"), bd("5055.55"));
            assertThat(r.grant()).isEqualTo(bd("43895.04"));
            assertThat(r.fullGrant()).isEqualTo(r.grant());
            assertThat(r.eligibleCost()).isEqualTo(bd("63456.79"));
            assertThat(r.scale()).isEqualTo(BigDecimal.ONE);
            assertThat(r.partial()).isFalse();
        }

        @Test
        void sumsHoldOnManyAwkwardFigures() {
            Random random = new Random(100_001);
            SizeClass[] sizes = SizeClass.values();
            for (int round = 0; round < 500; round++) {
                List<Participant> ps = new ArrayList<>();
                int n = 1 + random.nextInt(6);
                for (int k = 0; k < n; k++) {
                    Object[] c = {INDUSTRIAL_RESEARCH, cents(random), EXPERIMENTAL_DEVELOPMENT, cents(random),
                        FEASIBILITY_STUDY, cents(random)};
                    ps.add(random.nextInt(4) == 0 ? research(k + 1, random.nextBoolean(), c)
                            : enterprise(k + 1, sizes[random.nextInt(sizes.length)], c));
                }
                AidIntensityMatrix m = random.nextBoolean() ? GBER : CAP_60;
                Result r = GrantComputation.compute(m, ps);

                BigDecimal sum = BigDecimal.ZERO;
                for (PartnerGrant p : r.partners()) {
                    BigDecimal cats = BigDecimal.ZERO;
                    for (var c : p.categories()) {
                        BigDecimal exact = c.eligibleCost().multiply(c.intensity().applied()).divide(bd("100"));
                        assertThat(c.grant()).isLessThanOrEqualTo(exact);
                        assertThat(exact.subtract(c.grant())).isLessThan(bd("0.01"));
                        assertThat(c.grant().scale()).isEqualTo(2);
                        cats = cats.add(c.grant());
                    }
                    assertThat(p.grant()).isEqualTo(cats);
                    sum = sum.add(p.grant());
                }
                assertThat(r.grant()).isEqualTo(sum);

                BigDecimal amount = r.grant().multiply(BigDecimal.valueOf(random.nextInt(101)))
                        .divide(bd("100"), 2, RoundingMode.DOWN);
                Result s = r.scaledTo(amount);
                assertThat(s.partners().stream().map(PartnerGrant::grant).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualTo(amount);
                for (int i = 0; i < s.partners().size(); i++) {
                    PartnerGrant p = s.partners().get(i);
                    assertThat(p.grant()).isLessThanOrEqualTo(r.partners().get(i).grant());
                    assertThat(p.categories().stream().map(c -> c.grant()).reduce(BigDecimal.ZERO, BigDecimal::add))
                            .isEqualTo(p.grant());
                    for (int j = 0; j < p.categories().size(); j++) {
                        assertThat(p.categories().get(j).grant())
                                .isLessThanOrEqualTo(r.partners().get(i).categories().get(j).grant());
                    }
                }
            }
        }

        private static String cents(Random random) {
            return BigDecimal.valueOf(random.nextInt(50_000_000), 2).toPlainString();
        }

        @Test
        void membersWithoutCostsAreListedWithZero() {
            Result r = GrantComputation.compute(GBER, List.of(enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "1000.00"),
                    enterprise(2, MICRO)));

            assertThat(r.partners()).hasSize(2);
            assertThat(r.partners().get(1).categories()).isEmpty();
            assertThat(r.partners().get(1).grant()).isEqualTo(bd("0.00"));
            assertThat(r.partners().get(1).eligibleCost()).isEqualTo(bd("0.00"));
        }
    }

    @Nested
    class ScaledTo {

        private final Result full = GrantComputation.compute(GBER, List.of(
                enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "200.00"),
                enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "200.00"),
                enterprise(3, LARGE, INDUSTRIAL_RESEARCH, "200.00")));

        @Test
        void givesTheLeftoverCentsByLargestRemainderSoThePartnersSumExactly() {
            assertThat(full.grant()).isEqualTo(bd("300.00"));

            Result r = full.scaledTo(bd("100.00"));

            assertThat(r.partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("33.34"), bd("33.33"), bd("33.33"));
            assertThat(r.grant()).isEqualTo(bd("100.00"));
            assertThat(r.fullGrant()).isEqualTo(bd("300.00"));
            assertThat(r.partial()).isTrue();
            assertThat(r.scale()).isEqualByComparingTo("0.3333333333");
            assertThat(r.partners().get(0).eligibleCost()).isEqualTo(bd("200.00"));
        }

        @Test
        void largestRemainderNotOrderDecides() {
            Result uneven = GrantComputation.compute(GBER, List.of(
                    enterprise(1, LARGE, INDUSTRIAL_RESEARCH, "2.00"),
                    enterprise(2, LARGE, INDUSTRIAL_RESEARCH, "4.00"),
                    enterprise(3, LARGE, INDUSTRIAL_RESEARCH, "14.00")));
            // full grants 1.00, 2.00, 7.00 = 10.00; scaled to 5.53: 0.553, 1.106, 3.871 -> 0.55 + 1.10 + 3.87 = 5.52;
            // the cent left goes to the largest remainder (the second partner's 0.006)
            Result r = uneven.scaledTo(bd("5.53"));

            assertThat(r.partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("0.55"), bd("1.11"), bd("3.87"));
        }

        @Test
        void theFullAmountAndZero() {
            assertThat(full.scaledTo(bd("300")).partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("100.00"), bd("100.00"), bd("100.00"));
            assertThat(full.scaledTo(bd("300")).partial()).isFalse();
            assertThat(full.scaledTo(BigDecimal.ZERO).partners()).extracting(PartnerGrant::grant)
                    .containsOnly(bd("0.00"));
        }

        @Test
        void scalesAgainFromTheFullGrant() {
            Result twice = full.scaledTo(bd("100.00")).scaledTo(bd("250.00"));

            assertThat(twice.grant()).isEqualTo(bd("250.00"));
            assertThat(twice.partners()).extracting(PartnerGrant::grant)
                    .containsExactly(bd("83.34"), bd("83.33"), bd("83.33"));
        }

        @Test
        void splitsAPartnersGrantOverItsCategories() {
            Result r = GrantComputation.compute(GBER, List.of(
                    enterprise(1, SMALL, INDUSTRIAL_RESEARCH, "1000.00", EXPERIMENTAL_DEVELOPMENT, "1000.00")));
            // 700.00 + 450.00 = 1150.00, scaled to 1000.00
            Result s = r.scaledTo(bd("1000.00"));

            assertThat(s.partners().get(0).categories()).extracting(c -> c.grant())
                    .containsExactly(bd("608.70"), bd("391.30"));
            assertThat(s.partners().get(0).categories()).extracting(c -> c.eligibleCost())
                    .containsExactly(bd("1000.00"), bd("1000.00"));
        }

        @Test
        void rejectsBadAmounts() {
            assertThatThrownBy(() -> full.scaledTo(bd("300.01"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("above the full grant");
            assertThatThrownBy(() -> full.scaledTo(bd("-0.01"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> full.scaledTo(bd("100.001"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> full.scaledTo(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aProjectWithoutGrantScalesOnlyToZero() {
            Result none = GrantComputation.compute(GBER, List.of(enterprise(1, SMALL)));

            assertThat(none.scaledTo(bd("0.00")).grant()).isEqualTo(bd("0.00"));
            assertThatThrownBy(() -> none.scaledTo(bd("0.01"))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
