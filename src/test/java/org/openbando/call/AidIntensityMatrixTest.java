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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openbando.organization.SizeClass;

class AidIntensityMatrixTest {

    static Stream<Arguments> gberMaxima() {
        return Stream.of(
                Arguments.of(INDUSTRIAL_RESEARCH, MICRO, false, "70.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, SMALL, false, "70.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, MEDIUM, false, "60.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, LARGE, false, "50.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, MICRO, true, "80.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, SMALL, true, "80.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, MEDIUM, true, "75.00"),
                Arguments.of(INDUSTRIAL_RESEARCH, LARGE, true, "65.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, MICRO, false, "45.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, SMALL, false, "45.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, MEDIUM, false, "35.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, LARGE, false, "25.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, MICRO, true, "60.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, SMALL, true, "60.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, MEDIUM, true, "50.00"),
                Arguments.of(EXPERIMENTAL_DEVELOPMENT, LARGE, true, "40.00"),
                Arguments.of(FEASIBILITY_STUDY, MICRO, false, "70.00"),
                Arguments.of(FEASIBILITY_STUDY, SMALL, false, "70.00"),
                Arguments.of(FEASIBILITY_STUDY, MEDIUM, false, "60.00"),
                Arguments.of(FEASIBILITY_STUDY, LARGE, false, "50.00"),
                Arguments.of(FEASIBILITY_STUDY, MICRO, true, "70.00"),
                Arguments.of(FEASIBILITY_STUDY, SMALL, true, "70.00"),
                Arguments.of(FEASIBILITY_STUDY, MEDIUM, true, "60.00"),
                Arguments.of(FEASIBILITY_STUDY, LARGE, true, "50.00"));
    }

    @ParameterizedTest(name = "{0} {1} collaboration={2} -> {3}%")
    @MethodSource("gberMaxima")
    void gberGivesTheArticle25Maxima(ResearchCategory category, SizeClass size, boolean collaboration, String expected) {
        BigDecimal intensity = AidIntensityMatrix.gber().maxIntensity(category, size, collaboration);

        assertThat(intensity).isEqualTo(new BigDecimal(expected));
        assertThat(intensity.scale()).isEqualTo(2);
    }

    @Test
    void callCapLowersHigherIntensitiesAndLeavesLowerOnesUnchanged() {
        AidIntensityMatrix capped = AidIntensityMatrix.cappedAt(new BigDecimal("60"));

        assertThat(capped.maxIntensity(INDUSTRIAL_RESEARCH, SMALL, true)).isEqualTo(new BigDecimal("60.00"));
        assertThat(capped.maxIntensity(INDUSTRIAL_RESEARCH, MEDIUM, true)).isEqualTo(new BigDecimal("60.00"));
        assertThat(capped.maxIntensity(INDUSTRIAL_RESEARCH, SMALL, false)).isEqualTo(new BigDecimal("60.00"));
        assertThat(capped.maxIntensity(EXPERIMENTAL_DEVELOPMENT, SMALL, false)).isEqualTo(new BigDecimal("45.00"));
        assertThat(capped.cap()).contains(new BigDecimal("60"));
    }

    @Test
    void nullCapMeansPlainGber() {
        AidIntensityMatrix matrix = AidIntensityMatrix.cappedAt(null);

        assertThat(matrix.cap()).isEmpty();
        assertThat(matrix.maxIntensity(INDUSTRIAL_RESEARCH, SMALL, true)).isEqualTo(new BigDecimal("80.00"));
        assertThat(AidIntensityMatrix.gber().cap()).isEmpty();
    }

    @Test
    void capOfExactlyOneHundredIsAllowed() {
        assertThat(AidIntensityMatrix.cappedAt(new BigDecimal("100")).maxIntensity(INDUSTRIAL_RESEARCH, SMALL, true))
                .isEqualTo(new BigDecimal("80.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "100.01", "150"})
    void rejectsCapOutsideZeroToOneHundred(String cap) {
        assertThatThrownBy(() -> AidIntensityMatrix.cappedAt(new BigDecimal(cap)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsListEveryCombinationInDisplayOrder() {
        List<AidIntensityMatrix.Row> rows = AidIntensityMatrix.gber().rows();

        assertThat(rows).hasSize(3 * 4 * 2);
        assertThat(rows.get(0)).isEqualTo(new AidIntensityMatrix.Row(INDUSTRIAL_RESEARCH, MICRO, false, new BigDecimal("70.00")));
        assertThat(rows.get(1)).isEqualTo(new AidIntensityMatrix.Row(INDUSTRIAL_RESEARCH, MICRO, true, new BigDecimal("80.00")));
        assertThat(rows.get(7)).isEqualTo(new AidIntensityMatrix.Row(INDUSTRIAL_RESEARCH, LARGE, true, new BigDecimal("65.00")));
        assertThat(rows.get(8).category()).isEqualTo(EXPERIMENTAL_DEVELOPMENT);
        assertThat(rows.get(23)).isEqualTo(new AidIntensityMatrix.Row(FEASIBILITY_STUDY, LARGE, true, new BigDecimal("50.00")));
    }

    @Test
    void rowsReflectTheCallCap() {
        assertThat(AidIntensityMatrix.cappedAt(new BigDecimal("60")).rows())
                .extracting(AidIntensityMatrix.Row::maxIntensity)
                .allSatisfy(intensity -> assertThat(intensity).isLessThanOrEqualTo(new BigDecimal("60")));
    }
}
