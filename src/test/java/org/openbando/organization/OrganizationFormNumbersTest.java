package org.openbando.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registration page reads amounts as Italians and others type them. */
class OrganizationFormNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8.200.000|8200000",
            "8.200.000,50|8200000.50",
            "1.500|1500",
            "32,5|32.5",
            "32.5|32.5",
            "1234567.89|1234567.89",
            "€ 15 000|15000"})
    void readsItalianAndPlainNumbers(String typed, String expected) {
        Map<String, String> errors = new HashMap<>();
        BigDecimal value = OrganizationPages.number(Map.of("turnover", typed), "turnover", errors);
        assertThat(errors).isEmpty();
        assertThat(value).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,2,3", "12..5"})
    void namesTheFieldOfAnUnreadableNumber(String typed) {
        Map<String, String> errors = new HashMap<>();
        assertThat(OrganizationPages.number(Map.of("staffAwu", typed), "staffAwu", errors)).isNull();
        assertThat(errors).containsKey("staffAwu");
    }
}
