package org.openbando.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VatNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "01114601006", "02313821007", "12345678903"})
    void acceptsNumbersWithCorrectCheckDigit(String vat) {
        assertThat(VatNumber.problem(vat)).isEmpty();
        assertThat(VatNumber.isValid(vat)).isTrue();
    }

    @Test
    void reportsWrongCheckDigitWithTheExpectedDigit() {
        assertThat(VatNumber.problem("00743110158")).contains("check digit is wrong: expected 7");
        assertThat(VatNumber.problem("12345678900")).contains("check digit is wrong: expected 3");
        assertThat(VatNumber.isValid("00743110158")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015", "007431101570", "1", "IT", "ITIT00743110157"})
    void rejectsWrongLength(String vat) {
        assertThat(VatNumber.problem(vat)).contains("must be 11 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015A", "ABCDEFGHIJK", "0074311-157", "００７４３１１０１５７"})
    void rejectsLettersAndNonAsciiDigits(String vat) {
        assertThat(VatNumber.problem(vat)).contains("must be 11 digits");
    }

    @Test
    void rejectsAllZerosEvenThoughTheChecksumPasses() {
        assertThat(VatNumber.problem("00000000000")).contains("cannot be all zeros");
        assertThat(VatNumber.problem("IT 000 000 000 00")).contains("cannot be all zeros");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT00743110157", "it00743110157", " IT 007 431 101 57 ", "007\t4311\n0157", "IT\u00a000743110157"})
    void acceptsCountryPrefixAndWhitespace(String vat) {
        assertThat(VatNumber.isValid(vat)).isTrue();
        assertThat(VatNumber.normalize(vat)).isEqualTo("00743110157");
    }

    @Test
    void normalizeRemovesOnlyOnePrefixAndKeepsNull() {
        assertThat(VatNumber.normalize("ITIT123")).isEqualTo("IT123");
        assertThat(VatNumber.normalize(null)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00a0"})
    void requiresAValue(String vat) {
        assertThat(VatNumber.problem(vat)).contains("is required");
        assertThat(VatNumber.isValid(vat)).isFalse();
    }
}
