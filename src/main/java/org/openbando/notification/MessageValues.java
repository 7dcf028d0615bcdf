package org.openbando.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.openbando.shared.ClockProducer;

/**
 * What a message's texts read, taken from the caller's values ({@link Notifications#send}) and written for its
 * recipient: every value bounded and stripped of control characters, a missing one empty (the texts leave it out),
 * {@code dueAt} written as a sentence in the recipient's language, the proposal as one phrase. Public for the texts
 * ({@link NotificationTexts}) only.
 *
 * @param proposal the proposal as the texts name it: acronym, title, call and protocol number, as far as known
 * @param dueAt    by when, as a phrase ("by the end of 13 March 2026 (Rome time)"), or empty
 * @param outcome  the ranking's list for the proposal (FUNDED, RESERVE, NOT_FUNDABLE, ...), or empty
 * @param amount   a sum of money in EUR as the caller wrote it (a grant, a freed amount), or empty
 */
public record MessageValues(String acronym, String title, String call, String protocol, String seat, String reason,
        String dueAt, String proposal, String outcome, String amount) {

    /** The longest value kept (a title is 300 characters at most; a reason is a sentence). */
    static final int MAX_VALUE = 1000;

    static MessageValues of(Map<String, String> values, NotificationTexts texts, String language) {
        Map<String, String> v = values == null ? Map.of() : values;
        String acronym = clean(v.get("acronym"));
        String title = clean(v.get("title"));
        String call = clean(v.get("call"));
        String protocol = clean(v.get("protocol"));
        MessageValues bare = new MessageValues(acronym, title, call, protocol, clean(v.get("seat")),
                clean(v.get("reason")), due(clean(v.get("dueAt")), texts, language), "", clean(v.get("outcome")),
                clean(v.get("amount")));
        return new MessageValues(bare.acronym, bare.title, bare.call, bare.protocol, bare.seat, bare.reason,
                bare.dueAt, texts.proposal(bare).strip(), bare.outcome, bare.amount);
    }

    /**
     * An instant as the texts write a term: a term that ends when a day begins in Rome (the application's terms) is
     * "by the end of" the day before; any other "by" its day and time. A value that is not an instant is kept as
     * given.
     */
    static String due(String value, NotificationTexts texts, String language) {
        if (value.isEmpty()) {
            return "";
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            return value;
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
        ZonedDateTime rome = instant.atZone(ClockProducer.ROME);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        if (rome.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return texts.due_day(ClockProducer.lastDayOf(instant).format(day));
        }
        return texts.due_time(rome.format(day), rome.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
    }

    /** A value as a text may hold it: no control characters (a line break of a reason becomes a space), bounded. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String bounded = value.length() > 2 * MAX_VALUE ? value.substring(0, 2 * MAX_VALUE) : value;
        String flat = bounded.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ").strip();
        return flat.length() > MAX_VALUE ? flat.substring(0, MAX_VALUE) : flat;
    }
}
