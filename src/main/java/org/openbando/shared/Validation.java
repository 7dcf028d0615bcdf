package org.openbando.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns Bean Validation violations into field violations named by their JSON path ({@code lines[0].budget}). */
public final class Validation {

    private Validation() {
    }

    /** Validates the request; a 400 problem naming every offending field when it is not valid. */
    public static void check(Validator validator, Object request) {
        List<Problem.FieldViolation> errors = violations(validator, request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * The request's Bean Validation violations and its strings that hold a character PostgreSQL or XML refuse
     * ({@link InputLimits#refusedCharacter}), by field path: what a JSON body cannot carry (its parser refuses it),
     * a page form cannot either.
     */
    public static List<Problem.FieldViolation> violations(Validator validator, Object request) {
        List<Problem.FieldViolation> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(
                new Problem.FieldViolation(fieldOf(v.getPropertyPath()), v.getMessage())));
        refusedCharacters(request, "", errors);
        errors.sort(Comparator.comparing(Problem.FieldViolation::field));
        return errors;
    }

    /** Walks the request's records and lists; every string holding a refused character is a violation. */
    private static void refusedCharacters(Object value, String path, List<Problem.FieldViolation> errors) {
        if (value instanceof CharSequence text) {
            String refused = InputLimits.refusedCharacterMessage(text);
            if (refused != null) {
                errors.add(new Problem.FieldViolation(path.isEmpty() ? "body" : path, refused));
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                refusedCharacters(element, path + "[" + i++ + "]", errors);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component, e);
                }
                refusedCharacters(child, path.isEmpty() ? component.getName() : path + "." + component.getName(),
                        errors);
            }
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

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
