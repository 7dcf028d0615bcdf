package org.openbando.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openbando.shared.Languages;
import org.openbando.shared.Problem.FieldViolation;
import org.openbando.shared.PublicApi;

/**
 * A field of the proposal named for people in their language, from the JSON path that the API and the checks report:
 * {@code thematicAreaCode} is "Area tematica" / "Thematic area", {@code partners[1].organizationId} is "Partner 2:
 * organizzazione" / "Partner 2: organisation", {@code workPackages[0].targetTrl} is "Work package 1: TRL alla fine".
 * The service's {@code content.} prefix is dropped; a path it does not know stays as it is. The pages show the label
 * and keep the path in a {@code data-field} attribute; the API keeps the path.
 */
@PublicApi
public final class FieldLabels {

    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d{1,4})\\]");

    private FieldLabels() {
    }

    /** An issue of a field as a page shows it: the path (for links and tests), the label, the message. */
    public record Issue(String field, String label, String message) {
    }

    /** The issues with their fields' labels in the language given. */
    public static List<Issue> of(List<FieldViolation> issues, Locale language) {
        ProposalTexts texts = Languages.texts(ProposalTexts.class, language);
        return issues.stream().map(i -> new Issue(i.field(), label(i.field(), texts), i.message())).toList();
    }

    /** The label of a field in Italian ("it") or English (anything else). */
    public static String label(String field, Locale language) {
        return label(field, Languages.texts(ProposalTexts.class, language));
    }

    static String label(String field, ProposalTexts texts) {
        if (field == null || field.isBlank()) {
            return "";
        }
        String path = field.startsWith("content.") ? field.substring("content.".length()) : field;
        List<String> rows = new ArrayList<>();
        int rest = 0;
        Matcher row = ROW.matcher(path);
        while (row.find() && row.start() == rest) {
            rows.add(texts.field_row(row.group(1), String.valueOf(Integer.parseInt(row.group(2)) + 1)));
            rest = row.end() < path.length() && path.charAt(row.end()) == '.' ? row.end() + 1 : row.end();
        }
        if (rows.isEmpty()) {
            return texts.field_name(path);
        }
        String where = String.join(", ", rows);
        return rest >= path.length() ? where : texts.field_in(where, texts.field_part(path.substring(rest)));
    }
}
