package org.openbando.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.openbando.shared.web.FormValues;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of the pages read amounts as Italians and others type them. */
class FormValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8.200.000|8200000",
            "8.200.000,50|8200000.50",
            "1.500|1500",
            "32,5|32.5",
            "32.5|32.5",
            "1234567.89|1234567.89",
            "€ 15 000|15000",
            "1,234.56|1234.56",
            "1,234,567.8|1234567.8",
            "1.234,56|1234.56",
            "250000,00|250000"})
    void readsItalianAndPlainNumbers(String typed, String expected) {
        Map<String, String> errors = new HashMap<>();
        BigDecimal value = new FormValues(Map.of("turnover", typed), errors).number("turnover");
        assertThat(errors).isEmpty();
        assertThat(value).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,2,3", "12..5", "1,2.5", "12,34.5", "1e1000000", "1E5", "0x10", "Infinity",
            "12345678901234567890123456789012345678901"})
    void namesTheFieldOfAnUnreadableNumber(String typed) {
        Map<String, String> errors = new HashMap<>();
        assertThat(new FormValues(Map.of("staffAwu", typed), errors).number("staffAwu")).isNull();
        assertThat(errors).containsKey("staffAwu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "x\u000b", "\ufffe", "a\ud800", "\udc00b"})
    void refusesCharactersThatPostgresqlOrXmlRefuse(String typed) {
        Map<String, String> errors = new HashMap<>();
        assertThat(new FormValues(Map.of("title", typed), errors).text("title")).isNull();
        assertThat(errors.get("title")).contains("not allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "lines\r\nand\nmore", "è così", "😀 emoji", "\u007f\u0085"})
    void keepsTextWithTabsLineBreaksAndAnyOtherCharacter(String typed) {
        Map<String, String> errors = new HashMap<>();
        assertThat(new FormValues(Map.of("title", typed), errors).text("title")).isEqualTo(typed.trim());
        assertThat(errors).isEmpty();
    }
}
