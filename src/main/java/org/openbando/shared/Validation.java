package org.openbando.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns Bean Validation violations into field violations named by their JSON path ({@code lines[0].budget}). */
public final class Validation {

    private Validation() {
    }

    /** Validates the request; a 400 problem naming every offending field when it is not valid. */
    public static void check(Validator validator, Object request) {
        List<Problem.FieldViolation> errors = toFieldViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    public static List<Problem.FieldViolation> toFieldViolations(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldViolation(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldViolation::field))
                .toList();
    }

    /** Drops the method and parameter nodes that resource-method validation puts in front of the field path. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
